// Search folds letters as names do (SPEC §3 "Naming people"). The index's tokenizer, SQLite's
// unicode61 with remove_diacritics 2, removes accents (é, ñ, ü) but cannot fold the letters that
// have no decomposition (ł, ø, ß, ı, æ, …): the index keeps a second copy of a text with those
// written plain (migration 0009, in SQL), the query is folded here the same way, and a snippet
// taken from the folded copy is put back into the user's own letters.
import { MARK_END, MARK_START } from './records.js';
import { APOSTROPHES, foldsThroughLatinTable, normalizeName } from './names.js';

/** Where the store asks snippet() to mark text left out of the folded copy's snippet (char(4) in its SQL). */
export const FOLDED_SNIPPET_CUT = '\u0004';

const BEYOND_ASCII = /[^\p{ASCII}]/gu;
const APOSTROPHE = new RegExp(`^${APOSTROPHES.source}$`);

function plainOf(character: string): string {
  return foldsThroughLatinTable(character) ? normalizeName(character) : character;
}

/**
 * `text` with every character that only LATIN_LETTERS folds written plain, and everything else as
 * it is (the tokenizer folds case and accents): "Łukasz Wróbel" → "lukasz Wróbel". The same
 * folding as the index's SQL; rel folds the words of a query with it.
 */
export function foldForSearch(text: string): string {
  return text.replace(BEYOND_ASCII, plainOf);
}

/**
 * Where each position of the folded copy of `original` comes from in `original` (the start of the
 * letter it was folded from), and one more entry for the end; undefined when `folded` is not the
 * folded copy of `original`.
 */
function originsOf(original: string, folded: string): number[] | undefined {
  const origins: number[] = [];
  let from = 0;
  for (const character of original) {
    let plain = character < '\x80' ? character : plainOf(character);
    // A person's row of the index leaves out the apostrophes of their name (migration 0033).
    if (APOSTROPHE.test(character) && !folded.startsWith(plain, origins.length)) plain = '';
    if (!folded.startsWith(plain, origins.length)) return undefined;
    for (let i = 0; i < plain.length; i++) origins.push(from);
    from += character.length;
  }
  if (origins.length !== folded.length) return undefined;
  origins.push(original.length);
  return origins;
}

const SNIPPET_PARTS = new RegExp(`([${MARK_START}${MARK_END}${FOLDED_SNIPPET_CUT}])`);

/**
 * A snippet of the folded copy (snippet()'s matches between MARK_START and MARK_END, text left out
 * as FOLDED_SNIPPET_CUT) in the original's letters, "[lukasz] Wróbel" → "[Łukasz] Wróbel", with
 * "…" where text was left out. Undefined when it cannot be traced back to `original`. A stretch
 * that occurs twice in the folded copy is taken to be the first (the original may differ there
 * only in letters that fold alike).
 */
export function snippetInOriginal(snippet: string, original: string, folded: string): string | undefined {
  const origins = originsOf(original, folded);
  if (origins === undefined) return undefined;
  const parts = snippet.split(SNIPPET_PARTS);
  const isText = (_part: string, i: number) => i % 2 === 0;
  let at = folded.indexOf(parts.filter(isText).join(''));
  if (at < 0) return undefined;
  return parts
    .map((part, i) => {
      if (!isText(part, i)) return part === FOLDED_SNIPPET_CUT ? '…' : part;
      const text = original.slice(origins[at], origins[at + part.length]);
      at += part.length;
      return text;
    })
    .join('');
}
