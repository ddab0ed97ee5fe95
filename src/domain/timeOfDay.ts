// A time of day said with a day: "friday 10:00", "tomorrow at 3pm", "9am monday", "2026-12-11 15h".
// rel keeps days only (SPEC §3 lists no time of day), so a time is never read as part of a date:
// a follow-up keeps it in its text, and a field that takes a date alone refuses it (dateInput.ts).
import { ValueError } from '../errors.js';

/** A time as people write one: 10:00, 9am, 3 pm, 10:30pm, 15h, 15h30, noon, midnight; "at" before it. */
const TIME = String.raw`(?:at\s+)?(?:(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|(?:[01]?\d|2[0-3]):[0-5]\d|(?:[01]?\d|2[0-3])h(?:[0-5]\d)?|noon|midnight)`;
const TIME_AFTER = new RegExp(String.raw`^(.*?\S)\s+(${TIME})$`, 'i');
const TIME_BEFORE = new RegExp(String.raw`^(${TIME})\s+(.*\S)$`, 'i');

/** The words that say a day and those that say the time of day, as written. */
export interface TimedDate {
  date: string;
  time: string;
}

/** The time of day at either end of `text` ("friday 10:00", "at 3pm tomorrow"), apart from the rest; undefined when there is none. */
export function splitTimeOfDay(text: string): TimedDate | undefined {
  const input = text.trim();
  const after = TIME_AFTER.exec(input);
  if (after) return { date: after[1]!, time: after[2]! };
  const before = TIME_BEFORE.exec(input);
  return before ? { date: before[2]!, time: before[1]! } : undefined;
}

/**
 * Where a follow-up's day ends: at the first colon that is not inside a time of day, so that
 * "friday 10:00: call back" is "friday 10:00" and "call back" (and "tomorrow: call at 10:00" is
 * "tomorrow" and "call at 10:00"). -1 when there is no such colon.
 */
export function dateColon(text: string): number {
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    if (!(/\d$/.test(text.slice(0, i)) && /^[0-5]\d(?!\d)/.test(text.slice(i + 1)))) return i;
  }
  return -1;
}

/** A date said with a time of day ("friday 10am"), refused where a day alone is taken; `said` has the words apart, when they are. */
export class TimeOfDayError extends ValueError {
  constructor(
    message: string,
    readonly said: TimedDate | undefined,
  ) {
    super(message);
  }
}

/** The refusal of `text`, a date with a time of day, in the field `label`. */
export function timeOfDay(text: string, label: string | undefined, said?: TimedDate): TimeOfDayError {
  const how = said === undefined ? 'give the day alone and put the time in the text' : `give the day alone, "${said.date}", and put "${said.time}" in the text`;
  return new TimeOfDayError(`${label ? `${label}: ` : ''}"${text.trim()}" says a time of day, and rel keeps days only: ${how}`, said);
}
