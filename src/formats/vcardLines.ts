// The tolerant first pass over a vCard file: from bytes to cards made of properties, whatever
// the exporting phone or address book did with line endings, folding and encodings.
//
// We parse properties ourselves rather than through ical.js: ical.js rejects vCard 2.1's bare
// parameters (TEL;WORK;VOICE:) and quoted-printable soft breaks, and its errors carry no line
// number, while an import error must name the line (SPEC §6). Extracting a dozen properties
// needs only "name;params:value" splitting, which is a few lines once the text is normalised.
//
// The file is read as latin1, one character per byte, so every value keeps its original bytes
// until its own CHARSET and ENCODING say how to decode them.
//
// A line inside a card that is no property (NAME:value) is left out with a warning and the card
// kept; a file that does not start with BEGIN:VCARD, or whose last card never ends, is no vCard
// file (or a cut-short one) and is refused.
import { ImportFormatError, quoteValue, type Warn } from './importError.js';
import { decodeCharset } from './textDecoding.js';

export interface VCardProperty {
  /** Upper case, without the group: 'TEL' for 'item1.TEL'. */
  name: string;
  /** The group, lower case ('item1' for 'item1.X-ABDATE'): properties of one group go together (a date and its X-ABLabel). */
  group?: string;
  /** Upper-case parameter names; 2.1's bare values (WORK, QUOTED-PRINTABLE) under TYPE / ENCODING. */
  params: Map<string, string[]>;
  /** The value as bytes (one char per byte), unfolded, still encoded and escaped. */
  raw: string;
  line: number;
}

export interface RawVCard {
  /** The line of BEGIN:VCARD. */
  line: number;
  properties: VCardProperty[];
}

const PROPERTY_START = /^(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+[;:]/;
const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** Splits a vCard file into cards; throws ImportFormatError when it is not one, and tells `warn` of lines left out. */
export function splitVCards(input: string | Uint8Array, file: string, warn: Warn): RawVCard[] {
  const lines = splitLines(asByteString(input));
  const reader = new CardReader(file, warn);
  lines.forEach((text, index) => reader.take(text, index + 1));
  return reader.finish();
}

/** The file as one char per byte, without a BOM; UTF-16 files are recoded to UTF-8 first. */
function asByteString(input: string | Uint8Array): string {
  let bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    bytes = Buffer.from(new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), 'utf8');
  }
  const text = bytes.toString('latin1');
  return text.startsWith('\xEF\xBB\xBF') ? text.slice(3) : text;
}

/**
 * LF, CRLF and the CR CR LF some iPhone exports have, each one line end; a CR alone ends a line
 * only in a file with no LF at all (classic Mac OS). Elsewhere it is a stray character typed into
 * a field (Thunderbird exports one as it is), and stays in the value.
 */
function splitLines(text: string): string[] {
  const lines = text.split(text.includes('\n') ? /\r\r\n|\r\n|\n/ : /\r/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

class CardReader {
  private readonly cards: RawVCard[] = [];
  private card: RawVCard | undefined;
  private property: VCardProperty | undefined;
  /** Nesting of cards inside the current one (2.1's AGENT property may embed a whole vCard). */
  private depth = 0;

  constructor(
    private readonly file: string,
    private readonly warn: Warn,
  ) {}

  take(text: string, line: number): void {
    if (!this.card) return this.takeOutsideCard(text, line);
    if (this.continues(text)) return;
    this.endProperty();
    if (text.trim() === '') return;
    const keyword = text.trim().toUpperCase();
    if (keyword === 'BEGIN:VCARD') this.depth++;
    else if (keyword === 'END:VCARD') return this.endCard();
    if (this.depth > 0) return;
    if (PROPERTY_START.test(text)) this.property = parseProperty(text, line);
    else this.warn({ file: this.file, line }, `${quoteValue(text)} is not a vCard property (NAME:value); line skipped`);
  }

  finish(): RawVCard[] {
    if (this.card) throw this.error(this.card.line, 'this card has no END:VCARD (the file is cut short?)');
    // No card and nothing else (any other line refused the file): an empty file, as an empty
    // journal's export is, which imports nothing and says so (import.ts).
    return this.cards;
  }

  private takeOutsideCard(text: string, line: number): void {
    // Blank lines between cards, and the Ctrl-Z some old Windows tools append, are not content.
    // eslint-disable-next-line no-control-regex -- NUL and Ctrl-Z are the characters looked for
    if (/^[\s\x00\x1a]*$/.test(text)) return;
    if (text.trim().toUpperCase() === 'BEGIN:VCARD') this.card = { line, properties: [] };
    else if (this.cards.length === 0) throw this.error(line, `expected BEGIN:VCARD, found ${quoteValue(text)}`);
    else this.warn({ file: this.file, line }, `${quoteValue(text)} is outside any card (expected BEGIN:VCARD); line skipped`);
  }

  /** Adds a folded, soft-broken or base64 continuation line to the open property. */
  private continues(text: string): boolean {
    const property = this.property;
    if (!property) return false;
    if (isQuotedPrintable(property) && property.raw.endsWith('=') && text.trim().toUpperCase() !== 'END:VCARD') {
      property.raw = property.raw.slice(0, -1) + text; // a soft line break
      return true;
    }
    if (text.startsWith(' ') || text.startsWith('\t')) {
      property.raw += text.slice(1); // folding: CRLF plus one space or tab
      return true;
    }
    // vCard 2.1 writers put base64 on plain lines, ended by a blank one.
    if (isBase64(property) && text.trim() !== '' && !PROPERTY_START.test(text)) {
      property.raw += text.trim();
      return true;
    }
    return false;
  }

  private endProperty(): void {
    if (!this.property || !this.card) return;
    if (this.depth === 0) this.card.properties.push(this.property);
    this.property = undefined;
  }

  private endCard(): void {
    if (this.depth > 0) {
      this.depth--;
      return;
    }
    if (this.card) this.cards.push(this.card);
    this.card = undefined;
  }

  private error(line: number, problem: string): ImportFormatError {
    return new ImportFormatError({ file: this.file, line }, problem);
  }
}

function parseProperty(text: string, line: number): VCardProperty {
  const colon = indexOutsideQuotes(text, ':');
  const head = text.slice(0, colon);
  const [fullName = '', ...paramTexts] = splitOutsideQuotes(head, ';');
  const dot = fullName.lastIndexOf('.');
  const name = fullName.slice(dot + 1).toUpperCase();
  const property: VCardProperty = { name, params: parseParams(paramTexts), raw: text.slice(colon + 1), line };
  if (dot > 0) property.group = fullName.slice(0, dot).toLowerCase();
  return property;
}

function parseParams(texts: string[]): Map<string, string[]> {
  const params = new Map<string, string[]>();
  const add = (key: string, values: string[]) => params.set(key, [...(params.get(key) ?? []), ...values]);
  for (const text of texts) {
    const eq = text.indexOf('=');
    if (eq < 0) {
      // vCard 2.1 bare parameter: TEL;WORK;VOICE, NOTE;QUOTED-PRINTABLE.
      const value = text.trim().toUpperCase();
      add(BARE_ENCODINGS.has(value) ? 'ENCODING' : 'TYPE', [value]);
      continue;
    }
    const key = text.slice(0, eq).trim().toUpperCase();
    const values = splitOutsideQuotes(text.slice(eq + 1), ',').map((v) => v.trim().replace(/^"(.*)"$/s, '$1'));
    add(key, values);
  }
  return params;
}

/** The first `char` not inside double quotes; the first anywhere if quotes are unbalanced. */
function indexOutsideQuotes(text: string, char: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === char && !quoted) return i;
  }
  return text.indexOf(char);
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

export function paramValues(property: VCardProperty, key: string): string[] {
  return property.params.get(key) ?? [];
}

function encodingOf(property: VCardProperty): string {
  return (paramValues(property, 'ENCODING')[0] ?? '').toUpperCase();
}

function isQuotedPrintable(property: VCardProperty): boolean {
  return encodingOf(property) === 'QUOTED-PRINTABLE';
}

function isBase64(property: VCardProperty): boolean {
  const encoding = encodingOf(property);
  return encoding === 'BASE64' || encoding === 'B';
}

/** The value as text: transfer encoding undone, bytes decoded by CHARSET; escapes are kept. */
export function decodeValue(property: VCardProperty): string {
  let bytes = property.raw;
  if (isQuotedPrintable(property)) bytes = decodeQuotedPrintable(bytes);
  else if (isBase64(property)) bytes = Buffer.from(bytes, 'base64').toString('latin1');
  const charset = paramValues(property, 'CHARSET')[0];
  // ASCII reads the same in every charset but UTF-16/32, which no exporter uses for vCards.
  // eslint-disable-next-line no-control-regex -- the range is all of ASCII, NUL included
  if (!/[^\x00-\x7f]/.test(bytes) && !/16|32/.test(charset ?? '')) return bytes;
  return decodeCharset(Buffer.from(bytes, 'latin1'), charset);
}

function decodeQuotedPrintable(text: string): string {
  return text.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
