// rel list's table reads each person's stored rhythm (the due day the store keeps for today) and
// --json works it out again from the facts: the two must tell the same story about everyone, in
// every state a person can be in, in every order, and also on the rare day the stored rhythm is
// another day's (a conversation dated after today), when the table works it out as --json does.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalFrom, type TestJournal } from '../harness/journal.js';
import { tempDir } from '../harness/tempFiles.js';

interface Listed {
  id: number;
  name: string;
  tags: string[];
  pausedUntil: string | null;
  rhythm: { status: string; lastContactOn: string | null; dueOn: string | null };
}

/** The table line --json's person should have on `today` (no colour, off a terminal: days as dates). */
function expectedLine(p: Listed, today: string): string[] {
  const { status, lastContactOn, dueOn } = p.rhythm;
  const mark = status === 'paused' ? `(paused until ${p.pausedUntil})` : status === 'archived' ? '(archived)' : '';
  return [
    `#${p.id}`,
    p.name,
    lastContactOn === null ? 'never contacted' : `last ${lastContactOn}`,
    dueOn === null ? 'no rhythm yet' : status === 'drifting' ? `due ${dueOn}` : `${['paused', 'archived'].includes(status) && dueOn < today ? 'was due' : 'next'} ${dueOn}`,
    [mark, p.tags.map((t) => `#${t}`).join(' ')].filter(Boolean).join(' '),
  ].filter(Boolean);
}

const cells = (line: string): string[] => line.trim().split(/ {2,}/);

async function tableAgreesWithJson(j: TestJournal, args: string[], now?: string): Promise<number> {
  const people = await j.json<Listed[]>(['list', '--json', ...args], { now });
  const lines = (await j.ok(['list', ...args], { now })).split('\n').filter(Boolean);
  expect(lines.map(cells)).toEqual(people.map((p) => expectedLine(p, now ?? '2026-11-23')));
  return people.length;
}

const everyState = journalFrom(async (j) => {
  await j.ok(['add', 'Ann Bell', '--note', 'long ago', '--on', '2026-06-01']); // drifting
  await j.ok(['add', 'Bob Lee', '--note', 'last week', '--on', '2026-11-16']); // on track
  await j.ok(['add', 'Gus Hart', '--note', 'due soon', '--on', '2026-08-27']); // due in a few days
  await j.ok(['contact', 'add', 'Carla Zed', '--tag', 'vip', '--every', '2w']); // never talked, on a tag's cadence
  await j.ok(['add', 'Dan Roe', '--note', 'travelling', '--on', '2026-05-01']);
  await j.ok(['pause', 'dan', '--until', '2027-01-15']);
  await j.ok(['add', 'Eve Moss', '--note', 'moved away', '--on', '2026-03-01']);
  await j.ok(['archive', 'eve']);
  const csv = join(tempDir(), 'phone.csv');
  writeFileSync(csv, 'Name,E-mail Address\nFay Gold,fay@gold.test\nHal Ito,hal@ito.test\n');
  await j.ok(['import', csv]); // imported, never talked: no rhythm yet
  await j.ok(['edit', 'hal', '--tag', 'golf']);
});

describe('rel list: the table and --json', () => {
  it('agree on everyone, in every state and every order', async () => {
    const j = await everyState();
    expect(await tableAgreesWithJson(j, [])).toBe(7);
    for (const sort of ['next', 'last']) await tableAgreesWithJson(j, ['--sort', sort]);
    expect(await tableAgreesWithJson(j, ['--archived'])).toBe(1);
    expect(await tableAgreesWithJson(j, ['--overdue'])).toBe(1);
    await tableAgreesWithJson(j, ['--tag', 'vip']);
  });

  it('a day past while paused or archived "was due": nothing is next while their rhythm waits; the card says so too', async () => {
    const j = await everyState();
    expect((await j.ok(['list'])).split('\n').find((line) => line.includes('Dan Roe'))).toMatch(/ was due 2026-07-30 +\(paused until 2027-01-15\)$/);
    expect((await j.ok(['list', '--archived'])).trim()).toMatch(/ was due 2026-05-30 +\(archived\)$/);
    expect(await j.ok(['show', 'dan'])).toContain('rhythm: last talked 2026-05-01; every 90 days, was due 2026-07-30 (paused)');
  });

  it('agree on a day before some conversations (as after a clock change, or an import of later ones)', async () => {
    const j = await everyState();
    await tableAgreesWithJson(j, [], '2026-11-01');
    await tableAgreesWithJson(j, ['--sort', 'last'], '2026-11-01');
    await tableAgreesWithJson(j, ['--sort', 'next'], '2026-11-01');
  });

  it('the contact exports and export all give everyone the rhythm rel list gives, on a day before some conversations too', async () => {
    const j = await everyState();
    for (const now of [undefined, '2026-11-01']) {
      const listed = (await j.json<Listed[]>(['list', '--json', '--archived'], { now })).concat(await j.json<Listed[]>(['list', '--json'], { now }));
      const byId = new Map(listed.map((p) => [p.id, p.rhythm]));
      const exported = await j.json<Listed[]>(['export', 'contacts', '--format', 'json'], { now });
      expect(exported.map((p) => [p.id, p.rhythm])).toEqual(exported.map((p) => [p.id, byId.get(p.id)]));
      const all = await j.json<{ contacts: Listed[] }>(['export', 'all'], { now });
      expect(all.contacts.map((p) => [p.id, p.rhythm])).toEqual(all.contacts.map((p) => [p.id, byId.get(p.id)]));
    }
  });
});
