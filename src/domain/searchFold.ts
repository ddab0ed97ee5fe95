// Search folds letters as names do (SPEC §3 "Naming people"). The index's tokenizer, SQLite's
// unicode61 with remove_diacritics 2, removes accents (é, ñ, ü) but cannot fold the letters that
// have no decomposition (ł, ø, ß, ı, æ, …): the index keeps a second copy of a text with those
// written plain (migration 0009, in SQL), the query is folded here the same way, and a snippet
// taken from the folded copy is put back into the user's own letters. The same copy spaces out
// the characters of scripts written without spaces (migration 0034), so that part of a run of
// them is found: 花子 in 山田花子.
import { MARK_END, MARK_START } from './records.js';
import { APOSTROPHES, foldsThroughLatinTable, normalizeName } from './names.js';

/** Where the store asks snippet() to mark text left out of the folded copy's snippet (char(4) in its SQL). */
export const FOLDED_SNIPPET_CUT = '\u0004';

const BEYOND_ASCII = /[^\p{ASCII}]/gu;
const APOSTROPHE = new RegExp(`^${APOSTROPHES.source}$`);

/**
 * The scripts written without spaces between words, whose every run of letters the tokenizer takes
 * as one word (a sentence, in Chinese, Japanese, Thai, Lao, Khmer or Burmese), and Korean, which
 * writes a word's endings onto it (서울에서, "in Seoul"): ranges of code points, which migration
 * 0034 spells out in SQL too (test/store/searchFold.test.ts compares them).
 */
export const UNSPACED_SCRIPTS: ReadonlyArray<readonly [number, number]> = [
  [0x0e00, 0x0eff], // Thai, Lao
  [0x1000, 0x109f], // Myanmar
  [0x1100, 0x11ff], // Hangul Jamo
  [0x1780, 0x17ff], // Khmer
  [0x3005, 0x3007], // 々 〆 〇
  [0x3040, 0x30ff], // Hiragana, Katakana
  [0x3130, 0x318f], // Hangul Compatibility Jamo
  [0x31f0, 0x31ff], // Katakana Phonetic Extensions
  [0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xa960, 0xa97f], // Hangul Jamo Extended-A
  [0xac00, 0xd7ff], // Hangul Syllables, Hangul Jamo Extended-B
  [0xf900, 0xfaff], // CJK Compatibility Ideographs (﨑, as in 山﨑)
  [0xff66, 0xffdc], // halfwidth Katakana and Hangul
  [0x20000, 0x3fffd], // the ideographic planes: CJK Unified Ideographs Extension B on
];

const UNSPACED = new RegExp(`[${UNSPACED_SCRIPTS.map(([from, to]) => `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`).join('')}]`, 'u');

/** Between two characters that are not spaces, one of them of an unspaced script: where the folded copy puts a space. */
const UNSPACED_NEIGHBOURS = new RegExp(`(?<=${UNSPACED.source})(?=[^ ])|(?<=[^ ])(?=${UNSPACED.source})`, 'gu');

function plainOf(character: string): string {
  return foldsThroughLatinTable(character) ? normalizeName(character) : character;
}

/**
 * `text` with every character that only LATIN_LETTERS folds written plain, each character of an
 * unspaced script a word of its own, and everything else as it is (the tokenizer folds case and
 * accents): "Łukasz Wróbel" → "lukasz Wróbel", "山田花子" → "山 田 花 子". The same folding as the
 * index's SQL; rel folds the words of a query with it, so a run of such characters in a query is
 * the phrase of its characters, found anywhere in a run.
 */
export function foldForSearch(text: string): string {
  const lettered = text.replace(BEYOND_ASCII, plainOf);
  return UNSPACED.test(lettered) ? lettered.replace(UNSPACED_NEIGHBOURS, ' ') : lettered;
}

/**
 * Where each position of the folded copy of `original` comes from in `original` (the start of the
 * letter it was folded from), and one more entry for the end; undefined when `folded` is not the
 * folded copy of `original`.
 */
function originsOf(original: string, folded: string): number[] | undefined {
  const origins: number[] = [];
  let from = 0;
  let previous = ' ';
  for (const character of original) {
    let plain = character < '\x80' ? character : plainOf(character);
    // A space the folded copy puts before a character of an unspaced script or after one comes from
    // no character: it is taken as the start of the character after it.
    const spaced = folded[origins.length] === ' ' && character !== ' ' && (UNSPACED.test(previous) || UNSPACED.test(character));
    if (spaced) origins.push(from);
    previous = character;
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
