// A Terminal for rel today --review driven by a script instead of a person: each step is a key
// for the screen, an answer to the next question, or something to do before the next key (another
// rel changing the journal meanwhile). It keeps every screen drawn and every question asked, and
// fails loudly when the review asks for something the script did not plan.
import type { Choice, Prompter } from '../../src/ui/prompter.js';
import type { KeyPress, ScreenSize, Terminal } from '../../src/ui/terminal.js';

export type Step =
  /** A key by readline's name: 'l', 'space', 'right', 'escape', 'ctrl-c'. */
  | { key: string }
  /** An answer: typed text for an input, a choice's name for a select; an Error rejects the question. */
  | { answer: string | Error }
  /** Runs before the next key is read. */
  | { meanwhile: () => Promise<unknown> };

export const key = (name: string): Step => ({ key: name });
export const answer = (text: string | Error): Step => ({ answer: text });

function keyPress(name: string): KeyPress {
  if (name.startsWith('ctrl-')) return { name: name.slice(5), ctrl: true, sequence: '' };
  const sequences: Record<string, string> = { space: ' ', escape: '\u001b', right: '\u001b[C' };
  return { name, sequence: sequences[name] ?? name };
}

export class ScriptedTerminal implements Terminal {
  /** Every screen drawn, in order. */
  readonly frames: string[] = [];
  /** Every question asked, with the choices of a select; refusals of a validate follow their question. */
  readonly asked: string[] = [];
  closed = false;
  private readonly steps: Step[];

  /** `size`: the screen's, for the review to fit its screens to (a tall one by default: nothing cut). */
  constructor(
    steps: Step[],
    private readonly size: ScreenSize = { rows: 200, columns: 80 },
  ) {
    this.steps = [...steps];
  }

  /** The screen now. */
  get screen(): string {
    return this.frames.at(-1) ?? '';
  }

  /** Steps the review did not come to. */
  get left(): Step[] {
    return this.steps;
  }

  async readKey(): Promise<KeyPress> {
    for (;;) {
      const step = this.steps.shift();
      if (step === undefined) throw new Error(`the script has no key left; the screen:\n${this.screen}`);
      if ('meanwhile' in step) {
        await step.meanwhile();
        continue;
      }
      if (!('key' in step)) throw new Error(`the review waits for a key, the script answers ${String(step.answer)}; the screen:\n${this.screen}`);
      return keyPress(step.key);
    }
  }

  private nextAnswer(question: string): string {
    const step = this.steps.shift();
    if (step === undefined || !('answer' in step)) throw new Error(`the review asks "${question}", the script has no answer there`);
    if (step.answer instanceof Error) throw step.answer;
    return step.answer;
  }

  readonly prompter: Prompter = {
    input: async (message, options = {}) => {
      this.asked.push(message);
      for (;;) {
        const text = this.nextAnswer(message);
        const verdict = options.validate ? await options.validate(text) : true;
        if (verdict === true) return text;
        this.asked.push(`  refused: ${verdict}`);
      }
    },
    select: async <T>(message: string, choices: Array<Choice<T>>) => {
      this.asked.push(`${message} [${choices.map((c) => c.name).join(' | ')}]`);
      const name = this.nextAnswer(message);
      const choice = choices.find((c) => c.name === name);
      if (!choice) throw new Error(`"${name}" is not a choice of "${message}"`);
      return choice.value;
    },
    /**
     * The answer is what is typed; Enter takes the first choice offered for it. A hint shown for
     * it follows the question ("  hint: ..."); with no choice but a hint, the next answer is typed again.
     */
    search: async <T>(message: string, source: (term: string) => Array<Choice<T>>, options: { hint?: (term: string) => string | undefined } = {}) => {
      this.asked.push(message);
      for (;;) {
        const typed = this.nextAnswer(message);
        const hint = typed.trim() === '' ? undefined : options.hint?.(typed.trim());
        if (hint !== undefined) this.asked.push(`  hint: ${hint}`);
        const first = source(typed)[0];
        if (first) return first.value;
        if (hint === undefined) throw new Error(`"${typed}" offers no choice at "${message}"`);
      }
    },
    confirm: () => Promise.reject(new Error('the review confirms nothing')),
  };

  draw(screen: (size: ScreenSize) => string): void {
    this.frames.push(screen(this.size));
  }

  close(): void {
    this.closed = true;
  }
}
