// Types for contacts-csv.mjs, so TypeScript tests can import it.
export declare const CONTACT_COLUMNS: string[];
export declare function csvCell(value: unknown): string;
export declare function writeContactsCsv(path: string, options?: { rows?: number; today?: string; seed?: number }): { rows: number; ms: number };
