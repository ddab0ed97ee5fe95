// A conversation is logged once it has happened (SPEC §3, rel add --on): a day after today is a
// plan, and plans are follow-ups. `rel add kwame --on "next friday"` used to log a conversation a
// week ahead, which then held off drifting.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom, makeJournal } from '../harness/journal.js';

// 2026-11-23, the harness's day, is a Monday.
const withKwame = journalFrom(async (j) => {
  await j.ok(['add', 'Kwame Mensah', '--note', 'met at the fair', '--on', '2026-11-02']);
});

describe('a conversation dated after today is refused, pointing to rel remind', () => {
  it('rel add --on tomorrow, --on "next friday", --on a date (usage error, nothing written)', async () => {
    const j = await withKwame();
    expect(await expectRefused(j, ['add', 'kwame', '--note', 'lunch', '--on', 'tomorrow'], 2)).toBe(
      'rel: --on 2026-11-24 is after today (2026-11-23): a conversation is logged once it has happened; to plan one, set a follow-up: rel remind "Kwame Mensah" "what to do" --on 2026-11-24',
    );
    expect(await expectRefused(j, ['add', 'kwame', '--note', 'lunch', '--on', 'next friday'], 2)).toMatch(/^rel: --on 2026-11-27 is after today \(2026-11-23\): .* rel remind "Kwame Mensah" "what to do" --on 2026-11-27$/);
    expect(await expectRefused(j, ['add', 'Kwame Mensah', '--note', 'lunch', '--on', '2027-01-05'], 2)).toMatch(/rel remind "Kwame Mensah" "what to do" --on 2027-01-05$/);
    // A name the shell would read into inside double quotes is written in single quotes.
    await j.ok(['contact', 'add', 'Kim $PRICE Lo']);
    expect(await expectRefused(j, ['add', 'kim', '--note', 'lunch', '--on', 'in 2 weeks'], 2)).toMatch(/rel remind 'Kim \$PRICE Lo' "what to do" --on 2026-12-07$/);
  });

  it('does not create a person named in a refused add', async () => {
    const j = await withKwame();
    await expectRefused(j, ['add', 'Ama Owusu', '--note', 'lunch', '--on', 'next friday'], 2);
    expect((await j.json<unknown[]>(['list', '--json'])).length).toBe(1);
  });

  it('today and earlier days are logged; the plan goes in as a follow-up', async () => {
    const j = await withKwame();
    expect(await j.ok(['add', 'kwame', '--note', 'call', '--on', 'today'])).toBe('logged conversation with Kwame Mensah on 2026-11-23 (#2)\n');
    expect(await j.ok(['add', 'kwame', '--note', 'call', '--on', 'friday'])).toBe('logged conversation with Kwame Mensah on 2026-11-20 (#3)\n');
    expect(await j.ok(['remind', 'kwame', 'lunch', '--on', 'next friday'])).toBe('reminder 1: lunch — Kwame Mensah, due 2026-11-27\n');
    // The last conversation is today's, not one a week ahead.
    expect((await j.json(['show', 'kwame', '--json'])).person.rhythm.lastContactOn).toBe('2026-11-23');
  });

  it('rel conversation edit ID --on a later day', async () => {
    const j = await withKwame();
    expect(await expectRefused(j, ['conversation', 'edit', '1', '--on', 'next friday'], 2)).toBe(
      'rel: --on 2026-11-27 is after today (2026-11-23): a conversation is logged once it has happened; to plan one, set a follow-up: rel remind NAME "what to do" --on 2026-11-27',
    );
  });

  it('a journal restored from a file with a conversation after today (exit 1, nothing written)', async () => {
    const j = await withKwame();
    const doc = JSON.parse(await j.ok(['export', 'all'])) as { conversations: Array<{ happenedOn: string }> };
    doc.conversations[0]!.happenedOn = '2026-12-01';
    const fresh = makeJournal();
    await fresh.ok(['list']); // the empty journal, made
    expect(await expectRefused(fresh, ['import', '-'], 1, { input: JSON.stringify(doc) })).toBe(
      'rel: stdin, field conversations[0].happenedOn: 2026-12-01 is after today (2026-11-23): a conversation is logged once it has happened; correct the day in the file, or restore it on or after 2026-12-01',
    );
    // The same file restores once its day has come.
    expect(await fresh.ok(['import', '-'], { input: JSON.stringify(doc), now: '2026-12-01' })).toMatch(/^restored 1 contact, 1 conversation/);
  });
});
