// A JSON listing, as `rel export --format json|ndjson` writes one: an array of records (one a line
// as rel writes it, or laid out any way, as jq writes it) or NDJSON, a record a line. Each record
// keeps the line it starts on, for warnings. A file that is one JSON object is no listing but a
// document (a whole journal, rel export all), left to its own reader.
import { ImportFormatError } from './importError.js';
import { findJsonError, parseJsonFile } from './jsonSyntax.js';

/** A record of the listing, or (`problem`) an NDJSON line that is no JSON. */
export type ListedRecord = { line: number; value: unknown } | { line: number; problem: string };

export interface JsonListing {
  form: 'array' | 'lines';
  records: ListedRecord[];
}

/**
 * The listing in `text` (not empty), or undefined when it is one JSON object: an object over
 * several lines, or one on a line of its own that says it is a `rel-journal`. Text that is not
 * JSON at all is refused by `notListing`, which says what is read.
 */
export function readJsonListing(text: string, file: string, notListing: string): JsonListing | undefined {
  const start = text.trimStart();
  if (start.startsWith('[')) return { form: 'array', records: arrayRecords(text, file) };
  if (!start.startsWith('{')) throw new ImportFormatError({ file }, notListing);
  const first = start.slice(0, start.search(/\r|\n|$/));
  const value = parsed(first);
  if (!isObject(value) || value.format === 'rel-journal') return undefined;
  return { form: 'lines', records: lineRecords(text) };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** An array's elements, each with its line; a syntax error refuses the file, as no record after it can be placed. */
function arrayRecords(text: string, file: string): ListedRecord[] {
  const value = parseJsonFile(text, file);
  const lines = elementLines(text);
  return (value as unknown[]).map((element, i) => ({ line: lines[i]!, value: element }));
}

/** NDJSON: each line that is not blank is a record; one that is no JSON is kept as a problem, and the others read. */
function lineRecords(text: string): ListedRecord[] {
  const records: ListedRecord[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const value = parsed(line);
    const at = value === undefined ? findJsonError(line) : undefined;
    records.push(value === undefined ? { line: i + 1, problem: `not valid JSON${at ? ` at column ${at.column}` : ''}` } : { line: i + 1, value });
  }
  return records;
}

/**
 * The line each element of the (valid) top-level array starts on, counted in one pass: a line
 * ends at LF, CR or CRLF, as positionOf counts (which, called per element, would be quadratic).
 * A JSON string holds no raw line break, so only its quotes and escapes need following.
 */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    if (depth === 1 && expectElement && c !== ']') lines.push(line);
    expectElement = false;
    if (c === '"') i = stringEnd(text, i);
    else if (c === '[' || c === '{') expectElement = ++depth === 1;
    else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return lines;
}

/** The index of the quote that closes the string opened at `open`. */
function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length;
}
