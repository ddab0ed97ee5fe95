// Natural-language dates ("in 2 weeks", "next friday", "last tuesday") through chrono-node's English
// parser. Kept in its own module so that only inputs that need it pay for loading the library.
import * as chrono from 'chrono-node/en';
import { localDay, splitDay, type Day } from './calendar.js';

/** What a phrase names: its day, and whether it said a time of day or a month alone. */
export interface PhraseDay {
  day: Day;
  /** "friday at noon", "next monday at 9": an hour was said, and rel keeps days only. */
  timed: boolean;
  /** "december", "june 2027": a month alone, its year said or not, and no day of it. */
  month?: { year: number; month: number; yearSaid: boolean };
}

/** The day a phrase names, counted from `today`; undefined unless the whole text is one date. */
export function readPhrase(text: string, today: Day, prefer: 'past' | 'future'): PhraseDay | undefined {
  const [y, m, d] = splitDay(today);
  const reference = new Date(2000, 0, 1, 12); // local noon: no zone can push it to another day
  reference.setFullYear(y, m - 1, d); // not new Date(y, ...), which reads years 0-99 as 1900-1999
  const input = text.trim();
  const results = chrono.casual.parse(input, { instant: reference }, { forwardDate: prefer === 'future' });
  const [first] = results;
  if (results.length !== 1 || !first || first.index !== 0 || first.text.length !== input.length) return undefined;
  const start = first.start;
  const day = localDay(start.date());
  const monthAlone = start.isCertain('month') && !start.isCertain('day') && !start.isCertain('weekday');
  const month = monthAlone ? { year: start.get('year')!, month: start.get('month')!, yearSaid: start.isCertain('year') } : undefined;
  return { day, timed: start.isCertain('hour'), ...(month ? { month } : {}) };
}

/** The day of readPhrase alone. */
export function parsePhrase(text: string, today: Day, prefer: 'past' | 'future'): Day | undefined {
  return readPhrase(text, today, prefer)?.day;
}
