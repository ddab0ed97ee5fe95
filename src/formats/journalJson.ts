// The `rel export all` document: the whole journal as one JSON file that `rel import` restores.
//
// Contract: export all → import into an empty journal → export all gives the same bytes. So the
// document holds nothing that changes between runs (no export time), keeps every id and the
// stored creation times, lists records sorted by id (tags by name, settings by key) and writes
// every record's keys in one fixed order. Layout: one record per line, for diffs and for
// streaming a large journal without building the whole text.
import type { Writable } from 'node:stream';
import { decodeTextFile } from './textDecoding.js';
import { ImportFormatError } from './importError.js';
import { findJsonError } from './jsonSyntax.js';
import { ChunkedWriter } from './tableExport.js';
import { validateJournalDocument } from './journalValidation.js';

export const JOURNAL_FORMAT = 'rel-journal';
export const JOURNAL_VERSION = 1;

export interface JournalContact {
  id: number;
  name: string;
  emails: string[];
  phones: string[];
  company: string | null;
  role: string | null;
  birthday: string | null; // 'YYYY-MM-DD' or '--MM-DD'
  customerSince: string | null;
  cadence: string | null;
  met: string | null;
  referredBy: number | null; // a contact id
  aliases: string[];
  tags: string[];
  archived: boolean;
  pausedUntil: string | null;
  createdOn: string;
  createdAt: string;
  updatedAt: string;
}

export interface JournalConversation {
  id: number;
  contactId: number;
  happenedOn: string;
  via: string | null;
  note: string | null;
  complaint: boolean;
  resolvedOn: string | null;
  resolutionNote: string | null;
  createdAt: string;
}

export interface JournalDetail {
  id: number;
  contactId: number;
  text: string;
  date: string | null; // 'YYYY-MM-DD', 'YYYY-MM' or '--MM-DD'
  yearly: boolean;
  createdAt: string;
}

export interface JournalReminder {
  id: number;
  contactId: number;
  text: string;
  dueOn: string;
  every: string | null;
  doneOn: string | null;
  snoozedUntil: string | null;
  createdAt: string;
}

/** A keep-in-touch cadence for everyone with the tag. */
export interface JournalTag {
  tag: string;
  cadence: string;
}

export interface JournalDocument {
  format: typeof JOURNAL_FORMAT;
  version: typeof JOURNAL_VERSION;
  contacts: JournalContact[];
  conversations: JournalConversation[];
  details: JournalDetail[];
  reminders: JournalReminder[];
  tags: JournalTag[];
  settings: Record<string, string>;
}

type Rows<T> = Iterable<T> | AsyncIterable<T>;

/** What the writer reads: store objects do (extra properties such as contactName are left out). */
export interface JournalSections {
  /** Each list in ascending id order (tags by name), as `ORDER BY id` gives them. */
  contacts: Rows<JournalContact>;
  conversations: Rows<JournalConversation>;
  details: Rows<JournalDetail>;
  reminders: Rows<JournalReminder>;
  tags: Rows<JournalTag>;
  settings: Readonly<Record<string, string>>;
}

// The key order of each record in the document.
const KEYS = {
  contacts: ['id', 'name', 'emails', 'phones', 'company', 'role', 'birthday', 'customerSince', 'cadence', 'met', 'referredBy', 'aliases', 'tags', 'archived', 'pausedUntil', 'createdOn', 'createdAt', 'updatedAt'],
  conversations: ['id', 'contactId', 'happenedOn', 'via', 'note', 'complaint', 'resolvedOn', 'resolutionNote', 'createdAt'],
  details: ['id', 'contactId', 'text', 'date', 'yearly', 'createdAt'],
  reminders: ['id', 'contactId', 'text', 'dueOn', 'every', 'doneOn', 'snoozedUntil', 'createdAt'],
  tags: ['tag', 'cadence'],
} as const satisfies Record<string, readonly string[]>;

type ListSection = keyof typeof KEYS;

/** Streams the document to `out`, honouring backpressure. */
export async function writeJournalDocument(out: Writable, sections: JournalSections): Promise<void> {
  const sink = new ChunkedWriter(out);
  await sink.add(`{\n  "format": ${JSON.stringify(JOURNAL_FORMAT)},\n  "version": ${JOURNAL_VERSION},\n`);
  for (const section of Object.keys(KEYS) as ListSection[]) {
    await writeSection(sink, section, sections[section] as Rows<Record<string, unknown>>);
  }
  const settings = Object.fromEntries(Object.entries(sections.settings).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await sink.add(`  "settings": ${JSON.stringify(settings)}\n}\n`);
  await sink.flush();
}

async function writeSection(sink: ChunkedWriter, section: ListSection, rows: Rows<Record<string, unknown>>): Promise<void> {
  await sink.add(`  ${JSON.stringify(section)}: [`);
  let previous: number | string | undefined;
  let first = true;
  for await (const row of rows) {
    const order = (section === 'tags' ? row['tag'] : row['id']) as number | string;
    if (previous !== undefined && !(order > previous)) throw new Error(`journal export: ${section} must come in ascending ${section === 'tags' ? 'tag' : 'id'} order`);
    previous = order;
    await sink.add(`${first ? '\n' : ',\n'}    ${JSON.stringify(inKeyOrder(row, KEYS[section]))}`);
    first = false;
  }
  await sink.add(first ? '],\n' : '\n  ],\n');
}

function inKeyOrder(row: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const key of keys) record[key] = row[key] ?? null;
  return record;
}

/**
 * Reads and checks a journal document. Every problem is an ImportFormatError naming the file
 * and the JSON path of the first bad value (`contacts[3].birthday`); a syntax error names the
 * line and column. Lists come back sorted by id.
 */
export function readJournalDocument(input: string | Uint8Array, file: string): JournalDocument {
  const text = decodeTextFile(input);
  if (text.trim() === '') throw new ImportFormatError({ file }, 'the file is empty; expected a rel journal export (JSON)');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const at = findJsonError(text);
    throw new ImportFormatError({ file }, at ? `not valid JSON at line ${at.line} column ${at.column}` : 'not valid JSON');
  }
  return validateJournalDocument(value, file, { format: JOURNAL_FORMAT, version: JOURNAL_VERSION });
}
