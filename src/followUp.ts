// "--follow-up 'in 1 week: send the spring catalog'": a date, then optionally what to do.
import { dateAtAnEnd, dateForms, parseDateInput } from './domain/dateInput.js';
import { dateColon, splitTimeOfDay, type TimedDate } from './domain/timeOfDay.js';
import { UsageError } from './errors.js';
import { dayFlag, FOLLOW_UP_DAY, type RunDay } from './flags.js';

export interface FollowUp {
  dueOn: string;
  text: string;
  /** Given no "what" (nor a time of day): its text is all `defaultText`, what the conversation says (followUpAbout). */
  fromConversation: boolean;
}

/** How a follow-up is written, for a refusal (worked out only then). */
const form = (): string => `write "DATE: what", e.g. "friday: send the catalog" (dates: ${dateForms({ prefer: 'future', ...FOLLOW_UP_DAY })})`;

/**
 * "friday 10:00: call back" is due on Friday, "10:00 call back": rel keeps days only, and the time
 * said with the day stays at the front of the text, as written, rather than being dropped.
 */
export async function parseFollowUp(ctx: RunDay, input: string, defaultText: string): Promise<FollowUp> {
  const colon = dateColon(input);
  const said = (colon >= 0 ? input.slice(0, colon) : input).trim();
  const what = colon >= 0 ? input.slice(colon + 1).trim() : '';
  if (said === '') throw new UsageError(`--follow-up: "${input}" has no date; ${form()}`);
  const timed = await timeApart(ctx, said);
  const when = timed?.date ?? said;
  const text = [timed?.time, what === '' ? defaultText : what].filter((t) => t !== undefined && t !== '').join(' ');
  const dueOn = await dayFlag(ctx, when, '--follow-up', 'future', FOLLOW_UP_DAY).catch(async (error: unknown) => {
    if (colon >= 0 || !(error instanceof UsageError) || !error.message.includes('is not a date;')) throw error;
    // "call back next week": the day and what to do, written without the colon between them.
    const around = await dateAtAnEnd(input, { today: ctx.today, prefer: 'future', ...FOLLOW_UP_DAY });
    if (around) throw new UsageError(`--follow-up: "${input}" is not a date; the day comes first, then a colon: write "${around.date}: ${around.rest}"`);
    // "send samples": what to do, given without its day (no digit: no date meant, mistyped).
    if (!/\d/.test(input)) throw new UsageError(`--follow-up: "${input}" is not a date; the day comes first: ${form()}`);
    throw error;
  });
  return { dueOn, text, fromConversation: what === '' && timed === undefined };
}

/** The day and the time of day of "friday 10:00", when the words before the time are a day. */
async function timeApart(ctx: RunDay, said: string): Promise<TimedDate | undefined> {
  const timed = splitTimeOfDay(said);
  const isDay = timed && (await parseDateInput(timed.date, { today: ctx.today, prefer: 'future', ...FOLLOW_UP_DAY }).then(() => true, () => false));
  return isDay ? timed : undefined;
}
