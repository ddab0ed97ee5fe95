// The `rel export all` document: the whole journal as one JSON file that `rel import` restores.
//
// Contract: export all → import into an empty journal → export all (on the same day) gives the
// same bytes. So the document holds no export time, keeps every id and the stored creation times,
// lists records sorted by id (tags by name, settings by key) and writes every record in the shape
// of json.ts, whose keys come in one fixed order. Each person carries their rhythm on the day of
// the export, as everywhere else; it is derived, so `rel import` ignores it.
// Layout: one record per line, for diffs and for streaming a large journal without building the
// whole text.
//
// Versions: 1 held contactId numbers and referredBy as an id; 2 holds the JSON contract's shapes
// (people as { id, name }, conversations with `people`, a person's rhythm). Both are read: users
// keep backups. Version 2 gained sections as rel did (relations, then the highest ids given); a
// document without one reads as having none.
import type { Writable } from 'node:stream';
import { decodeTextFile } from './textDecoding.js';
import { ImportFormatError } from './importError.js';
import { parseJsonFile } from './jsonSyntax.js';
import { ChunkedWriter } from './tableExport.js';
import { validateJournalDocument } from './journalValidation.js';
import { conversationJson, detailJson, personJson, relationJson, reminderJson, type PersonView } from './json.js';
import { NUMBERED_RECORDS, type Conversation, type Detail, type JournalDocument, type JournalTag, type NumberedRecord, type Reminder } from '../domain/records.js';
import type { Relation } from '../domain/relations.js';

export const JOURNAL_FORMAT: JournalDocument['format'] = 'rel-journal';
export const JOURNAL_VERSION = 2;
/** The versions rel still reads. */
export const JOURNAL_VERSIONS_READ = [1, 2] as const;

type Rows<T> = Iterable<T> | AsyncIterable<T>;

/** What the writer reads: domain records, each list in ascending id order (tags by name), as `ORDER BY id` gives them. */
export interface JournalSections {
  contacts: Rows<PersonView>;
  conversations: Rows<Conversation>;
  details: Rows<Detail>;
  reminders: Rows<Reminder>;
  relations: Rows<Relation>;
  tags: Rows<JournalTag>;
  settings: Readonly<Record<string, string>>;
  highestIds: Readonly<Record<NumberedRecord, number>>;
}

type ListSection = Exclude<keyof JournalSections, 'settings' | 'highestIds'>;

/** Each section's records in their JSON shape, and what orders them. */
const SECTIONS: { [S in ListSection]: { json: (row: never) => object; order: (row: never) => number | string } } = {
  contacts: { json: personJson, order: (p: PersonView) => p.contact.id },
  conversations: { json: conversationJson, order: (v: Conversation) => v.id },
  details: { json: detailJson, order: (d: Detail) => d.id },
  reminders: { json: reminderJson, order: (r: Reminder) => r.id },
  relations: { json: relationJson, order: (r: Relation) => r.id },
  tags: { json: (t: JournalTag) => ({ tag: t.tag, cadence: t.cadence }), order: (t: JournalTag) => t.tag },
};

/** Streams the document to `out`, honouring backpressure. */
export async function writeJournalDocument(out: Writable, sections: JournalSections): Promise<void> {
  const sink = new ChunkedWriter(out);
  await sink.add(`{\n  "format": ${JSON.stringify(JOURNAL_FORMAT)},\n  "version": ${JOURNAL_VERSION},\n`);
  for (const section of Object.keys(SECTIONS) as ListSection[]) {
    await writeSection(sink, section, sections[section] as Rows<never>);
  }
  const highestIds = Object.fromEntries(NUMBERED_RECORDS.map((kind) => [kind, sections.highestIds[kind]]));
  await sink.add(`  "highestIds": ${JSON.stringify(highestIds)},\n`);
  const settings = Object.fromEntries(Object.entries(sections.settings).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await sink.add(`  "settings": ${JSON.stringify(settings)}\n}\n`);
  await sink.flush();
}

async function writeSection(sink: ChunkedWriter, section: ListSection, rows: Rows<never>): Promise<void> {
  const { json, order } = SECTIONS[section];
  await sink.add(`  ${JSON.stringify(section)}: [`);
  let previous: number | string | undefined;
  let first = true;
  for await (const row of rows) {
    const key = order(row);
    if (previous !== undefined && !(key > previous)) throw new Error(`journal export: ${section} must come in ascending ${section === 'tags' ? 'tag' : 'id'} order`);
    previous = key;
    await sink.add(`${first ? '\n' : ',\n'}    ${JSON.stringify(json(row))}`);
    first = false;
  }
  await sink.add(first ? '],\n' : '\n  ],\n');
}

/**
 * Reads and checks a journal document. Every problem is an ImportFormatError naming the file
 * and the JSON path of the first bad value (`contacts[3].birthday`); a syntax error names the
 * line and column. Lists come back sorted by id.
 */
export function readJournalDocument(input: string | Uint8Array, file: string): JournalDocument {
  const text = decodeTextFile(input);
  if (text.trim() === '') throw new ImportFormatError({ file }, 'the file is empty; expected a rel journal export (JSON)');
  const value = parseJsonFile(text, file);
  return validateJournalDocument(value, file, { format: JOURNAL_FORMAT, versions: JOURNAL_VERSIONS_READ });
}
