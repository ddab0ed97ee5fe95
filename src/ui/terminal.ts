// The full screen of rel today --review, behind a small interface so a test can drive the review
// with keys of its own: the real one (ttyTerminal.ts) reads the keys from the terminal.
import type { Prompter } from './prompter.js';

/** One key, as node's readline names it in its keypress events ('l', 'space', 'right', 'escape'). */
export interface KeyPress {
  name?: string;
  sequence?: string;
  ctrl?: boolean;
  meta?: boolean;
}

/** How many rows and columns the screen has. */
export interface ScreenSize {
  rows: number;
  columns: number;
}

export interface Terminal {
  /** Waits for the next key. */
  readKey(): Promise<KeyPress>;
  /** The questions, asked on this screen, below what was drawn. */
  readonly prompter: Prompter;
  /** Clears the screen and draws what `screen` gives for its size from the top; again for a new size. */
  draw(screen: (size: ScreenSize) => string): void;
  /** Gives the terminal back as it was before the review (its own screen, the cursor). */
  close(): void;
}
