import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportFormatError } from '../../../src/formats/importError.js';
import type { JournalDocument } from '../../../src/domain/records.js';
import { readJournalDocument, writeJournalDocument, type JournalSections } from '../../../src/formats/journalJson.js';
import { SlowSink, TextSink } from './streams.js';
import type { PersonView } from '../../../src/formats/json.js';
import type { Contact } from '../../../src/domain/records.js';
import { rhythmOf } from '../../../src/domain/rhythm.js';
import { parseDuration } from '../../../src/domain/duration.js';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));

async function written(sections: JournalSections): Promise<string> {
  const sink = new TextSink();
  await writeJournalDocument(sink, sections);
  return sink.text;
}

function thrownBy(run: () => unknown): ImportFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFormatError) return error;
    throw error;
  }
  throw new Error('expected an ImportFormatError');
}

const at = '2024-01-05T10:00:00.000Z';
/** A contact as written by version 1, and as the store holds it (version 1 is still read). */
const contact = (id: number, name: string, extra: object = {}) => ({
  id,
  name,
  emails: [] as string[],
  phones: [] as string[],
  company: null,
  role: null,
  birthday: null,
  customerSince: null,
  cadence: null,
  met: null,
  referredBy: null as number | null,
  aliases: [] as string[],
  tags: [] as string[],
  archived: false,
  pausedUntil: null,
  imported: false,
  createdOn: '2024-01-05',
  createdAt: at,
  updatedAt: at,
  ...extra,
});

const settings = { tagCadences: new Map([['inner circle', parseDuration('2w')]]), defaultCadence: parseDuration('90d') };

/** A person as the writer takes it: the record, the referrer's name, the rhythm on a day. */
function person(record: ReturnType<typeof contact>, referrer: string | null = null): PersonView {
  const c: Contact = { ...record, lastContactOn: null };
  return { contact: c, referredBy: c.referredBy === null ? null : { id: c.referredBy, name: referrer ?? '' }, rhythm: rhythmOf(c, settings, '2024-03-01') };
}

const jane = contact(1, 'Jane Doe', { emails: ['jane@example.com'], birthday: '--02-29', cadence: '2w', tags: ['inner circle'] });
const zoe = contact(2, 'Zoë "Z" Ñúñez', { referredBy: 1, archived: true, customerSince: '2019-06-01', met: 'line one\nline two' });

const journal: JournalSections = {
  contacts: [person(jane), person(zoe, 'Jane Doe')],
  conversations: [
    { id: 1, people: [{ id: 1, name: 'Jane Doe' }], happenedOn: '2024-02-01', via: 'call', note: 'catalog', complaint: false, resolvedOn: null, resolutionNote: null, createdAt: at },
    { id: 2, people: [{ id: 2, name: zoe.name }, { id: 1, name: 'Jane Doe' }], happenedOn: '2024-02-03', via: null, note: null, complaint: true, resolvedOn: '2024-02-04', resolutionNote: 'refunded', createdAt: at },
  ],
  details: [{ id: 3, contactId: 1, contactName: 'Jane Doe', text: 'baby due', date: '2027-03', yearly: false, createdAt: at }],
  reminders: [{ id: 4, contactId: 2, contactName: zoe.name, text: 'send catalog', dueOn: '2024-03-01', every: '1m', anchorDay: null, doneOn: null, snoozedUntil: null, conversationId: 1, createdAt: at }],
  relations: [
    { id: 5, contact: { id: 2, name: zoe.name }, other: { id: 1, name: 'Jane Doe' }, kind: 'child', word: 'daughter', otherWord: null, createdAt: at },
    { id: 6, contact: { id: 1, name: 'Jane Doe' }, other: { id: null, name: 'Tom Doe' }, kind: 'spouse', word: null, otherWord: 'husband', createdAt: at },
  ],
  tags: [{ tag: 'clients', cadence: '30d' }, { tag: 'inner circle', cadence: '2w' }],
  settings: { limit: '10', cadence: '90d', days: '14' },
  highestIds: { contacts: 9, conversations: 2, details: 3, reminders: 4, relations: 6 },
};

const none = { contacts: 0, conversations: 0, details: 0, reminders: 0, relations: 0 };
const empty: JournalSections = { contacts: [], conversations: [], details: [], reminders: [], relations: [], tags: [], settings: {}, highestIds: none };

describe('writeJournalDocument', () => {
  it('writes one record per line in the shapes of every --json, keys in a fixed order', async () => {
    const text = await written(journal);
    expect(text.split('\n').slice(0, 5)).toEqual([
      '{',
      '  "format": "rel-journal",',
      '  "version": 2,',
      '  "contacts": [',
      '    {"id":1,"name":"Jane Doe","emails":["jane@example.com"],"phones":[],"company":null,"role":null,"birthday":"--02-29","customerSince":null,"cadence":"2w","met":null,"referredBy":null,"aliases":[],"tags":["inner circle"],"archived":false,"pausedUntil":null,"imported":false,"createdOn":"2024-01-05","createdAt":"2024-01-05T10:00:00.000Z","updatedAt":"2024-01-05T10:00:00.000Z","rhythm":{"status":"drifting","lastContactOn":null,"cadence":"2w","cadenceSource":"contact","cadenceTag":null,"dueOn":"2024-01-19","daysPastDue":42}},',
    ]);
    expect(text).toContain('"referredBy":{"id":1,"name":"Jane Doe"}');
    expect(text).toContain('{"id":1,"people":[{"id":1,"name":"Jane Doe"}],"happenedOn":"2024-02-01"');
    expect(text).toContain('{"id":3,"person":{"id":1,"name":"Jane Doe"},"text":"baby due"');
    expect(text).toContain('{"id":6,"person":{"id":1,"name":"Jane Doe"},"relation":"spouse","word":null,"of":{"name":"Tom Doe"},"ofWord":"husband","createdAt":"2024-01-05T10:00:00.000Z"}');
    expect(text.endsWith('  "highestIds": {"contacts":9,"conversations":2,"details":3,"reminders":4,"relations":6},\n  "settings": {"cadence":"90d","days":"14","limit":"10"}\n}\n')).toBe(true);
  });

  it('reads back the records it wrote', async () => {
    const doc: JournalDocument = readJournalDocument(await written(journal), 'journal.json');
    expect(doc.version).toBe(2);
    expect(doc.contacts).toEqual([jane, zoe]);
    expect(doc.conversations.map((v) => [v.id, v.people])).toEqual([[1, [1]], [2, [2, 1]]]);
    expect(doc.details.map((d) => d.contactId)).toEqual([1]);
    expect(doc.reminders.map((r) => [r.contactId, r.conversationId])).toEqual([[2, 1]]);
    expect(doc.tags).toEqual(journal.tags);
    expect(doc.relations).toEqual([
      { id: 5, contactId: 2, otherId: 1, otherName: null, kind: 'child', word: 'daughter', otherWord: null, createdAt: at },
      { id: 6, contactId: 1, otherId: null, otherName: 'Tom Doe', kind: 'spouse', word: null, otherWord: 'husband', createdAt: at },
    ]);
    expect(doc.highestIds).toEqual(journal.highestIds);
  });

  it('reads a version 2 document written before the highest ids as having given none', async () => {
    const before = JSON.parse(await written(journal)) as Record<string, unknown>;
    delete before.highestIds;
    expect(readJournalDocument(JSON.stringify(before), 'old.json').highestIds).toEqual(none);
  });

  it('reads a name or alias of several lines, which an older rel let an import keep, as one line', async () => {
    const doc = JSON.parse(await written(journal)) as { contacts: Array<{ name: string; aliases: string[] }> };
    doc.contacts[0]!.name = 'Multi\nLine';
    doc.contacts[0]!.aliases = ['Doc\r\nBoss', 'Doc Boss', 'Tab\there'];
    const read = readJournalDocument(JSON.stringify(doc), 'old.json').contacts[0]!;
    expect([read.name, read.aliases]).toEqual(['Multi Line', ['Doc Boss', 'Tab here']]);
  });

  it('reads a duration in the form rel stores, as the flags read it', async () => {
    const doc = JSON.parse(await written(journal)) as { contacts: Array<Record<string, unknown>>; tags: Array<Record<string, unknown>> };
    doc.contacts[0]!.cadence = 'fortnightly';
    doc.tags[0]!.cadence = '30 days';
    const read = readJournalDocument(JSON.stringify(doc), 'edited.json');
    expect([read.contacts[0]!.cadence, read.tags[0]!.cadence]).toEqual(['2w', '30d']);
  });

  it('reads a version 2 document written before relations as having none', async () => {
    const before = JSON.parse(await written(journal)) as Record<string, unknown>;
    delete before.relations;
    expect(readJournalDocument(JSON.stringify(before), 'old.json').relations).toEqual([]);
  });

  it('writes an empty journal as empty lists', async () => {
    const text = await written(empty);
    expect(JSON.parse(text)).toEqual({ format: 'rel-journal', version: 2, contacts: [], conversations: [], details: [], reminders: [], relations: [], tags: [], highestIds: none, settings: {} });
    expect(readJournalDocument(text, 'empty.json').contacts).toEqual([]);
  });

  it('refuses records out of id order, which would make exports differ', async () => {
    await expect(written({ ...journal, contacts: [person(contact(2, 'B')), person(contact(1, 'A'))] })).rejects.toThrow(/ascending id order/);
  });

  it('streams with backpressure', async () => {
    function* many() {
      for (let id = 1; id <= 50_000; id++) yield person(contact(id, `Person ${id}`));
    }
    const sink = new SlowSink();
    await writeJournalDocument(sink, { ...empty, contacts: many() });
    expect(sink.bytes).toBeGreaterThan(10_000_000);
    expect(sink.maxBuffered).toBeLessThan(200_000);
  });
});

describe('readJournalDocument', () => {
  it('sorts lists by id and tags by name, whatever the file order', async () => {
    const shuffled = JSON.parse(await written(journal)) as { contacts: unknown[]; tags: unknown[] };
    shuffled.contacts.reverse();
    shuffled.tags.reverse();
    const doc = readJournalDocument(JSON.stringify(shuffled), 'j.json');
    expect(doc.contacts.map((c) => c.id)).toEqual([1, 2]);
    expect(doc.tags.map((t) => t.tag)).toEqual(['clients', 'inner circle']);
  });

  it('names the line and column of a JSON syntax error, never the parser message', () => {
    expect(thrownBy(() => readJournalDocument(fixture('bad/bad-json.json'), 'bad-json.json')).message).toBe('bad-json.json: not valid JSON at line 5 column 66');
  });

  it('names the JSON path of the first bad value', () => {
    const error = thrownBy(() => readJournalDocument(fixture('bad/bad-shape.json'), 'bad-shape.json'));
    expect(error).toMatchObject({ file: 'bad-shape.json', field: 'contacts[1].birthday' });
    expect(error.message).toBe('bad-shape.json, field contacts[1].birthday: "1980-13-45" is not a date; expected YYYY-MM-DD, --MM-DD');
  });

  const valid = () => JSON.parse(JSON.stringify({ format: 'rel-journal', version: 1, contacts: [contact(1, 'Jane')], conversations: [], details: [], reminders: [], tags: [], settings: {} })) as Record<string, unknown>;

  it.each([
    ['an empty file', () => '', 'x.json: the file is empty; expected a rel journal export (JSON)'],
    // rel import reads JSON lines as contacts before a document could come here (contactsJson.ts).
    ['JSON lines (rel export contacts --format ndjson)', () => '{"id":1,"name":"Jane"}\n{"id":2,"name":"Tom"}\n', 'x.json: not valid JSON at line 2 column 1'],
    ['a list', () => '[]', 'x.json: is not a rel journal export: rel import restores the JSON that rel export all writes; contacts come in as a list (rel export contacts --format json or ndjson), or from CSV or vCard'],
    ['another format', () => ({ ...valid(), format: 'vcard' }), 'x.json, field format: is not "rel-journal": this is not a rel journal export; rel import restores the JSON that rel export all writes; contacts come in as a list (rel export contacts --format json or ndjson), or from CSV or vCard'],
    ['a newer version', () => ({ ...valid(), version: 3 }), 'x.json, field version: 3 was written by a newer rel; update rel to import it'],
    ['no version', () => ({ ...valid(), version: undefined }), 'x.json, field version: must be 1 or 2'],
    [
      'version 2: a detail of nobody',
      () => ({ ...valid(), version: 2, contacts: [contact(1, 'a')], details: [{ id: 1, person: { id: 9, name: 'x' }, text: 't', createdAt: at }] }),
      'x.json, field details[0].person.id: no contact has id 9',
    ],
    [
      'version 2: a referrer as a bare id',
      () => ({ ...valid(), version: 2, contacts: [contact(1, 'a'), contact(2, 'b', { referredBy: 1 })] }),
      'x.json, field contacts[1].referredBy: must be an object',
    ],
    [
      'version 2: a conversation with the same person twice',
      () => ({ ...valid(), version: 2, conversations: [{ id: 1, people: [{ id: 1, name: 'a' }, { id: 1, name: 'a' }], happenedOn: '2024-01-01', createdAt: at }] }),
      'x.json, field conversations[0].people[1].id: 1 is named twice',
    ],
    [
      'version 2: a conversation with nobody',
      () => ({ ...valid(), version: 2, conversations: [{ id: 1, people: [], happenedOn: '2024-01-01', createdAt: at }] }),
      'x.json, field conversations[0].people: must name at least one person',
    ],
    [
      'version 2: a conversation whose second person is nobody in the file',
      () => ({ ...valid(), version: 2, conversations: [{ id: 1, people: [{ id: 1, name: 'a' }, { id: 9, name: 'b' }], happenedOn: '2024-01-01', createdAt: at }] }),
      'x.json, field conversations[0].people[1].id: no contact has id 9',
    ],
    ['a missing name', () => ({ ...valid(), contacts: [{ ...contact(1, 'x'), name: undefined }] }), 'x.json, field contacts[0].name: is missing'],
    ['a bad id', () => ({ ...valid(), contacts: [contact(0, 'x')] }), 'x.json, field contacts[0].id: 0 is not an id (a whole number from 1)'],
    ['a repeated id', () => ({ ...valid(), contacts: [contact(1, 'a'), contact(1, 'b')] }), 'x.json, field contacts[1].id: 1 is used twice'],
    [
      'an unknown contact',
      () => ({ ...valid(), details: [{ id: 1, contactId: 9, text: 't', date: null, yearly: false, createdAt: at }] }),
      'x.json, field details[0].contactId: no contact has id 9',
    ],
    [
      'a relation with nobody',
      () => ({ ...valid(), version: 2, relations: [{ id: 1, person: { id: 1, name: 'Jane' }, relation: 'spouse', of: { id: 7, name: 'x' }, createdAt: at }] }),
      'x.json, field relations[0].of.id: no contact has id 7',
    ],
    [
      'a follow-up made from a conversation the journal never gave its id (none listed as given: the conversations\' own)',
      () => ({
        ...valid(),
        version: 2,
        conversations: [{ id: 1, people: [{ id: 1, name: 'Jane' }], happenedOn: '2024-01-01', createdAt: at }],
        reminders: [{ id: 1, person: { id: 1, name: 'Jane' }, text: 't', dueOn: '2024-02-01', conversationId: 2, createdAt: at }],
      }),
      'x.json, field reminders[0].conversationId: no conversation has id 2, and the journal gave conversation ids only up to 1; make it null, or the id of the conversation the follow-up was made from',
    ],
    [
      'a follow-up\'s conversation that is no id',
      () => ({ ...valid(), version: 2, reminders: [{ id: 1, person: { id: 1, name: 'Jane' }, text: 't', dueOn: '2024-02-01', conversationId: '1', createdAt: at }] }),
      'x.json, field reminders[0].conversationId: "1" is not an id (a whole number from 1)',
    ],
    [
      'a person related to themself',
      () => ({ ...valid(), version: 2, relations: [{ id: 1, person: { id: 1, name: 'Jane' }, relation: 'spouse', of: { id: 1, name: 'Jane' }, createdAt: at }] }),
      'x.json, field relations[0].of.id: 1 is the person themself: nobody is related to themself',
    ],
    [
      'a relation rel does not know',
      () => ({ ...valid(), version: 2, relations: [{ id: 1, person: { id: 1, name: 'Jane' }, relation: 'nemesis', of: { name: 'Moriarty' }, createdAt: at }] }),
      'x.json, field relations[0].relation: "nemesis" is not one of spouse, partner, parent, child, sibling, relative, colleague, manager, report, assistant, friend, other',
    ],
    ['an unknown referrer', () => ({ ...valid(), contacts: [contact(1, 'a', { referredBy: 5 })] }), 'x.json, field contacts[0].referredBy: no contact has id 5'],
    [
      'a bad channel',
      () => ({ ...valid(), conversations: [{ id: 1, contactId: 1, happenedOn: '2024-01-01', via: 'fax', createdAt: at }] }),
      'x.json, field conversations[0].via: "fax" is not one of call, email, meeting, meal, message, event, social, visit, other',
    ],
    ['a bad cadence', () => ({ ...valid(), tags: [{ tag: 'a', cadence: 'often' }] }), 'x.json, field tags[0].cadence: "often" is not a duration; use 10d, 2w, 3m or 1y (also 2 weeks, 6 months), or daily, weekly, fortnightly, monthly, quarterly or yearly'],
    ['a bad setting', () => ({ ...valid(), settings: { limit: 10 } }), 'x.json, field settings.limit: must be text'],
    ['an email rel would refuse', () => ({ ...valid(), contacts: [contact(1, 'a', { emails: ['a@x.com', 'call me'] })] }), 'x.json, field contacts[0].emails[1]: "call me" is not an email address (name@example.com)'],
    ['a phone with no digits', () => ({ ...valid(), contacts: [contact(1, 'a', { phones: ['office'] })] }), 'x.json, field contacts[0].phones[0]: "office" is not a phone number (it has no digits)'],
    [
      'two tags in one',
      () => ({ ...valid(), contacts: [contact(1, 'a', { tags: ['vip; gold'] })] }),
      'x.json, field contacts[0].tags[0]: "vip; gold" is not a tag: one tag at a time: commas and semicolons separate tags in exports',
    ],
    ['a tag not as rel stores it', () => ({ ...valid(), contacts: [contact(1, 'a', { tags: ['VIP'] })] }), 'x.json, field contacts[0].tags[0]: "VIP" is not a tag as rel stores it ("vip")'],
    ['a highest id that is no count', () => ({ ...valid(), highestIds: { contacts: -1 } }), 'x.json, field highestIds.contacts: -1 is not a whole number from 0'],
  ])('%s', (_, make, message) => {
    const made = make();
    expect(thrownBy(() => readJournalDocument(typeof made === 'string' ? made : JSON.stringify(made), 'x.json')).message).toBe(message);
  });

  it('any input either reads or fails with an ImportFormatError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ ...valid(), contacts: [v] }))), (text) => {
        try {
          readJournalDocument(text, 'fuzz.json');
        } catch (error) {
          expect(error).toBeInstanceOf(ImportFormatError);
        }
      }),
    );
  });
});
