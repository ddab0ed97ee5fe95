// SPEC §8: any sequence of writing commands followed by as many `rel undo` leaves the journal's
// content exactly as before (every table but the undo history itself; the search index's text
// included and checked by FTS5). Property-based: fast-check draws the sequences, each run on a
// copy of one prepared journal, in-process.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journalFrom } from '../harness/journal.js';
import { journalContent, textIndexesIntact } from '../harness/journalContent.js';

const prepared = journalFrom(async (j) => {
  await j.ok(['add', 'Jane Doe', '--note', 'spring catalog', '--remember', 'loves golf', '--follow-up', 'in 1 week: send catalog', '--tag', 'vip']);
  await j.ok(['contact', 'add', 'Bob Lee', '--email', 'bob@lee.com', '--phone', '555 0100', '--alias', 'Bobby', '--referred-by', 'jane']);
  await j.ok(['remind', 'bob', 'monthly call', '--on', '2026-11-20', '--every', '1m']);
  await j.ok(['add', 'bob', '--note', 'complained about the late order', '--complaint', '--on', '2026-11-10']);
  // The property is about what happens from here: an empty history, so that the undos stop here.
  const db = new Database(j.db);
  db.exec('DELETE FROM undo_log; DELETE FROM undo_changes;');
  db.close();
});

const who = fc.constantFrom('jane', 'bob', 'Ann Lee');
const id = fc.constantFrom('1', '2', '3');
const words = fc.constantFrom('tea', 'the new shop', 'golf on sunday', 'Núñez');
const csv = 'name,emails,company,tags,note\nCleo Park,cleo@park.com,Park & Co,vip,met at the fair\nBob Lee,bob@lee.com,Lee Ltd,,\nDee Fox,,,,\n';

const command: fc.Arbitrary<{ args: string[]; input?: string }> = fc.oneof(
  fc.record({ args: fc.tuple(fc.constantFrom('Ann Lee', 'Eve Stone'), fc.constantFrom('a@b.com', 'e@s.com')).map(([n, e]) => ['contact', 'add', n, '--email', e, '--tag', 'new']) }),
  fc.record({ args: fc.tuple(who, words).map(([w, t]) => ['add', w, '--note', t, '--via', 'call']) }),
  fc.record({ args: fc.tuple(who, words).map(([w, t]) => ['add', w, '--note', t, '--remember', t, '--follow-up', `tomorrow: ${t}`]) }),
  fc.record({ args: fc.tuple(who, fc.constantFrom(['--company', 'Acme'], ['--tag', 'vip'], ['--untag', 'vip'], ['--email', 'x@y.com'], ['--every', '2w'], ['--name', 'Janet Doe'], ['--alias', 'JD'])).map(([w, f]) => ['edit', w, ...f]) }),
  fc.record({ args: fc.tuple(who, words).map(([w, t]) => ['remember', w, t, '--on', '2027-03']) }),
  fc.record({ args: fc.tuple(who, words).map(([w, t]) => ['remind', w, t, '--on', '2026-12-05', '--every', '1m']) }),
  fc.record({ args: id.map((i) => ['done', i]) }),
  fc.record({ args: id.map((i) => ['snooze', i, '--until', '2026-12-20']) }),
  fc.record({ args: fc.constantFrom('2w', '30d').map((d) => ['tag', 'vip', '--every', d]) }),
  fc.record({ args: fc.constantFrom(['cadence', '30d'], ['days', '21'], ['limit', '5']).map(([k, v]) => ['config', 'set', k!, v!]) }),
  fc.record({ args: who.map((w) => ['archive', w]) }),
  fc.record({ args: who.map((w) => ['pause', w, '--until', '2027-01-01']) }),
  fc.record({ args: who.map((w) => ['rm', w, '--yes']) }),
  fc.record({ args: fc.constant<string[]>(['import', '-']), input: fc.constant(csv) }),
  fc.record({ args: fc.tuple(who, fc.constantFrom('jane', 'bob', 'Mia Roe'), fc.constantFrom('husband', 'daughter', 'boss')).map(([w, o, k]) => ['relate', w, '--to', o, '--as', k]) }),
  fc.record({ args: fc.tuple(who, fc.constantFrom('jane', 'bob', 'Mia Roe')).map(([w, o]) => ['unrelate', w, '--to', o]) }),
);

describe('undo: any sequence of writing commands, then as many rel undo, and the journal is as it was', () => {
  it('holds for random sequences', async () => {
    let changes = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 8 }), async (sequence) => {
        const j = await prepared();
        const before = journalContent(j.db);
        for (const { args, input } of sequence) await j.rel(args, { input });
        let undone = 0;
        // Until the history is empty, which rel undo refuses (exit 1).
        while ((await j.rel(['undo'])).code === 0) {
          undone++;
          expect(undone).toBeLessThanOrEqual(sequence.length);
        }
        changes += undone;
        expect(journalContent(j.db)).toEqual(before);
        expect(textIndexesIntact(j.db)).toBe(true);
      }),
      { numRuns: 40 },
    );
    expect(changes).toBeGreaterThan(40); // most commands drawn did change something
  }, 120_000);
});
