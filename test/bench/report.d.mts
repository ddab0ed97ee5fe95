// Types for report.mjs, so TypeScript tests can import it.
import type { BenchCase } from './cases.mjs';

type BySubject<T> = { rel: T; node: T; bare: T };
export interface Measured {
  times: BySubject<number[]>;
  rssKB: BySubject<number | null>;
  failed: BySubject<string | null>;
  bytes: { rel: number; bare: number };
}
export interface Result {
  case: BenchCase;
  ms: BySubject<number | null>;
  xNode: number | null;
  xBare: number | null;
  rssKB: BySubject<number | null>;
  bytes: { rel: number; bare: number };
  result: 'pass' | 'FAIL' | 'FAILED' | '?' | '—';
  notes: string[];
}
export declare function median(values: number[]): number | null;
export declare function judge(c: BenchCase, measured: Measured, medianOf: (id: string) => number | null): Result;
/** A command's rounds with its two sizes side by side (run.mjs), or why they stopped. */
export type SideBySide = { times: { M: number[]; L: number[]; node: number[] }; bytes: { M: number; L: number } } | { failed: string };
/** The 90% interval of a growth measured side by side, by the bootstrap over its rounds. */
export declare function growthInterval(times: { M: number[]; L: number[]; node: number[] }, resamples?: number): [number, number];
export declare function growthLines(results: Result[], sideBySide?: Map<string, SideBySide>): string[];
export declare function printTable(results: Result[]): void;
export declare function printGrowth(results: Result[], sideBySide?: Map<string, SideBySide>): void;
