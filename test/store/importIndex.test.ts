// A few records imported into a large journal look up only their own keys (loadImportIndex's
// 'keys'); a large file reads everyone's at once ('everyone'). Both must give the planner the same
// plan, for emails that differ in case (and beyond ASCII), numbers shared or too short to tell
// anyone by, namesakes, names in another order, relatives (named without a middle initial, or
// kept as a name), and referrers up a chain of referrals.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planImport } from '../../src/domain/importPlan.js';
import type { ImportedContact } from '../../src/domain/records.js';
import { addAliases, addEmails, addPhones, insertContact } from '../../src/store/contacts.js';
import { loadImportIndex } from '../../src/store/importer.js';
import { Journal } from '../../src/store/journal.js';
import { openJournal } from '../../src/store/open.js';
import { insertRelation } from '../../src/store/relations.js';

const NAMES = ['Anna Lee', 'anna lee', 'Bo Ray', 'Cy Referrer', 'Di Top', 'Émile Zola', 'Kate K', 'Ed Short'];
const EMAILS = ['anna@example.com', 'Anna@Example.com', 'ANNA@EXAMPLE.COM', 'bo@example.com', 'émile@example.org', 'Émile@Example.org', 'kate@example.net', 'nobody@example.com'];
const PHONES = ['+44 20 7946 0001', '020 7946 0001', '+1 555 0100 222', '123', '+46 70 123 4567'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rel-import-index-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A journal where every key has a twist; `kelvin` stores an email with the Kelvin sign, which lower-cases to an ASCII k. */
function journalWithTwists(kelvin: boolean): Journal {
  const path = join(dir, `twists-${kelvin}.db`);
  const j = new Journal(openJournal(path), path);
  const at = '2026-11-01T09:00:00.000Z';
  j.write(() => {
    const id = (name: string, referredBy?: number) => insertContact(j, { name, referredBy: referredBy ?? null }, '2026-01-01', at);
    const top = id('Di Top');
    const middle = id('Cy Referrer', top);
    const anna = id('Anna Lee', middle);
    addEmails(j, anna, ['Anna@Example.com']);
    addPhones(j, anna, ['+44 20 7946 0001']);
    const namesake = id('anna lee');
    addEmails(j, namesake, ['anna@example.com', 'bo@example.com']);
    addPhones(j, id('Bo Ray', anna), ['020 7946 0001', '123']);
    addEmails(j, id('Émile Zola'), ['Émile@Example.org']);
    addEmails(j, id('Kate K'), [kelvin ? '\u212Aate@example.net' : 'kate@Example.net']);
    addPhones(j, id('Ed Short'), ['+1 555 0100 222']);
    // Someone referred by a person the file names as a referrer: the walk for a loop goes up from there.
    id('Fay Below', anna);
    // Relatives named without a middle initial: one Gil, two Hals (one by an alias); names kept for them.
    id('Gil J. Moss');
    id('Hal Q. Moss');
    addAliases(j, id('Harold Moss'), ['Hal R. Moss']);
    const kept = (contactId: number, otherName: string) => insertRelation(j, { contactId, otherId: null, otherName, kind: 'spouse', word: null, otherWord: null }, at);
    kept(anna, 'Gil Moss');
    kept(namesake, 'Hal Moss');
    for (let i = 0; i < 40; i++) id(`Filler ${i}`);
  });
  return j;
}

const record = fc.record({
  // "Lee, Anna" and "Zola Émile": a name of the journal in another order.
  name: fc.constantFrom(...NAMES, 'New Person', 'Lee, Anna', 'Zola Émile', 'Gil Z. Moss', 'Hal Z. Moss'),
  emails: fc.array(fc.constantFrom(...EMAILS), { maxLength: 2 }),
  phones: fc.array(fc.constantFrom(...PHONES), { maxLength: 2 }),
  referredBy: fc.option(fc.constantFrom(...NAMES, 'Fay Below', 'New Person'), { nil: undefined }),
  relative: fc.option(fc.constantFrom(...NAMES, 'Gil Moss', 'Hal Moss', 'Gil J. Moss'), { nil: undefined }),
});

type Drawn = typeof record extends fc.Arbitrary<infer T> ? T : never;

function imported(drawn: Drawn[]): ImportedContact[] {
  return drawn.map((r, i) => ({
    name: r.name,
    emails: r.emails,
    phones: r.phones,
    aliases: [],
    tags: [],
    ...(r.referredBy === undefined ? {} : { referredBy: r.referredBy }),
    ...(r.relative === undefined ? {} : { relations: [{ name: r.relative, kind: 'spouse' as const, line: i + 2 }] }),
    source: { file: 'people.csv', line: i + 2 },
  }));
}

describe.each([false, true])('the import index by keys and by everyone (Kelvin sign stored: %s)', (kelvin) => {
  let j: Journal;
  beforeAll(() => {
    j = journalWithTwists(kelvin);
  });
  afterAll(() => j.close());

  it('gives the planner the same plan', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 4 }), (drawn) => {
        const records = imported(drawn);
        expect(planImport(records, loadImportIndex(j, records, 'keys'))).toEqual(planImport(records, loadImportIndex(j, records, 'everyone')));
      }),
      { numRuns: 300 },
    );
  });

  it('sees a loop of referrals through a journal person a record matches by email', () => {
    // Found by the property above: "New Person" is Anna Lee (#3) by her email, and the journal's
    // chain up from her reaches Kate K, whom the file has New Person refer.
    const records = imported([
      { name: 'Di Top', emails: [], phones: [], referredBy: 'Kate K', relative: undefined },
      { name: 'Kate K', emails: [], phones: [], referredBy: 'New Person', relative: undefined },
      { name: 'New Person', emails: ['anna@example.com'], phones: [], referredBy: undefined, relative: undefined },
    ]);
    const plan = planImport(records, loadImportIndex(j, records, 'keys'));
    expect(plan).toEqual(planImport(records, loadImportIndex(j, records, 'everyone')));
    expect(plan.warnings).toEqual([expect.stringMatching(/^line 3: Kate K is referred by New Person, but that would make a loop of referrals/)]);
  });

  it('reads only the names the records give, and those their people\'s relations keep, unless an email needs every letter folded', () => {
    const records = imported([{ name: 'Anna Lee', emails: ['anna@example.com'], phones: [], referredBy: undefined, relative: undefined }]);
    const owners = loadImportIndex(j, records, 'keys').nameOwners;
    // The Anna Lees keep the names Gil Moss and Hal Moss: whoever has them, or them with a middle initial.
    const kept = ['gil j. moss', 'hal q. moss', 'hal r. moss'];
    expect([...(owners as Map<string, number[]>).keys()]).toEqual(kelvin ? expect.arrayContaining(['anna lee', 'filler 0']) : ['anna lee', ...kept]);
  });
});
