// The questions of rel today --review beyond those of rel add: which follow-up, and until when.
import type { Day } from '../domain/calendar.js';
import { RelError } from '../errors.js';
import type { Choice, Prompter } from './prompter.js';

/** One of several follow-ups (their reasons' words); the only one without asking. */
export async function askFollowUp<T>(prompter: Prompter, message: string, followUps: Array<Choice<T>>): Promise<T> {
  return followUps.length === 1 ? followUps[0]!.value : prompter.select(message, followUps);
}

/** A day, asked again until `parse` takes it (its error shown under the question). */
export async function askDay(prompter: Prompter, message: string, parse: (text: string) => Promise<Day>): Promise<Day> {
  const refusal = (error: unknown): string => {
    if (error instanceof RelError) return error.message;
    throw error;
  };
  const answer = await prompter.input(message, { required: true, validate: (text) => parse(text).then(() => true as const, refusal) });
  return parse(answer);
}
