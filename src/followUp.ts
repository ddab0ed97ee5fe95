// "--follow-up 'in 1 week: send the spring catalog'": a date, then optionally what to do.
import { dateAtAnEnd, dateForms } from './domain/dateInput.js';
import { UsageError } from './errors.js';
import { dayFlag, FOLLOW_UP_DAY, type RunDay } from './flags.js';

export interface FollowUp {
  dueOn: string;
  text: string;
}

/** How a follow-up is written, for a refusal (worked out only then). */
const form = (): string => `write "DATE: what", e.g. "friday: send the catalog" (dates: ${dateForms({ prefer: 'future', ...FOLLOW_UP_DAY })})`;

export async function parseFollowUp(ctx: RunDay, input: string, defaultText: string): Promise<FollowUp> {
  const colon = input.indexOf(':');
  const when = (colon >= 0 ? input.slice(0, colon) : input).trim();
  const what = colon >= 0 ? input.slice(colon + 1).trim() : '';
  if (when === '') throw new UsageError(`--follow-up: "${input}" has no date; ${form()}`);
  const dueOn = await dayFlag(ctx, when, '--follow-up', 'future', FOLLOW_UP_DAY).catch(async (error: unknown) => {
    if (colon >= 0 || !(error instanceof UsageError) || !error.message.includes('is not a date;')) throw error;
    // "call back next week": the day and what to do, written without the colon between them.
    const said = await dateAtAnEnd(input, { today: ctx.today, prefer: 'future', ...FOLLOW_UP_DAY });
    if (said) throw new UsageError(`--follow-up: "${input}" is not a date; the day comes first, then a colon: write "${said.date}: ${said.rest}"`);
    // "send samples": what to do, given without its day (no digit: no date meant, mistyped).
    if (!/\d/.test(input)) throw new UsageError(`--follow-up: "${input}" is not a date; the day comes first: ${form()}`);
    throw error;
  });
  return { dueOn, text: what === '' ? defaultText : what };
}
