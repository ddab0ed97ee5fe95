// The end of a snooze or a pause is a day after today: a date error there lists only the forms the
// field takes (SPEC §3, §6), so not "today", which it refuses as "not after today".
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { makeJournal } from '../harness/journal.js';

const FORMS = 'use YYYY-MM-DD, YYYY-MM (its first day), tomorrow, a weekday, or a phrase such as "in 2 weeks", "next friday"';

describe('--until of rel snooze and rel pause', () => {
  it('lists the forms it takes, without today', async () => {
    const j = makeJournal({ now: '2026-12-06' });
    await j.ok(['contact', 'add', 'Bob Stone']);
    await j.ok(['remind', 'bob', 'call', '--on', '2026-12-10']);
    expect(await expectRefused(j, ['snooze', '1', '--until', 'someday'], 2)).toBe(`rel: --until: "someday" is not a date; ${FORMS}`);
    expect(await expectRefused(j, ['pause', 'bob', '--until', 'someday'], 2)).toBe(`rel: --until: "someday" is not a date; ${FORMS}`);
  });
});
