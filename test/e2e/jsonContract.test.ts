// The JSON contract (SPEC §3): every command's --json, and every JSON export, on a journal with
// varied data, validated against the schemas in schemas/; a reference to a person is { id, name }
// everywhere, and a full person has the same keys wherever one appears.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { journalFrom, REPO, type TestJournal } from './helpers.js';

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

const seeded = journalFrom((j) => {
  j.ok(['config', 'set', 'cadence', '60d']);
  j.ok(['tag', 'vip', '--every', '30d']);
  j.ok(['contact', 'add', 'Jane Doe', '--email', 'jane@example.com', '--phone', '+1 555 0100', '--company', 'Acme', '--role', 'buyer', '--birthday', '1980-11-25', '--since', '2019-06-01', '--met', 'trade show', '--alias', 'JD', '--tag', 'vip']);
  j.ok(['contact', 'add', 'José Núñez', '--referred-by', 'Jane Doe', '--birthday', '02-29', '--every', '2w']);
  j.ok(['contact', 'add', 'Mia Roe', '--referred-by', 'José', '--tag', 'vip']);
  j.ok(['contact', 'add', 'Tom Old']);
  j.ok(['contact', 'add', 'Pat Away', '--tag', 'team_lead']);
  j.ok(['add', 'Jane Doe', '--note', 'catalog and prices', '--on', '2026-09-01', '--via', 'meeting', '--remember', 'baby due', '--remember-on', '2026-12', '--follow-up', '2026-11-20: send catalog']);
  j.ok(['add', 'José Núñez', '--note', 'order arrived damaged', '--on', '2026-11-01', '--via', 'call', '--complaint']);
  j.ok(['add', 'Mia Roe', '--note', 'lunch', '--on', '2026-06-01', '--via', 'meal', '--complaint']);
  j.ok(['resolve', '3', '--note', 'refunded']);
  j.ok(['add', 'Tom Old', '--note', 'said goodbye', '--on', '2026-01-10']);
  j.ok(['remember', 'Jane Doe', 'wedding anniversary', '--on', '2015-11-30', '--yearly']);
  j.ok(['remember', 'José', 'likes espresso']);
  j.ok(['remind', 'Mia Roe', 'quarterly review', '--on', '2026-12-01', '--every', '3m']);
  j.ok(['remind', 'José', 'call back', '--on', '2026-11-10']);
  j.ok(['done', '3']);
  j.ok(['remind', 'Jane Doe', 'send samples', '--on', '2026-11-21']);
  j.ok(['snooze', '4', '--until', '2026-11-28']);
  j.ok(['pause', 'Pat Away', '--until', '2026-12-31']);
  j.ok(['archive', 'Tom Old']);
  j.ok(['add', 'Lee Fresh', '--note', 'coffee', '--on', '2026-11-20', '--via', 'meal']);
  j.ok(['add', 'Kim Soon', '--note', 'quick call', '--on', '2026-09-25']);
  j.ok(['contact', 'add', 'Sam New']);
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
  [['tag', '--json'], 'tag', true],
  [['config', '--json'], 'config', false],
  [['stats', '--json'], 'stats', false],
  [['doctor', '--json'], 'doctor', false],
  [['export', 'all'], 'journal', false],
  ...(['contacts', 'conversations', 'details', 'reminders'] as const).flatMap((what): Array<[string[], string, boolean]> => [
    [['export', what, '--format', 'json'], { contacts: 'person', conversations: 'conversation', details: 'detail', reminders: 'reminder' }[what], true],
  ]),
];

const NDJSON: Array<[string, string]> = [
  ['contacts', 'person'],
  ['conversations', 'conversation'],
  ['details', 'detail'],
  ['reminders', 'reminder'],
];

/** Keys that point at a person; whatever they hold must be { id, name } references. */
const REFERENCE_KEYS = new Set(['referredBy', 'person', 'people', 'referrals', 'referred']);
/** The old ways of pointing at a person, and the old overloaded word. */
const RETIRED_KEYS = ['contactId', 'contact', 'contactName', 'kind'];

/** Every { id, name } reference in `value`, and every place where a person was pointed at otherwise. */
function referencesIn(value: unknown, path = '$', found: { refs: string[]; bad: string[] } = { refs: [], bad: [] }) {
  if (Array.isArray(value)) value.forEach((item, i) => referencesIn(item, `${path}[${i}]`, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (RETIRED_KEYS.includes(key)) found.bad.push(`${path}.${key}`);
      if (REFERENCE_KEYS.has(key)) for (const [i, item] of (Array.isArray(child) ? child : [child]).entries()) checkReference(item, `${path}.${key}[${i}]`, found);
      referencesIn(child, `${path}.${key}`, found);
    }
  }
  return found;
}

function checkReference(item: unknown, path: string, found: { refs: string[]; bad: string[] }): void {
  if (item === null) return;
  if (typeof item !== 'object') return void found.bad.push(`${path} is ${JSON.stringify(item)}`);
  const keys = Object.keys(item);
  // A full person (the card's) and a referral tree node hold a person rather than point at one.
  if (keys.includes('rhythm') || keys.includes('referred')) return;
  if (keys.join() === 'id,name') found.refs.push(path);
  else found.bad.push(`${path} has keys ${keys.join(', ')}`);
}

const outputs = new Map<string, unknown>();

/** The parsed output of a command, run once: nothing here writes to the journal. */
function run(j: TestJournal, args: string[]): unknown {
  const key = JSON.stringify(args);
  if (!outputs.has(key)) {
    const result = j.rel(args);
    expect(result.code, `rel ${args.join(' ')}: ${result.stderr}`).toBe(0);
    outputs.set(key, JSON.parse(result.stdout));
  }
  return outputs.get(key);
}

describe('every --json output follows the schemas', () => {
  const j = seeded();

  it.each(COMMANDS)('rel %j', (args, schema, listing) => {
    const value = run(j, args);
    expect(Array.isArray(value), 'a listing is a top-level array').toBe(listing);
    expectValid(listing ? listOf(schema) : one(schema), value, args.join(' '));
    expect(referencesIn(value).bad).toEqual([]);
  });

  it.each(NDJSON)('rel export %s --format ndjson', (what, schema) => {
    const result = j.rel(['export', what, '--format', 'ndjson']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expectValid(one(schema), JSON.parse(line), `${what} ndjson`);
    expect(lines.map((l) => JSON.parse(l))).toEqual(run(j, ['export', what, '--format', 'json']));
  });

  it('the seeded journal reaches every shape: each kind of reference, each status', () => {
    const refs = COMMANDS.flatMap(([args]) => referencesIn(run(j, args)).refs);
    for (const kind of REFERENCE_KEYS) expect(refs.some((p) => p.includes(`.${kind}[`)), kind).toBe(true);
    const everyone = [...(run(j, ['list', '--json']) as any[]), ...(run(j, ['list', '--archived', '--json']) as any[])];
    expect(new Set(everyone.map((p) => p.rhythm.status))).toEqual(new Set(['onTrack', 'dueSoon', 'drifting', 'neverContacted', 'paused', 'archived']));
  });

  it('list --overdue is exactly the people whose rhythm is drifting', () => {
    const drifting = (run(j, ['list', '--json']) as any[]).filter((p) => p.rhythm.status === 'drifting').map((p) => p.id);
    expect((run(j, ['list', '--overdue', '--json']) as any[]).map((p) => p.id)).toEqual(drifting);
    expect(drifting.length).toBeGreaterThan(0);
  });

  it('list --sort next orders by the rhythm\'s due day', () => {
    const due = (run(j, ['list', '--sort', 'next', '--json']) as any[]).map((p) => p.rhythm.dueOn);
    expect(due).toEqual([...due].sort());
  });

  it('a person has the same keys in list, show, export contacts and export all', () => {
    const listed = (run(j, ['list', '--json']) as any[]).find((p) => p.name === 'Jane Doe');
    const shown = (run(j, ['show', 'Jane Doe', '--json']) as any).person;
    const exported = (run(j, ['export', 'contacts', '--format', 'json']) as any[]).find((p) => p.name === 'Jane Doe');
    const backedUp = (run(j, ['export', 'all']) as any).contacts.find((p: any) => p.name === 'Jane Doe');
    expect(shown).toEqual(listed);
    expect(exported).toEqual(listed);
    expect(backedUp).toEqual(listed);
  });

  it('a today reason and a show "upcoming" entry have one shape', () => {
    const fromToday = (run(j, ['today', '--all', '--json']) as any[]).flatMap((row) => row.reasons).find((r) => r.source === 'birthday');
    const fromShow = (run(j, ['show', 'Jane Doe', '--json']) as any).upcoming.find((r: any) => r.source === 'birthday');
    expect(Object.keys(fromShow)).toEqual(Object.keys(fromToday));
    expect(fromShow).toMatchObject({ tier: expect.any(String), source: 'birthday' });
  });
});
