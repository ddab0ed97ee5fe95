// SPEC §8 "Merge loses nothing", as a property: two people with random records (conversations,
// complaints, details, follow-ups, emails, phones, aliases, tags, referrals both ways, facts that
// conflict or not), merged by `rel merge` in-process; afterwards every record of both is on the
// kept person, the lists hold the union, the people either referred are referred by the kept
// person, and nothing else in the journal changed.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phoneKey } from '../../src/domain/phoneNumbers.js';
import { normalizeName } from '../../src/domain/names.js';
import { runRel } from '../harness/inProcess.js';
import { makeJournal } from '../harness/journal.js';

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const subset = <T>(values: readonly T[]) => fc.subarray([...values]);

const side = fc.record({
  name: pick(['José Núñez', 'Jose Nunes', 'Ann Lee', 'Ann Lee-Smith', 'Bob']),
  emails: subset(['a@x.com', 'A@X.com', 'b@y.org', 'c@z.net']),
  phones: subset(['+1 512-555-0160', '(512) 555-0160', '030 1234567', '06 12 34 56 78']),
  aliases: subset(['Pepe', 'pepe', 'JN', 'Annie']),
  tags: subset(['vip', 'golf', 'team lead']),
  birthday: fc.option(pick(['1980-01-02', '--03-04'])),
  company: fc.option(pick(['Acme', 'Globex'])),
  cadence: fc.option(pick(['2w', '3m'])),
  archived: fc.boolean(),
  conversations: fc.array(fc.record({ day: pick(['2026-01-05', '2026-06-30', '2026-11-20']), complaint: fc.boolean() }), { maxLength: 3 }),
  details: fc.nat({ max: 2 }),
  reminders: fc.nat({ max: 2 }),
  // Who referred this person: nobody, the other of the pair, or one of two bystanders.
  referrer: pick([null, 'other', 3, 4] as const),
});
// Who referred each bystander (#3, #4): nobody, A (#1) or B (#2).
const bystanderReferrer = pick([null, 1, 2] as const);

type Side = typeof side extends fc.Arbitrary<infer T> ? T : never;

function seed(path: string, a: Side, b: Side, r3: number | null, r4: number | null): void {
  const db = new Database(path);
  const at = '2026-01-01T00:00:00.000Z';
  const contact = db.prepare('INSERT INTO contacts (id, name, name_key, birthday, company, cadence, archived, created_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const sides: Array<[number, Side]> = [[1, a], [2, b]];
  for (const [id, s] of sides) contact.run(id, s.name, normalizeName(s.name), s.birthday, s.company, s.cadence, s.archived ? 1 : 0, id === 1 ? '2026-02-01' : '2025-12-01', at, at);
  contact.run(3, 'Cy Bystander', 'cy bystander', null, null, null, 0, '2026-01-01', at, at);
  contact.run(4, 'Dee Bystander', 'dee bystander', null, null, null, 0, '2026-01-01', at, at);
  const refer = db.prepare('UPDATE contacts SET referred_by = ? WHERE id = ?');
  refer.run(r3, 3);
  refer.run(r4, 4);
  for (const [id, s] of sides) {
    refer.run(s.referrer === 'other' ? 3 - id : s.referrer, id);
    s.emails.forEach((e, i) => db.prepare('INSERT OR IGNORE INTO contact_emails VALUES (?, ?, ?)').run(id, e, i));
    s.phones.forEach((p, i) => db.prepare('INSERT OR IGNORE INTO contact_phones (contact_id, phone, position, phone_key) VALUES (?, ?, ?, ?)').run(id, p, i, phoneKey(p)));
    for (const alias of s.aliases) db.prepare('INSERT OR IGNORE INTO contact_aliases VALUES (?, ?, ?)').run(id, alias, normalizeName(alias));
    for (const tag of s.tags) db.prepare('INSERT INTO contact_tags VALUES (?, ?)').run(id, tag);
    for (const v of s.conversations) db.prepare('INSERT INTO conversations (contact_id, happened_on, note, complaint, created_at) VALUES (?, ?, ?, ?, ?)').run(id, v.day, `note of ${id}`, v.complaint ? 1 : 0, at);
    for (let i = 0; i < s.details; i++) db.prepare('INSERT INTO details (contact_id, text, created_at) VALUES (?, ?, ?)').run(id, `detail ${i} of ${id}`, at);
    for (let i = 0; i < s.reminders; i++) db.prepare("INSERT INTO reminders (contact_id, text, due_on, created_at) VALUES (?, ?, '2026-12-01', ?)").run(id, `reminder ${i} of ${id}`, at);
  }
  // Records of a bystander, which must stay theirs.
  db.prepare("INSERT INTO conversations (contact_id, happened_on, note, created_at) VALUES (3, '2026-03-03', 'bystander', ?)").run(at);
  db.prepare("INSERT INTO details (contact_id, text, created_at) VALUES (4, 'bystander detail', ?)").run(at);
  db.close();
}

type Row = Record<string, unknown>;
function read(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const all = (sql: string) => db.prepare(sql).all() as Row[];
    const values = (table: string, column: string, id: number) => (db.prepare(`SELECT ${column} AS v FROM ${table} WHERE contact_id = ?`).all(id) as Array<{ v: string }>).map((r) => r.v);
    return {
      records: all("SELECT 'conversation' AS kind, id, contact_id, happened_on, note, complaint, NULL AS text FROM conversations UNION ALL SELECT 'detail', id, contact_id, NULL, NULL, NULL, text FROM details UNION ALL SELECT 'reminder', id, contact_id, NULL, NULL, NULL, text FROM reminders ORDER BY 1, 2"),
      people: all('SELECT id, name, referred_by, birthday, company, cadence, archived, created_on FROM contacts ORDER BY id'),
      lists: [1, 2].map((id) => ({ emails: values('contact_emails', 'email', id), phones: values('contact_phones', 'phone', id), aliases: values('contact_aliases', 'alias', id), tags: values('contact_tags', 'tag', id) })),
      others: all("SELECT 'tags' AS t, * FROM tags UNION ALL SELECT 'settings', key, value FROM settings"),
    };
  } finally {
    db.close();
  }
}

interface Lists {
  emails: string[];
  phones: string[];
  aliases: string[];
  tags: string[];
}

const keys = (values: string[], key: (v: string) => string) => new Set(values.map(key));

describe('rel merge loses nothing (property)', () => {
  it('puts every record and value of both people on the kept one and changes nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(side, side, bystanderReferrer, bystanderReferrer, fc.boolean(), async (a, b, r3, r4, preferB) => {
        const j = makeJournal();
        await j.ok(['config']); // creates the journal with its schema
        seed(j.db, a, b, r3, r4);
        const before = read(j.db);
        const [la, lb] = before.lists as [Lists, Lists];
        const result = await runRel(['merge', '#1', '#2', ...(preferB ? ['--prefer', 'B'] : [])], { journalPath: j.db });
        expect(result.code, result.stderr).toBe(0);
        const after = read(j.db);

        // Every conversation, detail and follow-up (complaints among them) is there, unchanged, B's on A.
        expect(after.records).toEqual(before.records.map((r) => ({ ...r, contact_id: r.contact_id === 2 ? 1 : r.contact_id })));
        // B is gone; whoever either referred is referred by A; the bystanders otherwise as they were.
        expect(after.people.map((p) => p.id)).toEqual([1, 3, 4]);
        for (const p of after.people.filter((p) => p.id !== 1)) {
          const was = before.people.find((q) => q.id === p.id)!;
          expect(p).toEqual({ ...was, referred_by: was.referred_by === 2 ? 1 : was.referred_by });
        }
        // A's facts stay, B's fill the gaps (B's win a conflict with --prefer B); active if either was; added on the earlier day.
        const fact = (field: 'birthday' | 'company' | 'cadence') => (preferB ? (b[field] ?? a[field]) : (a[field] ?? b[field]));
        expect(after.people[0]).toMatchObject({ name: a.name, birthday: fact('birthday'), company: fact('company'), cadence: fact('cadence'), archived: a.archived && b.archived ? 1 : 0, created_on: '2025-12-01' });
        // A never refers itself.
        expect(after.people[0]!.referred_by).not.toBe(1);
        const l = after.lists[0] as Lists;
        expect(keys(l.emails, (e) => e.toLowerCase())).toEqual(keys([...la.emails, ...lb.emails], (e) => e.toLowerCase()));
        expect(keys(l.phones, phoneKey)).toEqual(keys([...la.phones, ...lb.phones], phoneKey));
        const wantedAliases = keys([...la.aliases, ...lb.aliases, b.name], normalizeName);
        wantedAliases.delete(normalizeName(a.name));
        expect(keys(l.aliases, normalizeName)).toEqual(wantedAliases);
        expect(new Set(l.tags)).toEqual(new Set([...la.tags, ...lb.tags]));
        // A's own values stay (they were all there before, as written).
        for (const list of ['emails', 'phones', 'aliases', 'tags'] as const) expect(l[list]).toEqual(expect.arrayContaining(la[list]));
        expect(after.others).toEqual(before.others);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
