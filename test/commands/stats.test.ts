// rel stats end to end on a journal whose numbers are known, piped (plain chart) and as JSON.
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJournal, type TestJournal } from '../harness/journal.js';

// Today is Monday 2026-11-23; the chart runs from Monday 2026-06-01.
describe('rel stats', () => {
  let j: TestJournal;
  beforeAll(async () => {
    j = makeJournal();
    await j.ok(['contact', 'add', 'Ann Active']);
    await j.ok(['contact', 'add', 'Ben Soon', '--every', '30d', '--referred-by', 'ann']);
    await j.ok(['contact', 'add', 'Cat Drift', '--every', '2w', '--referred-by', 'ann']);
    await j.ok(['contact', 'add', 'Dan Never', '--referred-by', 'ben']);
    await j.ok(['contact', 'add', 'Eve Paused']);
    await j.ok(['contact', 'add', 'Fay Gone']);
    await j.ok(['add', 'ann', '--via', 'call', '--note', 'late delivery', '--complaint', '--on', '2026-11-20']); // #1
    await j.ok(['add', 'ann', '--via', 'message', '--note', 'thanks', '--on', '2026-11-23']);
    await j.ok(['add', 'ben', '--via', 'email', '--note', 'wrong colour', '--complaint', '--on', '2026-10-28']); // #3, stays open
    await j.ok(['add', 'cat', '--note', 'invoice twice', '--complaint', '--on', '2026-09-10']); // #4, no channel
    await j.ok(['add', 'cat', '--via', 'meeting', '--note', 'catch-up', '--on', '2026-10-01']);
    await j.ok(['add', 'eve', '--via', 'call', '--note', 'summer plans', '--on', '2026-06-01']);
    await j.ok(['add', 'fay', '--via', 'visit', '--note', 'last visit', '--on', '2026-11-16']);
    await j.ok(['resolve', '1'], { now: '2026-11-21T09:00:00' }); // 1 day
    await j.ok(['resolve', '4'], { now: '2026-09-13T09:00:00' }); // 3 days
    await j.ok(['pause', 'eve', '--until', '2026-12-15']);
    await j.ok(['archive', 'fay']);
  });

  it('prints the numbers as JSON', async () => {
    const stats = JSON.parse(await j.ok(['stats', '--json']));
    expect(stats.date).toBe('2026-11-23');
    expect(stats.contacts).toEqual({ active: 5, archived: 1, onTrack: 1, dueSoon: 1, drifting: 1, neverContacted: 1, paused: 1 });
    expect(stats.conversationsPerWeek).toHaveLength(26);
    expect(stats.conversationsPerWeek[0]).toEqual({ week: '2026-06-01', conversations: 1 });
    const busy = stats.conversationsPerWeek.filter((w: { conversations: number }) => w.conversations > 0);
    expect(busy).toEqual([
      { week: '2026-06-01', conversations: 1 },
      { week: '2026-09-07', conversations: 1 },
      { week: '2026-09-28', conversations: 1 },
      { week: '2026-10-26', conversations: 1 },
      { week: '2026-11-16', conversations: 2 },
      { week: '2026-11-23', conversations: 1 },
    ]);
    expect(stats.channels).toEqual([
      { via: 'call', conversations: 2 },
      { via: 'email', conversations: 1 },
      { via: 'meeting', conversations: 1 },
      { via: 'message', conversations: 1 },
      { via: 'visit', conversations: 1 },
      { via: null, conversations: 1 },
    ]);
    expect(stats.complaints).toEqual({ open: 1, openArchived: 0, resolved: 2, averageDaysToResolve: 2 });
    expect(stats.topReferrers).toEqual([
      { person: { id: 1, name: 'Ann Active' }, archived: false, referredCount: 2, referred: [{ id: 2, name: 'Ben Soon' }, { id: 3, name: 'Cat Drift' }] },
      { person: { id: 2, name: 'Ben Soon' }, archived: false, referredCount: 1, referred: [{ id: 4, name: 'Dan Never' }] },
    ]);
  });

  it('prints a plain-text report with a # chart when piped', async () => {
    const out = await j.ok(['stats']);
    // eslint-disable-next-line no-control-regex -- a colour escape is what must not be there
    expect(out).not.toMatch(/\u001b\[|█/);
    expect(out).toContain('How your relationships are doing on 2026-11-23\n');
    expect(out).toContain(
      [
        'Keep in touch: 5 people; 1 archived not counted',
        '  on track             1',
        '  due soon             1  next conversation due within 7 days',
        '  drifting             1  past their keep-in-touch cadence',
        '  never contacted      1',
        '  paused               1',
      ].join('\n'),
    );
    expect(out).toContain('Conversations per week, last 26 weeks: 7\n2026-06-01  #  1\n2026-06-08    0\n');
    expect(out).toContain('2026-11-09    0\n2026-11-16  ##  2\n2026-11-23  #  1\n');
    expect(out.match(/^\d{4}-\d{2}-\d{2} {2}#* {2}\d+$/gm)).toHaveLength(26);
    expect(out).toMatch(/^Channels\n {2}call +2\n {2}email +1\n {2}meeting +1\n {2}message +1\n {2}visit +1\n {2}not recorded +1\n/m);
    expect(out).toContain('Complaints: 1 open, 2 resolved; 2 days to resolve on average\n');
    expect(out).toContain('Top referrers\n  Ann Active #1 brought in 2: Ben Soon #2, Cat Drift #3\n  Ben Soon #2 brought in 1: Dan Never #4\n');
  });

  it('marks an archived referrer, as rel show does, in the text and in --json', async () => {
    const k = makeJournal();
    await k.ok(['contact', 'add', 'Ann Lee']);
    await k.ok(['contact', 'add', 'Bob Ray', '--referred-by', 'ann']);
    await k.ok(['archive', 'ann']);
    expect(await k.ok(['show', 'bob'])).toContain('Ann Lee (#1, archived)');
    expect(await k.ok(['stats'])).toContain('Top referrers\n  Ann Lee #1 (archived) brought in 1: Bob Ray #2\n');
    expect(JSON.parse(await k.ok(['stats', '--json'])).topReferrers).toEqual([{ person: { id: 1, name: 'Ann Lee' }, archived: true, referredCount: 1, referred: [{ id: 2, name: 'Bob Ray' }] }]);
  });

  it('says how to start on an empty journal', async () => {
    const empty = makeJournal();
    expect(await empty.ok(['stats'])).toBe('Your journal is empty. Add the first person you talked to:\n  rel add "Jane Doe" --via call --note "what you talked about"\n');
    expect(JSON.parse(await empty.ok(['stats', '--json'])).contacts).toEqual({ active: 0, archived: 0, onTrack: 0, dueSoon: 0, drifting: 0, neverContacted: 0, paused: 0 });
  });
});

describe('rel stats and an archived person\'s open complaint', () => {
  it('counts open only the complaints rel today can show, and says the others apart', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'A One']);
    await j.ok(['contact', 'add', 'C Three']);
    await j.ok(['archive', 'C Three']);
    await j.ok(['add', 'C Three', '--note', 'broken vase', '--complaint']);
    // Only an archived person's: no longer "none logged", and none open.
    expect(await j.ok(['stats'])).toContain('\nComplaints: 0 open, 0 resolved; 1 open with archived people not counted\n');
    await j.ok(['add', 'A One', '--note', 'late delivery', '--complaint', '--on', '2026-11-20']);
    // One with an archived and an active person is on the active one's list: counted open.
    await j.ok(['add', 'A One', 'C Three', '--note', 'wrong invoice', '--complaint', '--on', '2026-11-21']);
    expect(await j.ok(['stats'])).toContain('\nComplaints: 2 open, 0 resolved; 1 open with archived people not counted\n');
    expect(JSON.parse(await j.ok(['stats', '--json'])).complaints).toEqual({ open: 2, openArchived: 1, resolved: 0, averageDaysToResolve: null });
    const today = await j.ok(['today', '--all']);
    expect(today.match(/complaint open/g)).toHaveLength(2);
    expect(today).not.toContain('broken vase');
    await j.ok(['unarchive', 'C Three']);
    expect(JSON.parse(await j.ok(['stats', '--json'])).complaints).toMatchObject({ open: 3, openArchived: 0 });
  });

  it('counts a complaint of two archived people once, and open again once one of them is back', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'B Two']);
    await j.ok(['contact', 'add', 'D Four']);
    await j.ok(['add', 'B Two', 'D Four', '--note', 'lost order', '--complaint']);
    await j.ok(['archive', 'B Two']);
    expect(JSON.parse(await j.ok(['stats', '--json'])).complaints).toMatchObject({ open: 1, openArchived: 0 });
    await j.ok(['archive', 'D Four']);
    expect(JSON.parse(await j.ok(['stats', '--json'])).complaints).toMatchObject({ open: 0, openArchived: 1 });
    await j.ok(['unarchive', 'B Two']);
    expect(JSON.parse(await j.ok(['stats', '--json'])).complaints).toMatchObject({ open: 1, openArchived: 0 });
  });
});
