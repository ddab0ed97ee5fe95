// A snoozed follow-up is due on its snooze day (SPEC §4 "Snoozed means due then"), in every
// command: rel today, the card, rel reminders (its order too, migration 0031) and the calendar.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueOfReminder } from '../../src/domain/followUpDue.js';
import { expectRefused } from '../harness/failures.js';
import { makeJournal } from '../harness/journal.js';

describe('a snoozed follow-up', () => {
  it('is due on its snooze day in rel today, on the card, in rel reminders and in the calendar', async () => {
    const j = makeJournal({ now: '2026-11-23' });
    await j.ok(['contact', 'add', 'Fiona Park']);
    await j.ok(['remind', 'fiona', 'send the quote', '--on', '2026-11-20']);
    await j.ok(['remind', 'fiona', 'call back', '--on', '2026-11-24']);
    await j.ok(['snooze', '1', '--until', '2026-11-25']);
    const on27 = { now: '2026-11-27' };
    expect(await j.ok(['today'], on27)).toContain('• follow up: send the quote — due 2 days ago');
    expect(await j.ok(['show', 'fiona'], on27)).toContain('  2026-11-24: call back [reminder 2]\n  2026-11-25: send the quote (snoozed from 2026-11-20) [reminder 1]\n');
    expect(await j.ok(['reminders'], on27)).toBe('#2  2026-11-24  Fiona Park  call back\n#1  2026-11-25  Fiona Park  send the quote  snoozed from 2026-11-20\n');
    expect(await j.ok(['reminders', '--limit', '1'], on27)).toBe('#2  2026-11-24  Fiona Park  call back\n');
    expect(await j.ok(['export', 'dates'], on27)).toContain('DTSTART;VALUE=DATE:20261125');
  });

  it('reopened after rel done, or edited, is said due on its snooze day, as rel reminders lists it', async () => {
    const j = makeJournal({ now: '2026-12-06' });
    await j.ok(['contact', 'add', 'Fiona Park']);
    await j.ok(['remind', 'fiona', 'send the quote', '--on', '2026-12-15']);
    await j.ok(['snooze', '1', '--until', '2026-12-22']);
    await j.ok(['done', '1']);
    expect(await j.ok(['reminder', 'reopen', '1'])).toBe('reopened reminder #1: send the quote — Fiona Park, due 2026-12-22, snoozed from 2026-12-15\n');
    expect(await j.ok(['reminders'])).toBe('#1  2026-12-22  Fiona Park  send the quote  snoozed from 2026-12-15\n');
    expect(await j.ok(['reminder', 'edit', '1', '--text', 'send the new quote'])).toBe('updated reminder #1: send the new quote — Fiona Park, due 2026-12-22, snoozed from 2026-12-15 (text)\n');
  });

  it('cannot be put off to its own day or before: that is an edit of its day, and the refusal says which', async () => {
    const j = makeJournal({ now: '2026-11-28' });
    await j.ok(['contact', 'add', 'Fiona Park']);
    await j.ok(['remind', 'fiona', 'later', '--on', '2026-12-20']);
    const before = j.dump();
    expect(await expectRefused(j, ['snooze', '1', '--until', '2026-12-10'], 1)).toBe(
      'rel: reminder #1 is due 2026-12-20: a snooze puts it off to a later day; to make it due 2026-12-10 instead: rel reminder edit 1 --on 2026-12-10',
    );
    expect(j.dump()).toBe(before);
    await j.ok(['reminder', 'edit', '1', '--on', '2026-12-10']);
    expect(await j.ok(['today', '--days', '30'])).toContain('• follow up: later — due in 12 days');
  });

  it('put off to its own day: due then already, said so; once snoozed, rel reminder edit --on its own day takes the snooze off', async () => {
    const j = makeJournal({ now: '2026-11-23' });
    await j.ok(['contact', 'add', 'Fiona Park']);
    await j.ok(['remind', 'fiona', 'call', '--on', '2026-11-27']);
    expect(await expectRefused(j, ['snooze', '1', '--until', 'friday'], 1)).toBe('rel: reminder #1 is due 2026-11-27: a snooze puts it off to a later day; it is due then already');
    await j.ok(['snooze', '1', '--until', '2026-12-05']);
    expect(await expectRefused(j, ['snooze', '1', '--until', 'friday'], 1)).toBe(
      'rel: reminder #1 is due 2026-11-27: a snooze puts it off to a later day; to make it due 2026-11-27 instead: rel reminder edit 1 --on 2026-11-27',
    );
    expect(await j.ok(['reminder', 'edit', '1', '--on', '2026-11-27'])).toBe('updated reminder #1: call — Fiona Park, due 2026-11-27 (no longer snoozed)\n');
    expect(await j.ok(['reminders'])).toBe('#1  2026-11-27  Fiona Park  call\n');
    expect(await j.ok(['undo'])).toBe('undid: edit follow-up #1 for Fiona Park (#1) (no longer snoozed): call\n');
    expect(await j.ok(['reminders'])).toBe('#1  2026-12-05  Fiona Park  call  snoozed from 2026-11-27\n');
  });

  it('rel reminders lists open follow-ups in the order of dueOfReminder, snoozed or not', async () => {
    const day = (n: number) => `2026-12-${String(n).padStart(2, '0')}`;
    const followUps = fc.array(fc.record({ due: fc.integer({ min: 1, max: 20 }), snoozeBy: fc.option(fc.integer({ min: 1, max: 9 })) }), { minLength: 1, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(followUps, async (list) => {
        const j = makeJournal({ now: '2026-11-30' });
        await j.ok(['contact', 'add', 'Fiona Park']);
        for (const [i, f] of list.entries()) {
          await j.ok(['remind', 'fiona', `task ${i + 1}`, '--on', day(f.due)]);
          if (f.snoozeBy !== null) await j.ok(['snooze', String(i + 1), '--until', day(f.due + f.snoozeBy)]);
        }
        const expected = list
          .map((f, i) => ({ id: i + 1, due: dueOfReminder({ dueOn: day(f.due), snoozedUntil: f.snoozeBy === null ? null : day(f.due + f.snoozeBy) }) }))
          .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id - b.id));
        for (const limit of [undefined, 3]) {
          const listed = (await j.json<Array<{ id: number }>>(['reminders', '--json', ...(limit ? ['--limit', String(limit)] : ['--all'])])).map((r) => r.id);
          expect(listed).toEqual(expected.slice(0, limit).map((r) => r.id));
        }
        const card = await j.json<{ reminders: Array<{ id: number }> }>(['show', 'fiona', '--json']);
        expect(card.reminders.map((r) => r.id)).toEqual(expected.map((r) => r.id));
      }),
      { numRuns: 15 },
    );
  });
});
