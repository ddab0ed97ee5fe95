// How many columns of a terminal a text takes, for the tables that line texts up (style.ts).
// Padded by .length, every column after a Chinese, Japanese or Korean name was pushed out of line
// (each of those letters takes two columns), and a name typed with a combining accent (e + ◌́, as
// some phones and Macs write é) pulled the columns after it one to the left.
//
// Not the string-width package: inquirer carries version 4, whose emoji pattern runs on every
// text; a listing of 100,000 people with accented names calls this for each cell.

/** Printable ASCII: one column a character, the case of nearly every cell. */
const PLAIN = /^[\x20-\x7e]*$/;

/** Combining marks, enclosing marks and format characters (zero-width joiner, soft hyphen…): no column of their own. */
let zeroWidth: RegExp | undefined;

/** The columns `text` takes on a terminal (for a text with colour codes, see visibleWidth). */
export function textWidth(text: string): number {
  if (PLAIN.test(text)) return text.length;
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** An ANSI colour code (chalk's), which takes no column: every one of a text, or the one at lastIndex. */
// eslint-disable-next-line no-control-regex
const COLOUR_CODES = /\u001b\[[0-9;]*m/g;
const COLOUR_CODE = new RegExp(COLOUR_CODES.source, 'y');

/** The columns a cell of a table takes on a terminal: its colour codes take none, a Chinese letter two. */
export function visibleWidth(text: string): number {
  return textWidth(text.includes('\u001b') ? text.replace(COLOUR_CODES, '') : text);
}

/**
 * `text` cut to take at most `width` columns, ending in "…" (a wide letter that would pass the
 * width is left out whole). Its colour codes are all kept, those after the cut too: a style the cut
 * falls in still ends, and the "…" takes the style of the letters before it.
 */
export function cutToWidth(text: string, width: number): string {
  if (visibleWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  let cut = false;
  for (let i = 0; i < text.length; ) {
    COLOUR_CODE.lastIndex = i;
    const code = COLOUR_CODE.exec(text);
    if (code) {
      out += code[0];
      i += code[0].length;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
    i += char.length;
    if (cut) continue;
    const w = charWidth(char);
    if (used + w <= width - 1) {
      out += char;
      used += w;
    } else {
      out = `${out.replace(/ +$/, '')}…`; // "Ann Bell …" reads as if a word were missing
      cut = true;
    }
  }
  return out;
}

function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0; // control characters
  if (code < 0x300) return 1; // Latin letters, precomposed accents included
  zeroWidth ??= /^[\p{Mn}\p{Me}\p{Cf}]$/u; // compiled only for a text beyond Latin (~0.6 ms)
  if (zeroWidth.test(char)) return 0;
  return isWide(code) ? 2 : 1;
}

/**
 * The wide (W) and full-width (F) characters of Unicode's East Asian Width, by block: Hangul,
 * CJK ideographs and punctuation, kana, full-width forms, and the emoji blocks terminals draw two
 * columns wide.
 */
function isWide(code: number): boolean {
  if (code < 0x1100) return false;
  return (
    code <= 0x115f || // Hangul Jamo
    code === 0x2329 ||
    code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) || // CJK radicals … enclosed CJK letters
    (code >= 0x3250 && code <= 0x4dbf) || // … CJK ideographs extension A
    (code >= 0x4e00 && code <= 0xa4c6) || // CJK ideographs … Yi
    (code >= 0xa960 && code <= 0xa97c) || // Hangul Jamo extended-A
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe10 && code <= 0xfe19) || // vertical forms
    (code >= 0xfe30 && code <= 0xfe6b) || // CJK compatibility forms, small forms
    (code >= 0xff01 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1b000 && code <= 0x1b001) || // kana supplement
    (code >= 0x1f200 && code <= 0x1f251) || // enclosed ideographic supplement
    (code >= 0x1f300 && code <= 0x1f64f) || // pictographs, emoticons
    (code >= 0x1f680 && code <= 0x1f6ff) || // transport and map symbols
    (code >= 0x1f900 && code <= 0x1f9ff) || // supplemental symbols and pictographs
    (code >= 0x20000 && code <= 0x3fffd) // CJK ideographs extensions B and on
  );
}
