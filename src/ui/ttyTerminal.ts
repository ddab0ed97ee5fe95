// The review's full screen on a real terminal: the alternate screen (what was on the terminal
// before comes back at the end), keys read one at a time in raw mode through node's readline
// keypress events, and the questions asked by inquirer on the same stream.
import { emitKeypressEvents } from 'node:readline';
import { promptsOn } from './inquirerPrompter.js';
import type { KeyPress, ScreenSize, Terminal } from './terminal.js';

const ALTERNATE_SCREEN = '\u001b[?1049h';
const MAIN_SCREEN = '\u001b[?1049l';
const CLEAR = '\u001b[H\u001b[2J';
const HIDE_CURSOR = '\u001b[?25l';
const SHOW_CURSOR = '\u001b[?25h';

export function openTerminal(input: NodeJS.ReadStream, output: NodeJS.WriteStream): Terminal {
  emitKeypressEvents(input);
  let drawn: (size: ScreenSize) => string = () => '';
  let waiting = false;
  const redraw = (): void => void output.write(CLEAR + drawn({ rows: output.rows || 24, columns: output.columns || 80 }));
  // A new size redraws the screen while it waits for a key; a question redraws itself.
  const resized = (): void => {
    if (waiting) redraw();
  };
  // A crash must not leave the terminal in raw mode on the other screen.
  const restore = (): void => {
    if (input.isRaw) input.setRawMode(false);
    output.write(SHOW_CURSOR + MAIN_SCREEN);
  };
  output.write(ALTERNATE_SCREEN);
  output.on('resize', resized);
  process.once('exit', restore);
  return {
    prompter: promptsOn(output),
    draw(screen) {
      drawn = screen;
      redraw();
    },
    readKey() {
      return new Promise<KeyPress>((resolve) => {
        const onKey = (sequence: string | undefined, key: KeyPress | undefined): void => {
          input.off('keypress', onKey);
          input.pause();
          waiting = false;
          output.write(SHOW_CURSOR);
          resolve({ ...key, sequence: key?.sequence ?? sequence });
        };
        output.write(HIDE_CURSOR);
        // Raw between keys too, so that a key typed while rel works is not echoed; a question
        // (readline) turns raw mode off when it is answered.
        input.setRawMode(true);
        input.on('keypress', onKey);
        input.resume();
        waiting = true;
      });
    },
    close() {
      output.off('resize', resized);
      process.off('exit', restore);
      input.pause();
      restore();
    },
  };
}
