// The JSON contract (SPEC §3): every command's --json, and every JSON export, on a journal with
// varied data, validated against the schemas in schemas/; a reference to a person is { id, name }
// everywhere, and a full person has the same keys wherever one appears.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { journalFrom, type TestJournal } from '../harness/journal.js';
import { REPO } from '../harness/paths.js';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

const SCHEMAS = join(REPO, 'schemas');

function loadSchemas(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  for (const file of readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json'))) ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')));
  return ajv;
}

const ajv = loadSchemas();
const one = (name: string): ValidateFunction => ajv.getSchema(`${name}.schema.json`)!;
const listOf = (name: string): ValidateFunction => ajv.compile({ type: 'array', items: { $ref: `${name}.schema.json` } });

function expectValid(validate: ValidateFunction, value: unknown, what: string): void {
  const ok = validate(value);
  expect(ok, `${what}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`).toBe(true);
}

const seeded = journalFrom(async (j) => {
  await j.ok(['config', 'set', 'cadence', '60d']);
  await j.ok(['tag', 'vip', '--every', '30d']);
  await j.ok(['contact', 'add', 'Jane Doe', '--email', 'jane@example.com', '--phone', '+1 555 0100', '--company', 'Acme', '--role', 'buyer', '--birthday', '1980-11-25', '--since', '2019-06-01', '--met', 'trade show', '--alias', 'JD', '--tag', 'vip']);
  await j.ok(['contact', 'add', 'José Núñez', '--referred-by', 'Jane Doe', '--birthday', '02-29', '--every', '2w']);
  await j.ok(['contact', 'add', 'Mia Roe', '--referred-by', 'José', '--tag', 'vip']);
  await j.ok(['contact', 'add', 'Tom Old']);
  await j.ok(['contact', 'add', 'Pat Away', '--tag', 'team_lead']);
  await j.ok(['add', 'Jane Doe', '--note', 'catalog and prices', '--on', '2026-09-01', '--via', 'meeting', '--remember', 'baby due', '--remember-on', '2026-12', '--follow-up', '2026-11-20: send catalog']);
  await j.ok(['add', 'José Núñez', '--note', 'order arrived damaged', '--on', '2026-11-01', '--via', 'call', '--complaint']);
  await j.ok(['add', 'Mia Roe', '--note', 'lunch', '--on', '2026-06-01', '--via', 'meal', '--complaint']);
  await j.ok(['resolve', '3', '--note', 'refunded']);
  await j.ok(['add', 'Tom Old', '--note', 'said goodbye', '--on', '2026-01-10']);
  await j.ok(['remember', 'Jane Doe', 'wedding anniversary', '--on', '2015-11-30', '--yearly']);
  await j.ok(['remember', 'José', 'likes espresso']);
  await j.ok(['remind', 'Mia Roe', 'quarterly review', '--on', '2026-12-01', '--every', '3m']);
  await j.ok(['remind', 'José', 'call back', '--on', '2026-11-10']);
  await j.ok(['done', '3']);
  await j.ok(['remind', 'Jane Doe', 'send samples', '--on', '2026-11-21']);
  await j.ok(['snooze', '4', '--until', '2026-11-28']);
  await j.ok(['pause', 'Pat Away', '--until', '2026-12-31']);
  await j.ok(['archive', 'Tom Old']);
  await j.ok(['add', 'Lee Fresh', '--note', 'coffee', '--on', '2026-11-20', '--via', 'meal']);
  await j.ok(['add', 'Kim Soon', '--note', 'quick call', '--on', '2026-09-25']);
  await j.ok(['add', 'Kim Soon', 'Lee Fresh', '--note', 'trade show', '--on', '2026-09-20', '--via', 'event']); // a conversation with two people
  await j.ok(['contact', 'add', 'Sam New']);
  await j.ok(['relate', 'Mia Roe', '--to', 'Jane Doe', '--as', 'daughter']);
  await j.ok(['relate', 'Jane Doe', '--to', 'Tom Doe', '--as', 'wife']); // nobody in the journal: a name only
  await j.ok(['add', 'Jane Doe', '--note', 'asked for a quote', '--on', '2026-11-22', '--follow-up', '2026-12-02']); // a follow-up made from the note: its conversationId
});

/** Each command, the schema of what it prints, and whether it is a listing (a top-level array). */
const COMMANDS: Array<[args: string[], schema: string, listing: boolean]> = [
  [['today', '--json'], 'todayRow', true],
  [['today', '--all', '--json'], 'todayRow', true],
  [['today', '--all', '--as-of', '2026-12-15', '--json'], 'todayRow', true],
  [['list', '--json'], 'person', true],
  [['list', '--overdue', '--json'], 'person', true],
  [['list', '--archived', '--json'], 'person', true],
  [['list', '--sort', 'next', '--json'], 'person', true],
  [['show', 'Jane Doe', '--json'], 'card', false],
  [['show', 'José', '--json'], 'card', false],
  [['show', 'Jane Doe', '--tree', '--json'], 'card', false],
  [['log', '--json'], 'conversation', true],
  [['log', 'Jane', '--json'], 'conversation', true],
  [['reminders', '--json'], 'reminder', true],
  [['reminders', '--all', '--json'], 'reminder', true],
  [['search', 'catalog', '--json'], 'searchResult', true],
  [['search', 'nobody-has-this', '--json'], 'searchResult', true],
  [['search', '555 0100', 'OR', 'jane@example.com', 'OR', 'trade', 'show', '--json'], 'searchResult', true],
  [['tag', '--json'], 'tag', true],
  [['tag', 'vip', '--json'], 'tag', false],
  [['config', '--json'], 'config', false],
  [['stats', '--json'], 'stats', false],
  [['doctor', '--json'], 'doctor', false],
  [['restore', '--json'], 'backup', true],
  [['export', 'all'], 'journal', false],
  [['export', 'person', 'Jane Doe'], 'personExport', false],
  [['export', 'person', 'José'], 'personExport', false],
  ...(['contacts', 'conversations', 'details', 'reminders', 'relations'] as const).flatMap((what): Array<[string[], string, boolean]> => [
    [['export', what, '--format', 'json'], { contacts: 'person', conversations: 'conversation', details: 'detail', reminders: 'reminder', relations: 'relation' }[what], true],
  ]),
];

const NDJSON: Array<[string, string]> = [
  ['contacts', 'person'],
  ['conversations', 'conversation'],
  ['details', 'detail'],
  ['reminders', 'reminder'],
  ['relations', 'relation'],
];

/** Keys that point at a person; whatever they hold must be { id, name } references. */
const REFERENCE_KEYS = new Set(['referredBy', 'referrer', 'person', 'people', 'referrals', 'referred']);
/** Keys that name a related person: { id, name } for a person of the journal, { name } for someone who is only a name. */
const RELATED_KEYS = new Set(['relative', 'of']);
/** The old ways of pointing at a person, and the old overloaded word. */
const RETIRED_KEYS = ['contactId', 'contact', 'contactName', 'kind'];

interface Found {
  refs: string[];
  bad: string[];
  related: string[];
  /** { id } alone: only rel export person points at others so, leaving out their names. */
  idOnly: string[];
}

/** Every { id, name } reference in `value`, and every place where a person was pointed at otherwise. */
function referencesIn(value: unknown, path = '$', found: Found = { refs: [], bad: [], related: [], idOnly: [] }) {
  if (Array.isArray(value)) value.forEach((item, i) => referencesIn(item, `${path}[${i}]`, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (RETIRED_KEYS.includes(key)) found.bad.push(`${path}.${key}`);
      if (REFERENCE_KEYS.has(key)) for (const [i, item] of (Array.isArray(child) ? child : [child]).entries()) checkReference(item, `${path}.${key}[${i}]`, found);
      if (RELATED_KEYS.has(key)) checkRelated(child, `${path}.${key}`, found);
      referencesIn(child, `${path}.${key}`, found);
    }
  }
  return found;
}

function checkRelated(item: unknown, path: string, found: Found): void {
  const keys = item !== null && typeof item === 'object' ? Object.keys(item).join() : String(item);
  if (keys === 'id,name' || keys === 'name') found.related.push(`${path}: ${keys}`);
  else if (keys === 'id') found.idOnly.push(path);
  else found.bad.push(`${path} has keys ${keys}`);
}

function checkReference(item: unknown, path: string, found: Found): void {
  if (item === null) return;
  if (typeof item !== 'object') return void found.bad.push(`${path} is ${JSON.stringify(item)}`);
  const keys = Object.keys(item);
  // A full person (the card's), a referral tree node and someone marked archived or not (the card's
  // referrer and referrals) hold a person rather than point at one.
  if (keys.includes('rhythm') || keys.includes('referred') || keys.join() === 'person,archived') return;
  if (keys.join() === 'id,name') found.refs.push(path);
  else if (keys.join() === 'id') found.idOnly.push(path);
  else found.bad.push(`${path} has keys ${keys.join(', ')}`);
}

/** The parts of the outputs the cross-checks below read (the schemas check the rest). */
interface ListedPerson {
  id: number;
  name: string;
  rhythm: { status: string; dueOn: string | null };
}
interface Reason {
  source: string;
}

const outputs = new Map<string, unknown>();

/** The parsed output of a command, run once: nothing here writes to the journal. */
async function run<T = unknown>(j: TestJournal, args: string[]): Promise<T> {
  const key = JSON.stringify(args);
  if (!outputs.has(key)) {
    const result = await j.rel(args);
    expect(result.code, `rel ${args.join(' ')}: ${result.stderr}`).toBe(0);
    outputs.set(key, JSON.parse(result.stdout));
  }
  return outputs.get(key) as T;
}

describe('every --json output follows the schemas', () => {
  let j: TestJournal;
  beforeAll(async () => {
    j = await seeded();
  });

  it.each(COMMANDS)('rel %j', async (args, schema, listing) => {
    const value = await run(j, args);
    expect(Array.isArray(value), 'a listing is a top-level array').toBe(listing);
    expectValid(listing ? listOf(schema) : one(schema), value, args.join(' '));
    const found = referencesIn(value);
    expect(found.bad).toEqual([]);
    // export person names nobody else: others are { id } alone there, and only there.
    if (schema === 'personExport') expect([found.refs, found.idOnly.length > 0]).toEqual([[], true]);
    else expect(found.idOnly).toEqual([]);
  });

  it.each(NDJSON)('rel export %s --format ndjson', async (what, schema) => {
    const result = await j.rel(['export', what, '--format', 'ndjson']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expectValid(one(schema), JSON.parse(line), `${what} ndjson`);
    expect(lines.map((l) => JSON.parse(l))).toEqual(await run(j, ['export', what, '--format', 'json']));
  });

  it('the seeded journal reaches every shape: each kind of reference, each status', async () => {
    const refs: string[] = [];
    for (const [args] of COMMANDS) refs.push(...referencesIn(await run(j, args)).refs);
    for (const kind of REFERENCE_KEYS) expect(refs.some((p) => p.includes(`.${kind}[`) || p.includes(`.${kind}.`)), kind).toBe(true);
    const related = (await Promise.all(COMMANDS.map(async ([args]) => referencesIn(await run(j, args)).related))).flat();
    for (const key of RELATED_KEYS) for (const shape of ['id,name', 'name']) expect(related.some((p) => p.includes(`.${key}: ${shape}`)), `${key} as ${shape}`).toBe(true);
    const everyone = [...(await run<ListedPerson[]>(j, ['list', '--json'])), ...(await run<ListedPerson[]>(j, ['list', '--archived', '--json']))];
    expect(new Set(everyone.map((p) => p.rhythm.status))).toEqual(new Set(['onTrack', 'dueSoon', 'drifting', 'neverContacted', 'paused', 'archived']));
  });

  it('list --overdue is exactly the people whose rhythm is drifting', async () => {
    const drifting = (await run<ListedPerson[]>(j, ['list', '--json'])).filter((p) => p.rhythm.status === 'drifting').map((p) => p.id);
    expect((await run<ListedPerson[]>(j, ['list', '--overdue', '--json'])).map((p) => p.id)).toEqual(drifting);
    expect(drifting.length).toBeGreaterThan(0);
  });

  it('list --sort next orders by the rhythm\'s due day', async () => {
    const due = (await run<ListedPerson[]>(j, ['list', '--sort', 'next', '--json'])).map((p) => p.rhythm.dueOn);
    expect(due).toEqual([...due].sort());
  });

  it('a person has the same keys in list, show, export contacts and export all', async () => {
    const listed = (await run<ListedPerson[]>(j, ['list', '--json'])).find((p) => p.name === 'Jane Doe');
    const shown = (await run<{ person: ListedPerson }>(j, ['show', 'Jane Doe', '--json'])).person;
    const exported = (await run<ListedPerson[]>(j, ['export', 'contacts', '--format', 'json'])).find((p) => p.name === 'Jane Doe');
    const backedUp = (await run<{ contacts: ListedPerson[] }>(j, ['export', 'all'])).contacts.find((p) => p.name === 'Jane Doe');
    expect(shown).toEqual(listed);
    expect(exported).toEqual(listed);
    expect(backedUp).toEqual(listed);
  });

  it('a today reason and a show "upcoming" entry have one shape', async () => {
    const fromToday = (await run<Array<{ reasons: Reason[] }>>(j, ['today', '--all', '--json'])).flatMap((row) => row.reasons).find((r) => r.source === 'birthday');
    const fromShow = (await run<{ upcoming: Reason[] }>(j, ['show', 'Jane Doe', '--json'])).upcoming.find((r) => r.source === 'birthday');
    expect(fromShow).toBeDefined();
    expect(Object.keys(fromShow ?? {})).toEqual(Object.keys(fromToday ?? {}));
    expect(fromShow).toMatchObject({ tier: expect.any(String), source: 'birthday' });
  });
});
