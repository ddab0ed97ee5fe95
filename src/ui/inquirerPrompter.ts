// The Prompter on @inquirer/prompts. Prompts write to stderr so stdout stays data; a full-screen
// run (rel today --review) asks on the screen it draws, which is stdout.
import { confirm, input, select } from '@inquirer/prompts';
import { searchNow } from './searchPrompt.js';
import type { Choice, Prompter } from './prompter.js';
import { RelError } from '../errors.js';

/** Ctrl-C at a prompt is a cancel, not a crash. */
async function cancellable<T>(question: Promise<T>): Promise<T> {
  try {
    return await question;
  } catch (error) {
    if ((error as Error).name === 'ExitPromptError') throw new RelError('cancelled; nothing was written');
    throw error;
  }
}

/** The prompts, written to `output`. */
export function promptsOn(output: NodeJS.WritableStream): Prompter {
  const context = { output };
  return {
    input: (message, options = {}) =>
      cancellable(input({ message, default: options.default, required: options.required, validate: options.validate }, context)),
    select: (message, choices) => cancellable(select({ message, choices, pageSize: 10 }, context)),
    search: <T>(message: string, source: (term: string) => Array<Choice<T>>, options: { hint?: (term: string) => string | undefined } = {}) =>
      cancellable(searchNow({ message, source, hint: options.hint, pageSize: 10 }, context) as Promise<T>),
    confirm: (message, defaultValue = false) => cancellable(confirm({ message, default: defaultValue }, context)),
  };
}

export const inquirerPrompter: Prompter = promptsOn(process.stderr);
