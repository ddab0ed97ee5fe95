// Types for cases.mjs, so TypeScript tests can import it.
export interface Target {
  node?: number;
  bare?: number;
  ms?: number;
  rssMB?: number;
  vs?: [caseId: string, ratio: number];
}
export interface BenchContext {
  today: string;
  tmp: string;
  journal: Record<string, string>;
  probe: Record<string, string>;
  write: Record<string, { rel: string; bare: string }>;
  openReminders: Record<string, number[]>;
  csv?: string;
}
export interface Round {
  rel: string[];
  bare: string[];
  env: Record<string, string>;
  before?: Record<'rel' | 'bare', { args: string[]; env: Record<string, string> }>;
  cleanup?: () => void;
}
export interface BenchCase {
  id: string;
  name: string;
  size: 'M' | 'L' | null;
  label: string;
  sizes: string[];
  writes?: boolean;
  /** In a terminal: rel is timed until `until` shows, then left with the key `leave` (or killed). */
  terminal?: { until: string; leave?: string };
  heavy?: boolean;
  /** Measured on both sizes side by side for a growth line, unless false. */
  growth?: boolean;
  csv?: boolean;
  target: Target;
  round: (ctx: BenchContext, n: number) => Round;
}
export declare const SEARCH_WORD: string;
export declare const REVIEW_LEGEND: string;
export declare const CASES: BenchCase[];
export declare function selectCases(only: string | undefined, cases?: BenchCase[]): BenchCase[];
export declare function describeTarget(target: Target): string;
