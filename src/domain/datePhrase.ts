// Natural-language dates ("in 2 weeks", "next friday", "last tuesday") through chrono-node's English
// parser. Kept in its own module so that only inputs that need it pay for loading the library.
import * as chrono from 'chrono-node/en';
import { localDay, splitDay, type Day } from './calendar.js';

/** The day a phrase names, counted from `today`; undefined unless the whole text is one date. */
export function parsePhrase(text: string, today: Day, prefer: 'past' | 'future'): Day | undefined {
  const [y, m, d] = splitDay(today);
  const reference = new Date(2000, 0, 1, 12); // local noon: no zone can push it to another day
  reference.setFullYear(y, m - 1, d); // not new Date(y, ...), which reads years 0-99 as 1900-1999
  const input = text.trim();
  const results = chrono.casual.parse(input, { instant: reference }, { forwardDate: prefer === 'future' });
  const [first] = results;
  if (results.length !== 1 || !first || first.index !== 0 || first.text.length !== input.length) return undefined;
  return localDay(first.start.date());
}
