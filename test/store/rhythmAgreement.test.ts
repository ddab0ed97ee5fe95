// One meaning everywhere (SPEC §4): random journals, written through the store as rel writes them,
// looked at on random days — some before a conversation, so that the journal must be read as it
// stood then — and `rel today --all`, a limited `rel today` (the fast path over the stored due
// days), `rel list --overdue`, `rel show` for each person and `rel stats` must all agree with the
// domain's rhythmOf on the facts the test itself wrote down.
//
// The commands run in-process through the real command-line registry (test/harness's runRel). The
// adapters below are the only place that reads the JSON shapes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTagCadences } from '../../src/domain/cadence.js';
import { dayNumber, fromDayNumber, type Day } from '../../src/domain/calendar.js';
import { parseDuration } from '../../src/domain/duration.js';
import { RHYTHM_STATUSES, rhythmOf, type Rhythm, type RhythmStatus } from '../../src/domain/rhythm.js';
import { addTags, insertContact, removeTags, updateContact } from '../../src/store/contacts.js';
import { insertConversation } from '../../src/store/conversations.js';
import { Journal } from '../../src/store/journal.js';
import { openJournal } from '../../src/store/open.js';
import { SETTING_DEFAULTS, setSetting, setTagCadence } from '../../src/store/settings.js';
import { runRel } from '../harness/inProcess.js';
import { newJournal } from '../harness/tempFiles.js';

// ---- Adapters: what each command's JSON says about who drifts (adjust here when shapes change).

type Json = Record<string, unknown>;
const personId = (row: Json): number => (row.contactId ?? (row.person as Json | undefined)?.id ?? row.id) as number;

/** `rel today --json`: the people with a drifting reason. */
function driftingInToday(output: unknown): Set<number> {
  const rows = (Array.isArray(output) ? output : (output as Json).rows) as Json[];
  return new Set(rows.filter((row) => (row.reasons as Json[]).some((r) => (r.tier ?? r.kind) === 'drifting')).map(personId));
}

/** `rel list --overdue --json`: everyone listed. */
const listed = (output: unknown): Set<number> => new Set((output as Json[]).map(personId));

/** `rel show --json`: the status, when the output states it, and the due day. */
function shownRhythm(output: unknown): { status: RhythmStatus | undefined; dueOn: Day | undefined } {
  const card = output as Json;
  const person = (card.person ?? card) as Json;
  const rhythm = (person.rhythm ?? card.rhythm ?? card) as Json;
  return { status: rhythm.status as RhythmStatus | undefined, dueOn: (rhythm.dueOn ?? rhythm.nextDue ?? card.nextDue) as Day | undefined };
}

/** `rel stats --json`: the count of each status. */
function statsCounts(output: unknown): Record<RhythmStatus, number> {
  const contacts = ((output as Json).contacts ?? (output as Json).statuses) as Json;
  return Object.fromEntries(RHYTHM_STATUSES.map((s) => [s, contacts[s] as number])) as Record<RhythmStatus, number>;
}

// ---- Running commands in-process.

/** `rel ...args` on the journal at `path` on `day` (noon, UTC), its JSON parsed. */
async function runJson(path: string, day: Day, args: string[]): Promise<unknown> {
  const result = await runRel(args, { journalPath: path, now: day });
  if (result.code !== 0) throw new Error(`rel ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as unknown;
}

// ---- The random journal, as the test writes it down.

const TAGS = ['vip', 'golf', 'florist'] as const;
const FIRST = dayNumber('2024-01-01');
const LAST = dayNumber('2026-12-31');
const day = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const cadence = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom('d', 'w', 'm', 'y')).map(([n, unit]) => `${n}${unit}`);

interface Person {
  createdOn: Day;
  cadence: string | null;
  tags: string[];
  conversations: Day[];
  pausedUntil: Day | null;
  archived: boolean;
  /** Changed after the conversations were logged: a new own cadence, a tag removed. */
  laterCadence: string | null | undefined;
  untag: string[];
}

interface Model {
  firstDefault: string | null;
  laterDefault: string | null;
  tagCadences: Array<[string, string | null]>;
  laterTagCadences: Array<[string, string | null]>;
  people: Person[];
  days: Day[];
}

const person: fc.Arbitrary<Person> = fc.record({
  createdOn: day,
  cadence: fc.option(cadence, { nil: null, freq: 3 }),
  tags: fc.subarray([...TAGS]),
  // Never talked to, talked once, or talked often.
  conversations: fc.oneof(fc.constant<Day[]>([]), fc.array(day, { minLength: 1, maxLength: 6 })),
  pausedUntil: fc.option(day, { nil: null, freq: 4 }),
  archived: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  laterCadence: fc.option(fc.option(cadence, { nil: null }), { nil: undefined, freq: 4 }),
  untag: fc.subarray([...TAGS], { maxLength: 1 }),
});

const model: fc.Arbitrary<Model> = fc.record({
  firstDefault: fc.option(cadence, { nil: null }),
  laterDefault: fc.option(cadence, { nil: null }),
  tagCadences: fc.array(fc.tuple(fc.constantFrom(...TAGS), fc.option(cadence, { nil: null })), { maxLength: 3 }),
  laterTagCadences: fc.array(fc.tuple(fc.constantFrom(...TAGS), fc.option(cadence, { nil: null })), { maxLength: 2 }),
  people: fc.array(person, { minLength: 1, maxLength: 30 }),
  days: fc.array(fc.integer({ min: FIRST - 30, max: LAST + 200 }).map(fromDayNumber), { minLength: 3, maxLength: 5 }),
});

/** Writes the model through the store, in several transactions, as a life of rel commands would. */
function write(j: Journal, m: Model): number[] {
  const at = '2026-01-01T00:00:00.000Z';
  j.write(() => {
    if (m.firstDefault) setSetting(j, 'cadence', m.firstDefault);
    for (const [tag, every] of m.tagCadences) setTagCadence(j, tag, every);
  });
  const ids = m.people.map((p, i) =>
    j.write(() => {
      const id = insertContact(j, { name: `Person ${i}`, cadence: p.cadence, pausedUntil: p.pausedUntil, archived: p.archived }, p.createdOn, at);
      addTags(j, id, p.tags);
      return id;
    }),
  );
  m.people.forEach((p, i) => {
    for (const on of p.conversations) j.write(() => insertConversation(j, { people: [ids[i]!], happenedOn: on, via: null, note: null, complaint: false }, at));
  });
  j.write(() => {
    m.people.forEach((p, i) => {
      if (p.laterCadence !== undefined) updateContact(j, ids[i]!, { cadence: p.laterCadence }, at);
      removeTags(j, ids[i]!, p.untag);
    });
  });
  j.write(() => {
    for (const [tag, every] of m.laterTagCadences) setTagCadence(j, tag, every);
  });
  if (m.laterDefault) j.write(() => setSetting(j, 'cadence', m.laterDefault as string));
  return ids;
}

/** Each person's rhythm on `today`, by the domain, from the facts as the test wrote them down. */
function expectedRhythms(m: Model, today: Day): Rhythm[] {
  const tagCadences = new Map<string, string>();
  for (const [tag, every] of [...m.tagCadences, ...m.laterTagCadences]) {
    if (every === null) tagCadences.delete(tag);
    else tagCadences.set(tag, every);
  }
  const settings = {
    tagCadences: parseTagCadences(tagCadences),
    defaultCadence: parseDuration(m.laterDefault ?? m.firstDefault ?? SETTING_DEFAULTS.cadence),
  };
  return m.people.map((p) => {
    const talked = p.conversations.filter((on) => on <= today).sort();
    const facts = {
      cadence: p.laterCadence === undefined ? p.cadence : p.laterCadence,
      tags: p.tags.filter((t) => !p.untag.includes(t)),
      createdOn: p.createdOn,
      lastContactOn: talked[talked.length - 1] ?? null,
      pausedUntil: p.pausedUntil,
      archived: p.archived,
      imported: false,
    };
    return rhythmOf(facts, settings, today);
  });
}

describe('today, list --overdue, show and stats agree on everyone’s rhythm', () => {
  it('on random journals and random days', async () => {
    await fc.assert(
      fc.asyncProperty(model, async (m) => {
        const path = newJournal();
        const j = new Journal(openJournal(path), path);
        try {
          const ids = write(j, m);
          const latest = m.people.flatMap((p) => p.conversations).sort().at(-1);
          for (const today of latest ? [...m.days, latest] : m.days) {
            const rhythms = expectedRhythms(m, today);
            const expected = rhythms.map((r) => r.status);
            const drifting = new Set(ids.filter((_, i) => expected[i] === 'drifting'));
            expect(driftingInToday(await runJson(path, today, ['today', '--all', '--json'])), `today --all on ${today}`).toEqual(drifting);
            expect(driftingInToday(await runJson(path, today, ['today', '--as-of', today, '--limit', '999', '--json'])), `today --limit on ${today}`).toEqual(drifting);
            expect(listed(await runJson(path, today, ['list', '--overdue', '--json'])), `list --overdue on ${today}`).toEqual(drifting);
            const counts = Object.fromEntries(RHYTHM_STATUSES.map((s) => [s, expected.filter((e) => e === s).length]));
            expect(statsCounts(await runJson(path, today, ['stats', '--json'])), `stats on ${today}`).toEqual(counts);
            for (const [i, id] of ids.entries()) {
              const shown = shownRhythm(await runJson(path, today, ['show', `#${id}`, '--json']));
              if (shown.status !== undefined) expect(shown.status, `show #${id} on ${today}`).toBe(expected[i]);
              expect(shown.dueOn, `show #${id}'s due day on ${today}`).toBe(rhythms[i]!.dueOn);
            }
          }
        } finally {
          j.close();
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
