// Contacts from rel's own JSON and NDJSON (rel export contacts --format json|ndjson: people in the
// shape of json.ts's personJson). Each object is turned into the cells of rel's CSV columns and
// read by the rel CSV reader (relCsv.ts), so that every rule of a contact (dates, cadence, emails,
// phones, aliases, names, ids, archived) is written once and a person reads the same from either
// export. A text goes in as the CSV export writes it, neutralised for spreadsheets, so that the
// reader's restoring gives back exactly the JSON's text ("=SUM(A1)", "'=x"). The derived keys
// (rhythm, createdOn, imported, the times) are not read, as the CSV's are not, and say nothing;
// any other key with a value is left out with a warning (jsonLeftOut.ts), as a CSV column is.
import type { DateOrder } from '../domain/dateOrder.js';
import type { ContactsFile, UnnamedRecord } from './contactRecord.js';
import { readRows } from './contactsCsv.js';
import { CsvHeader, type CsvRecord } from './csvRecords.js';
import { ImportFormatError, type ImportWarning } from './importError.js';
import { warnUnreadKeys, type JsonRecord, type KeyUse } from './jsonLeftOut.js';
import { isObject, readJsonListing, type JsonListing } from './jsonListing.js';
import { relRowReader, type RelColumn } from './relCsv.js';
import { neutraliseSpreadsheetCell } from './spreadsheetSafe.js';
import { decodeTextFile } from './textDecoding.js';

type Cell = (value: unknown, warn: (problem: string) => void) => string;

/** What rel reads as JSON, for a file that is none of it. */
const READS = 'rel import reads the JSON of rel export contacts --format json or ndjson (people, each an object with a "name") and restores rel export all; other contacts come in as CSV or vCard';

/** rel's other JSON listings, each known by a key only its records have, so a refusal names them. */
const OTHER_LISTINGS: Array<[string, string]> = [
  ['conversations', 'happenedOn'],
  ['reminders', 'dueOn'],
  ['details', 'yearly'],
  ['relations', 'ofWord'],
];

export interface ContactsJsonOptions {
  /** --date-order: how to read numeric dates when none of the file's own proves it. */
  dateOrder?: DateOrder;
}

/** Every contact of the listing, in file order, and what was left out; undefined when the file is one JSON document (rel export all). */
export function readContactsJson(input: string | Uint8Array, file: string, options: ContactsJsonOptions = {}): ContactsFile | undefined {
  const text = decodeTextFile(input);
  const listing = text.trim() === '' ? emptyListing(file) : readJsonListing(text, file, `is not a list of people: ${READS}`);
  if (listing === undefined) return undefined;
  refuseUnlessPeople(listing, file);
  const warnings: ImportWarning[] = [];
  const objects = listing.records.flatMap((r): JsonRecord[] => ('value' in r && isObject(r.value) ? [{ line: r.line, value: r.value }] : []));
  warnUnreadKeys(file, objects, KEY_USES, (place, problem) => warnings.push({ ...place, problem }));
  const unnamed: UnnamedRecord[] = [];
  const records: CsvRecord[] = [];
  for (const record of listing.records) {
    const skip = (problem: string, reason: string) => {
      warnings.push({ file, line: record.line, problem: `${problem}; record skipped` });
      unnamed.push({ file, line: record.line, reason });
    };
    if ('problem' in record) skip(record.problem, 'not valid JSON');
    else if (!isObject(record.value)) skip(`${shown(record.value)} is not a person (a JSON object)`, 'not a JSON object');
    else records.push({ line: record.line, cells: cellsOf(record.value, (field, problem) => warnings.push({ file, line: record.line, field, problem })) });
  }
  const read = readRows({ file, header: HEADER, records, unnamed, warnings }, { dateColumns: DATE_KEYS, reader: relRowReader(HEADER, (key) => COLUMN_OF.get(key)!) }, options.dateOrder);
  return { kind: listing.form === 'array' ? 'rel JSON' : 'rel NDJSON', records: listing.records.length, unit: 'record', ...read };
}

/**
 * An empty file named as NDJSON is the listing of no one (rel export contacts --format ndjson of an
 * empty journal writes nothing), imported as an empty JSON list or a CSV header alone is; any other
 * is refused, as nothing says it is a listing.
 */
function emptyListing(file: string): JsonListing {
  if (/\.(ndjson|jsonl)$/i.test(file)) return { form: 'lines', records: [] };
  throw new ImportFormatError({ file }, `the file is empty; ${READS}`);
}

/**
 * A listing none of whose objects has a name (a string) holds no people: refused, naming rel's own
 * listings. With one person in it, what else it holds is left out with a warning, as a bad row is.
 */
function refuseUnlessPeople(listing: JsonListing, file: string): void {
  const objects = listing.records.flatMap((r) => ('value' in r && isObject(r.value) ? [r.value] : []));
  if (listing.records.length === 0 || objects.some((o) => typeof o.name === 'string')) return;
  const other = OTHER_LISTINGS.find(([, key]) => objects.some((o) => key in o));
  if (other !== undefined) {
    throw new ImportFormatError({ file }, `this is rel export ${other[0]}, which rel import does not read back: it imports contacts (rel export contacts) and restores the whole journal from rel export all`);
  }
  throw new ImportFormatError({ file }, `holds no people: ${READS}`);
}

/** A value as a warning shows it, cut short. */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 60)}…` : json;
}

/** Text as the CSV export writes it, so that the reader's restoreSpreadsheetCell gives it back. */
const cellText = (text: string): string => neutraliseSpreadsheetCell(text.trim());

/** One value as text: a string, or a number (an id); null or absent is empty. */
function plain(value: unknown, warn: (problem: string) => void): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  warn(`${shown(value)} is not text; left out`);
  return undefined;
}

const text: Cell = (value, warn) => cellText(plain(value, warn) ?? '');

/** A list joined as the CSV export joins it ('; '); one string is read as a cell of the CSV is. */
const list: Cell = (value, warn) => {
  if (!Array.isArray(value)) return text(value, warn);
  return cellText(value.flatMap((item) => plain(item, warn) ?? []).join('; '));
};

const flag: Cell = (value, warn) => (typeof value === 'boolean' ? String(value) : text(value, warn));

/** The referrer is { id, name }, as every person reference is; a string is a name alone. */
const referrerName: Cell = (value, warn) => {
  if (!isObject(value)) return text(value, warn);
  if (typeof value.name === 'string') return cellText(value.name);
  warn(`${shown(value)} is not a person ({ "id", "name" }); left out`);
  return '';
};

const referrerId: Cell = (value) => (isObject(value) && typeof value.name === 'string' ? text(value.id, () => undefined) : '');

/** Each column of rel's CSV (relCsv.ts), the key of personJson that holds it (warnings name the key), and how its value reads. */
const FIELDS: ReadonlyArray<[key: string, column: RelColumn, cell: Cell, from?: string]> = [
  ['id', 'id', text],
  ['name', 'name', text],
  ['emails', 'emails', list],
  ['phones', 'phones', list],
  ['company', 'company', text],
  ['role', 'role', text],
  ['birthday', 'birthday', text],
  ['customerSince', 'customer_since', text],
  ['cadence', 'cadence', text],
  ['met', 'met', text],
  ['referredBy', 'referred_by', referrerName],
  ['referredBy.id', 'referred_by_id', referrerId, 'referredBy'],
  ['aliases', 'aliases', list],
  ['tags', 'tags', list],
  ['archived', 'archived', flag],
  ['pausedUntil', 'paused_until', text],
];

/** The keys of personJson (json.ts) the reader takes, and those it leaves out without a word: the journal works them out again. */
const KEY_USES = new Map<string, KeyUse>([
  ...FIELDS.flatMap(([key, , , from]) => (from === undefined ? [[key, { use: 'read' }] as const] : [])),
  ['referredBy', { use: 'read', inner: new Set(['id', 'name']) }], // over FIELDS' own: its keys are checked too
  ...['imported', 'createdOn', 'createdAt', 'updatedAt'].map((key) => [key, { use: 'silent' }] as const),
  ['rhythm', { use: 'silent', inner: new Set(['status', 'lastContactOn', 'cadence', 'cadenceSource', 'cadenceTag', 'dueOn', 'daysPastDue']) }],
]);

const HEADER = new CsvHeader(FIELDS.map(([key]) => key));
const COLUMN_OF = new Map<string, string>(FIELDS.map(([key, column]) => [key, column]));
const DATE_KEYS = ['birthday', 'customerSince', 'pausedUntil'];

function cellsOf(person: Record<string, unknown>, warn: (field: string, problem: string) => void): string[] {
  return FIELDS.map(([key, , cell, from]) => cell(person[from ?? key], (problem) => warn(key, problem)));
}
