// Search folds letters as names do (SPEC §3 "Naming people"). The index's tokenizer, SQLite's
// unicode61 with remove_diacritics 2, removes accents (é, ñ, ü) but cannot fold the letters that
// have no decomposition (ł, ø, ß, ı, æ, …): the index keeps a second copy of a text with those
// written plain (migration 0009, in SQL), the query is folded here the same way, and a snippet
// taken from the folded copy is put back into the user's own letters. The same copy spaces out
// the characters of scripts written without spaces (migration 0034), so that part of a run of
// them is found: 花子 in 山田花子. It also leaves out apostrophes, as names do, and writes
// full-width letters and digits as ASCII ones (migration 0035): "ohare", "o'hare" and "o’hare"
// all find O'Hare, "abc" finds ＡＢＣ and "１２３" 123.
import { MARK_END, MARK_START } from './records.js';
import { APOSTROPHES, foldsThroughLatinTable, normalizeName } from './names.js';

/** Where the store asks snippet() to mark text left out of the folded copy's snippet (char(4) in its SQL). */
export const FOLDED_SNIPPET_CUT = '\u0004';

const BEYOND_ASCII = /[^\p{ASCII}]/gu;
const APOSTROPHE = new RegExp(`^${APOSTROPHES.source}$`);

/**
 * The full-width forms of ASCII's letters and digits (ＡＢＣ, ｘｙｚ, １２３, as a Japanese input method
 * types them), which the fold writes as those ASCII characters (U+FF10 → "0"), as Unicode's NFKC
 * does: ranges of code points, which migration 0035 spells out in SQL too
 * (test/store/searchFold.test.ts compares them). Full-width punctuation parts words as ASCII's
 * does, so it is left as it is.
 */
export const FULL_WIDTH_ALNUM: ReadonlyArray<readonly [number, number]> = [
  [0xff10, 0xff19], // ０-９
  [0xff21, 0xff3a], // Ａ-Ｚ
  [0xff41, 0xff5a], // ａ-ｚ
];

/** From a full-width form to its ASCII character: U+FF21 Ａ - U+0041 A. */
const FULL_WIDTH_OFFSET = 0xfee0;

const FULL_WIDTH = new RegExp(`^[${FULL_WIDTH_ALNUM.map(([from, to]) => `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`).join('')}]$`, 'u');

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

/** What the folded copy writes for one character beyond ASCII (or an apostrophe): nothing, its plain or ASCII form, or itself. */
function plainOf(character: string): string {
  if (APOSTROPHE.test(character)) return '';
  if (FULL_WIDTH.test(character)) return String.fromCodePoint((character.codePointAt(0) as number) - FULL_WIDTH_OFFSET);
  return foldsThroughLatinTable(character) ? normalizeName(character) : character;
}

/** Characters plainOf may change: beyond ASCII, or an apostrophe. */
const FOLDABLE = new RegExp(`${BEYOND_ASCII.source}|${APOSTROPHES.source}`, 'gu');

/**
 * `text` with every character that only LATIN_LETTERS folds written plain, its apostrophes left
 * out, full-width letters and digits in ASCII, each character of an unspaced script a word of its
 * own, and everything else as it is (the tokenizer folds case and accents): "Łukasz Wróbel" →
 * "lukasz Wróbel", "O'Hare" → "OHare", "ＡＢＣ" → "ABC", "山田花子" → "山 田 花 子". The same
 * folding as the index's SQL; rel folds the words of a query with it, so a run of such characters
 * in a query is the phrase of its characters, found anywhere in a run.
 */
export function foldForSearch(text: string): string {
  const lettered = text.replace(FOLDABLE, plainOf);
  return UNSPACED.test(lettered) ? lettered.replace(UNSPACED_NEIGHBOURS, ' ') : lettered;
}

/**
 * Where each position of the folded copy of `original` comes from in `original`: the start and the
 * end of the character it was folded from (for a space the copy put in, the start of the character
 * after it, twice), and one more start for the end; undefined when `folded` is not the folded copy
 * of `original`. Between one character's end and the next one's start lie those the copy left out.
 */
function spansOf(original: string, folded: string): { starts: number[]; ends: number[] } | undefined {
  const starts: number[] = [];
  const ends: number[] = [];
  let from = 0;
  let previous = ' ';
  for (const character of original) {
    const plain = character < '\x80' && !APOSTROPHE.test(character) ? character : plainOf(character);
    const to = from + character.length;
    // A character the folded copy leaves out (an apostrophe) is no neighbour of those around it.
    if (plain === '') {
      from = to;
      continue;
    }
    // A space the folded copy puts before a character of an unspaced script or after one comes from
    // no character: it is taken as the start of the character after it.
    const spaced = folded[starts.length] === ' ' && character !== ' ' && (UNSPACED.test(previous) || UNSPACED.test(character));
    if (spaced) {
      starts.push(from);
      ends.push(from);
    }
    previous = character;
    if (!folded.startsWith(plain, starts.length)) return undefined;
    for (let i = 0; i < plain.length; i++) {
      starts.push(from);
      ends.push(to);
    }
    from = to;
  }
  if (starts.length !== folded.length) return undefined;
  starts.push(original.length);
  return { starts, ends };
}

const SNIPPET_PARTS = new RegExp(`([${MARK_START}${MARK_END}${FOLDED_SNIPPET_CUT}])`);

/**
 * A snippet of the folded copy (snippet()'s matches between MARK_START and MARK_END, text left out
 * as FOLDED_SNIPPET_CUT) in the original's letters, "[lukasz] Wróbel" → "[Łukasz] Wróbel", with
 * "…" where text was left out. A mark holds the characters its match was folded from, and what the
 * copy left out at its edges stays outside it: "‘[OHare]’" → "‘[O’Hare]’". Undefined when it cannot
 * be traced back to `original`. A stretch that occurs twice in the folded copy is taken to be the
 * first (the original may differ there only in letters that fold alike).
 */
export function snippetInOriginal(snippet: string, original: string, folded: string): string | undefined {
  const spans = spansOf(original, folded);
  if (spans === undefined) return undefined;
  const { starts, ends } = spans;
  const parts = snippet.split(SNIPPET_PARTS);
  const isText = (_part: string, i: number) => i % 2 === 0;
  let at = folded.indexOf(parts.filter(isText).join(''));
  if (at < 0) return undefined;
  let from = at === 0 ? 0 : (starts[at] as number);
  return parts
    .map((part, i) => {
      if (!isText(part, i)) return part === FOLDED_SNIPPET_CUT ? '…' : part;
      at += part.length;
      const next = parts[i + 1];
      let to: number;
      if (next === MARK_START) to = starts[at] as number;
      else if (next === undefined && at === folded.length) to = original.length;
      else to = part === '' ? from : (ends[at - 1] as number);
      const text = original.slice(from, Math.max(from, to));
      from = Math.max(from, to);
      return text;
    })
    .join('');
}
