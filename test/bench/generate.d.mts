// Types for generate.mjs, so TypeScript tests can import it.
export declare const GENERATOR_VERSION: number;
export declare const REFERENCE_DAY: string;
export declare const DEFAULT_SEED: number;
export declare const SIZES: Record<'XS' | 'S' | 'M' | 'L', { contacts: number; conversations: number }>;
export interface GeneratedJournal {
  path: string;
  contacts: number;
  conversations: number;
  details: number;
  reminders: number;
  ms: number;
}
export declare function generateJournal(
  path: string,
  size: 'XS' | 'S' | 'M' | 'L' | { contacts: number; conversations: number },
  options?: { today?: string; seed?: number },
): GeneratedJournal;
