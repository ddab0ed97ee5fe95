// What a command depends on, passed in rather than reached for: the clock, the streams, whether
// a person is at the terminal, and the journal (opened on first use, so --help never touches it).
import type { Day } from './domain/calendar.js';
import type { Output } from './output.js';
import type { Journal } from './store/journal.js';
import type { Prompter } from './ui/prompter.js';
import type { Terminal } from './ui/terminal.js';

export type { Output } from './output.js';

export interface Context {
  /** The clock, read once per run. */
  now: Date;
  /** The local calendar day of `now`. */
  today: Day;
  out: Output;
  err: Output;
  /** Stdout is a terminal: relative dates and colour make sense. */
  stdoutIsTTY: boolean;
  /** Prompts are allowed: stdin and stdout are terminals and --no-input was not given. */
  interactive: boolean;
  color: boolean;
  /** The journal file: --db, else $REL_DB, else the data directory. The one way commands learn it. */
  journalPath: string;
  /** The journal at journalPath, opened (and created) on first use. */
  journal(): Journal;
  /** The prompts, loaded only when a command needs to ask. */
  prompter(): Promise<Prompter>;
  /** The full screen and its keys (rel today --review), loaded only then; needs `interactive`. */
  terminal(): Promise<Terminal>;
}

/** The global options, read by main.ts to build the Context (see src/cli.ts). */
export interface GlobalOptions {
  db?: string;
  input: boolean;
  color: boolean;
}
