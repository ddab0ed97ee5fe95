// Turning raw flag values into checked values, before anything is written. A value typed on the
// command line that does not parse is a UsageError (exit 2), whatever the domain calls it: the same
// parse of a value read from the journal or a file stays a ValueError (exit 1).
import type { Day } from './domain/calendar.js';
import { parseDateInput, parseDay, storeDate, type DateInputOptions, type DateKind } from './domain/dateInput.js';
import { parseDuration, formatDuration } from './domain/duration.js';
import { normalizeTag, tagProblem } from './domain/tags.js';
import { isEmailAddress } from './domain/emailAddress.js';
import { phoneProblem } from './domain/phoneNumbers.js';
import { aliasProblem, idProblem, nameProblem, tidyName } from './domain/nameText.js';
import { UsageError, ValueError } from './errors.js';
import { commandWord } from './shellWords.js';

/** What parsing a flag needs of the run: its day (which way "friday" points). */
export interface RunDay {
  today: Day;
}

/** A domain's ValueError about a command-line value, as the UsageError it is. */
function asUsage(error: unknown): unknown {
  return error instanceof ValueError ? new UsageError(error.message, { cause: error }) : error;
}

/** Runs a domain parse of a command-line value. */
export async function fromCommandLine<T>(parse: () => Promise<T>): Promise<T> {
  return parse().catch((error: unknown) => {
    throw asUsage(error);
  });
}

/** fromCommandLine for a parse that is not async. */
export function fromCommandLineSync<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw asUsage(error);
  }
}

export function requireFlag<T>(value: T | undefined, flag: string, example: string): T {
  if (value === undefined) throw missingFlag(flag, example);
  return value;
}

/** The refusal of a command line without a flag it needs, with a line that has it. */
export const missingFlag = (flag: string, example: string): UsageError => new UsageError(`missing ${flag}; for example: ${example}`);

/** A record id as shown by rel ("12" or "#12"). */
export function parseId(text: string, what: string, listedBy: string): number {
  const m = /^#?(\d{1,15})$/.exec(text.trim());
  if (!m) throw new UsageError(`"${text}" is not a ${what} id; ids are numbers, as shown by ${listedBy}`);
  return Number(m[1]);
}

/** The most a count flag takes: nine digits, far past any journal, and an exact number everywhere. */
export const MOST_COUNT = 999_999_999;

/** The range a count flag takes, and what to type instead of a value out of it. */
export interface CountRange {
  least: number;
  most?: number;
  /** Ends a refusal of a value out of range, e.g. "--all shows everyone". */
  advice?: string;
}

/** A whole number typed for a flag (--limit 5); one out of range is refused with the range, not as no number. */
export function parseCount(text: string | undefined, flag: string, range: CountRange): number | undefined {
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text.trim())) throw new UsageError(`${flag} must be a whole number, got "${text}"`);
  const count = Number(text);
  const most = range.most ?? MOST_COUNT;
  const advice = range.advice === undefined ? '' : `; ${range.advice}`;
  if (count < range.least) throw new UsageError(`${flag} must be at least ${range.least}${advice}`);
  if (count > most) throw new UsageError(`${flag} goes up to ${most}${advice}`);
  return count + 0; // "-0" as 0
}

/** What a day field reads besides a day and a phrase, and lists in its refusal. */
export type DayField = Pick<DateInputOptions, 'monthAsFirstDay' | 'listsMonthDay'>;

/** A follow-up's day (--follow-up, rel remind --on, rel reminder edit --on, rel snooze --until): a month alone is due on its first day, as "june" is. */
export const FOLLOW_UP_DAY: DayField = { monthAsFirstDay: true };

/** The day a pause ends (rel pause --until, p of rel today --review): a month is its first day, as for a snooze. */
export const PAUSE_END_DAY: DayField = { monthAsFirstDay: true };

/** The first day of what a listing keeps (rel log --since, rel export --since): a month is from its first day; "05-10" the last 10 May. */
export const SINCE_DAY: DayField = { monthAsFirstDay: true, listsMonthDay: true };

/** Customer since (rel contact add/edit --since): a day, its anniversary kept each year; "05-10" the last 10 May. A month alone is refused: it has no day to keep. */
export const CUSTOMER_SINCE_DAY: DayField = { listsMonthDay: true };

/** A day for a field, e.g. --on; `prefer` says which way "friday" points. */
export function dayFlag(ctx: RunDay, text: string, flag: string, prefer: 'past' | 'future', field: DayField = {}) {
  return fromCommandLine(() => parseDay(text, { today: ctx.today, prefer, label: flag, ...field }));
}

/** A day after today, such as the end of a snooze or a pause; `advice` ends the refusal of an earlier one. */
export async function laterDayFlag(ctx: RunDay, text: string, flag: string, advice: string, field: DayField = {}): Promise<Day> {
  const day = await fromCommandLine(() => parseDay(text, { today: ctx.today, prefer: 'future', label: flag, afterToday: true, ...field }));
  if (day <= ctx.today) throw new UsageError(`${flag} ${day} is not after today (${ctx.today}); ${advice}`);
  return day;
}

/**
 * The day a conversation happened: today or before. A day after today is a plan, and plans are
 * follow-ups: the refusal says how to set one (`who` names the person in it when known).
 */
export async function conversationDayFlag(ctx: RunDay, text: string, flag: string, who = 'NAME'): Promise<string> {
  const day = await dayFlag(ctx, text, flag, 'past');
  if (day > ctx.today) {
    throw new UsageError(`${flag} ${day} is after today (${ctx.today}): a conversation is logged once it has happened; to plan one, set a follow-up: rel remind ${commandWord(who)} "what to do" --on ${day}`);
  }
  return day;
}

/** A date in its stored form, accepting the extra kinds the field allows (`phrases: false` for a birthday). */
export async function storedDateFlag(ctx: RunDay, text: string, flag: string, allow: DateKind[], prefer: 'past' | 'future', phrases = true): Promise<string> {
  return storeDate(await fromCommandLine(() => parseDateInput(text, { today: ctx.today, prefer, allow, label: flag, phrases })));
}

export function durationFlag(text: string, flag: string): string {
  return fromCommandLineSync(() => formatDuration(parseDuration(text, flag)));
}

export function emailFlag(text: string): string {
  const email = text.trim();
  if (!isEmailAddress(email)) throw new UsageError(`--email: "${text}" is not an email address (name@example.com)`);
  return email;
}

/** A phone as typed (--phone): one number, with a digit (phoneProblem). */
export function phoneFlag(text: string): string {
  const problem = phoneProblem(text);
  if (problem !== undefined) throw new UsageError(`--phone: "${text}" ${problem}`);
  return text;
}

/** An alias as typed (--alias): a name, and one only: a semicolon separates aliases in exports. */
export function aliasFlag(text: string): string {
  const alias = personNameFlag(text, '--alias');
  const problem = aliasProblem(alias);
  if (problem !== undefined) throw new UsageError(`--alias: "${text}" ${problem}; give --alias once for each`);
  return alias;
}

export function textFlag(text: string, flag: string): string {
  const value = text.trim();
  if (value === '') throw new UsageError(`${flag} is empty; give some text`);
  return value;
}

/**
 * A name for a person or an alias: as nameFlag, and never one that reads as an id ("#5", "12"),
 * which every command reads as that person (rel show "#5" is #5, whoever is called so).
 */
export function personNameFlag(text: string, flag: string): string {
  const name = nameFlag(text, flag);
  if (idProblem(name) !== undefined) throw new UsageError(`${flag}: "${name}" reads as an id (rel show "${name.replace(/^#?/, '#')}" is that person), so it cannot be a name; add a word, e.g. "Room ${name.replace(/^#/, '')}"`);
  return name;
}

/** A person's name or alias: text on one line, so that lists, cards and exports stay readable; inner runs of spaces one (tidyName). */
export function nameFlag(text: string, flag: string): string {
  const value = textFlag(text, flag);
  const problem = nameProblem(value);
  if (problem !== undefined) throw new UsageError(`${flag}: ${problem}`);
  return tidyName(value);
}

/** A tag as typed (--tag, --untag, rel tag TAG): "Wedding  Clients " is "wedding clients". */
export function tagFlag(text: string, flag = '--tag'): string {
  // "#vip", as rel list and rel show write a tag, is the tag vip.
  const tag = normalizeTag(text.trim().replace(/^#/, ''));
  const problem = tagProblem(tag);
  if (problem !== undefined) throw new UsageError(`${flag}: ${JSON.stringify(text)} is not a tag; ${problem}`);
  return tag;
}
