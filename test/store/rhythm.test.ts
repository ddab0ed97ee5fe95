// The store keeps each contact's due day (src/store/rhythm.ts, written from the domain's dueOf
// before each write commits); the ranking computes it again from the facts with
// src/domain/cadence.ts. They must agree on every date and cadence, through changes made after.
// Every command's write path: rhythmWrites.test.ts; the commands' agreement: rhythmAgreement.test.ts.
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber } from '../../src/domain/calendar.js';
import { effectiveCadence, nextDueDate, parseTagCadences } from '../../src/domain/cadence.js';
import { parseDuration } from '../../src/domain/duration.js';
import { addTags, insertContact, updateContact } from '../../src/store/contacts.js';
import { insertConversation } from '../../src/store/conversations.js';
import { Journal } from '../../src/store/journal.js';
import { openJournal } from '../../src/store/open.js';
import { setSetting, setTagCadence, tagCadences } from '../../src/store/settings.js';

let dir: string;
let j: Journal;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rel-rhythm-'));
  const path = join(dir, 'journal.db');
  j = new Journal(openJournal(path), path);
});
afterAll(() => {
  j.close();
  rmSync(dir, { recursive: true, force: true });
});

const day = fc.integer({ min: dayNumber('2019-01-01'), max: dayNumber('2030-12-31') }).map(fromDayNumber);
const cadence = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom('d', 'w', 'm', 'y')).map(([n, unit]) => `${n}${unit}`);
const TAGS = ['vip', 'golf', 'florist'];

function stored(id: number): { due: string; cadenceDays: number } {
  const row = j.stmt<[number], { due_day: number; cadence_days: number }>('SELECT due_day, cadence_days FROM contacts WHERE id = ?').get(id);
  return { due: fromDayNumber(row?.due_day as number), cadenceDays: row?.cadence_days as number };
}

function computed(own: string | null, tags: string[], createdOn: string, last: string | null): string {
  const setting = j.stmt<[], { value: string }>("SELECT value FROM settings WHERE key = 'cadence'").get()?.value ?? '90d';
  const { cadence: applies } = effectiveCadence(own, tags, parseTagCadences(tagCadences(j)), parseDuration(setting));
  return nextDueDate(last ?? createdOn, applies);
}

describe('the stored due day and the domain agree', () => {
  it('for own, tag and default cadences, with and without conversations', () => {
    fc.assert(
      fc.property(
        day,
        fc.option(cadence, { nil: null }),
        fc.subarray(TAGS),
        fc.array(fc.tuple(fc.constantFrom(...TAGS), fc.option(cadence, { nil: null })), { maxLength: 3 }),
        fc.option(cadence, { nil: null }),
        fc.array(day, { maxLength: 3 }),
        (createdOn, own, tags, tagSettings, defaultCadence, conversationDays) => {
          const at = new Date().toISOString();
          const id = j.write(() => {
            for (const [tag, every] of tagSettings) setTagCadence(j, tag, every);
            if (defaultCadence) setSetting(j, 'cadence', defaultCadence);
            const contactId = insertContact(j, { name: 'Property Person', cadence: own }, createdOn, at);
            addTags(j, contactId, tags);
            for (const on of conversationDays) insertConversation(j, { people: [contactId], happenedOn: on, via: null, note: null, complaint: false }, at);
            return contactId;
          });
          const last = conversationDays.length > 0 ? conversationDays.reduce((a, b) => (a > b ? a : b)) : null;
          const due = computed(own, tags, createdOn, last);
          expect(stored(id).due).toBe(due);
          expect(stored(id).cadenceDays).toBe(dayNumber(due) - dayNumber(last ?? createdOn));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('when a cadence, a tag cadence or the default changes afterwards', () => {
    const at = new Date().toISOString();
    const id = j.write(() => {
      const contactId = insertContact(j, { name: 'Changing Person' }, '2024-01-31', at);
      addTags(j, contactId, ['golf']);
      return contactId;
    });
    const check = (own: string | null) => expect(stored(id).due).toBe(computed(own, ['golf'], '2024-01-31', null));
    j.write(() => setSetting(j, 'cadence', '1m'));
    check(null);
    j.write(() => setTagCadence(j, 'golf', '2w'));
    check(null);
    j.write(() => updateContact(j, id, { cadence: '1y' }, at));
    check('1y');
    j.write(() => setTagCadence(j, 'golf', null));
    j.write(() => updateContact(j, id, { cadence: null }, at));
    check(null);
  });
});
