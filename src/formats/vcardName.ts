// vCard's N, family;given;additional;prefix;suffix, from the one name rel keeps: phones and address
// books sort and show people by it, so "Mr. Michael Angstadt Jr." is Angstadt, Michael, with Mr.
// and Jr. in their own places rather than a family name "Jr.".

/** Titles before a name. */
const PREFIX = /^(mr|mrs|ms|miss|mx|dr|prof|sir|dame|rev|fr)\.?$/i;
/** What comes after a family name: a generation or a degree (not a lone V: it may be an initial). */
const SUFFIX = /^(jr|sr|ii|iii|iv|phd|ph\.d|md|m\.d|esq|dds|cpa|mba)\.?,?$/i;

/**
 * N's five parts from a display name, not escaped: the last word left is the family name ("Jane
 * van Doe" → Doe; Jane van).
 */
export function nameParts(name: string): [family: string, given: string, additional: string, prefix: string, suffix: string] {
  // "Dupont, Jean" (as lists sort people): the family name is before the comma.
  const sorted = /^([^,]+),\s*([^,]+)$/.exec(name.trim());
  if (sorted && !sorted[2]!.trim().split(/\s+/).every((word) => SUFFIX.test(word))) {
    const { words, prefixes, suffixes } = titlesApart(sorted[2]!.trim().split(/\s+/));
    return [sorted[1]!.trim(), words.join(' '), '', prefixes.join(' '), suffixes.join(' ')];
  }
  const { words, prefixes, suffixes } = titlesApart(name.trim().split(/\s+/));
  // "Angstadt, Jr.": the comma only set the suffix apart.
  if (suffixes.length > 0) words.push(words.pop()!.replace(/,$/, ''));
  // One name left: the family's when a title or suffix went with it (Mr. Bean), else a given name (Cher).
  const family = words.length > 1 || prefixes.length + suffixes.length > 0 ? words.pop()! : '';
  return [family, words.join(' '), '', prefixes.join(' '), suffixes.join(' ').replace(/,$/, '')];
}

/** The titles before the words of a name and the suffixes after them, each set apart; one word always stays. */
function titlesApart(words: string[]): { words: string[]; prefixes: string[]; suffixes: string[] } {
  const prefixes: string[] = [];
  while (words.length > 1 && PREFIX.test(words[0]!)) prefixes.push(words.shift()!);
  const suffixes: string[] = [];
  while (words.length > 1 && SUFFIX.test(words.at(-1)!)) suffixes.unshift(words.pop()!);
  return { words, prefixes, suffixes };
}
