import { describe, expect, it } from 'vitest';
import { importTag } from '../../src/domain/contactMerge.js';
import { phoneKey } from '../../src/domain/phoneNumbers.js';
import { countOutcomes, planImport } from '../../src/domain/importPlan.js';
import type { ExistingContact } from '../../src/domain/importPlan.js';
import { existing, indexOf, nextLine, record } from '../harness/importIndex.js';

const EMPTY = indexOf([]);

describe('planImport', () => {
  it('adds people the journal does not know, with their lists and note', () => {
    const plan = planImport([record('Jane Doe', { emails: ['jane@example.com'], phones: ['+1 512 555 0100'], tags: ['Inner circle', '* starred'], note: 'loves golf', company: 'Doe & Co' })], EMPTY);
    expect(plan.adds).toHaveLength(1);
    expect(plan.adds[0]).toMatchObject({ name: 'Jane Doe', emails: ['jane@example.com'], phones: ['+1 512 555 0100'], tags: ['inner circle', 'starred'], notes: ['loves golf'], fields: { company: 'Doe & Co' }, archived: false });
    expect(countOutcomes(plan.outcomes)).toEqual({ add: 1, update: 0, skip: 0 });
  });

  it('matches a journal contact by email, ignoring case, before the name', () => {
    const index = indexOf([existing(4, 'Jane Doe', { emails: ['Jane@Example.com'] }), existing(7, 'J. Doe')]);
    const plan = planImport([record('J. Doe', { emails: ['jane@example.COM'], role: 'Owner' })], index);
    expect(plan.adds).toEqual([]);
    expect(plan.updates).toEqual([expect.objectContaining({ id: 4, fields: { role: 'Owner' } })]);
    expect(plan.outcomes[0]).toMatchObject({ kind: 'update', id: 4, name: 'Jane Doe', changes: ['role'] });
  });

  it('else by the full name, ignoring case and accents', () => {
    const plan = planImport([record('JOSE NUNEZ', { emails: ['jose@example.com'] })], indexOf([existing(2, 'José Núñez')]));
    expect(plan.updates).toEqual([expect.objectContaining({ id: 2, emails: ['jose@example.com'] })]);
  });

  it('fills only empty fields and adds only new values: nothing is overwritten or blanked', () => {
    const jane = existing(1, 'Jane Doe', { company: 'Doe & Co', emails: ['jane@example.com'], phones: ['(512) 555-0160'], aliases: ['JD'], tags: ['vip'] });
    const plan = planImport(
      [record('Jane Doe', { company: 'Other Inc', role: 'Owner', emails: ['JANE@example.com', 'j@work.example'], phones: ['+1 512-555-0160'], aliases: ['jd', 'Janey'], tags: ['VIP', 'clients'] })],
      indexOf([jane]),
    );
    expect(plan.updates).toEqual([{ id: 1, name: 'Jane Doe', fields: { role: 'Owner' }, emails: ['j@work.example'], phones: [], aliases: ['Janey'], tags: ['clients'], notes: [], dates: [] }]);
    expect(plan.outcomes[0]).toMatchObject({ changes: ['role', '+1 email', '+1 alias', '+1 tag'] });
  });

  it('adds a number with the same national digits under another country code: two numbers, as rel contact add keeps them', () => {
    const ana = existing(1, 'Ana Ruiz', { emails: ['ana@example.com'], phones: ['+34 600 100 200', '204'] });
    const plan = planImport([record('Ana Ruiz', { emails: ['ana@example.com'], phones: ['+1 600 100 200', '0034 600-100-200', '600 100 200', ' 204 '] })], indexOf([ana]));
    expect(plan.updates).toEqual([expect.objectContaining({ id: 1, phones: ['+1 600 100 200'] })]);
    expect(plan.outcomes[0]).toMatchObject({ changes: ['+1 phone'] });
    const twice = planImport([record('Ben Ode', { phones: ['+34 600 100 200', '+1 600 100 200', '+1 (600) 100-200'] })], EMPTY);
    expect(twice.adds[0]?.phones).toEqual(['+34 600 100 200', '+1 600 100 200']);
  });

  it('skips a record that brings nothing new, so a second import changes nothing', () => {
    const plan = planImport([record('Jane Doe', { emails: ['jane@example.com'], note: 'loves golf' })], indexOf([existing(1, 'Jane Doe', { emails: ['jane@example.com'] })], [[1, 'loves golf']]));
    expect(plan.updates).toEqual([]);
    expect(plan.outcomes[0]).toMatchObject({ kind: 'skip', reason: 'already up to date (#1)', unchanged: true });
  });

  it('a record whose values differ from the journal\'s says so: nothing new, the journal keeps its own', () => {
    const jane = existing(1, 'Jane Doe', { company: 'Doe Flowers', birthday: '1980-12-31' });
    const plan = planImport([record('Jane Doe', { company: 'Doe Floral Ltd', birthday: '1981-12-31' })], indexOf([jane]));
    expect(plan.updates).toEqual([]);
    expect(plan.outcomes[0]).toMatchObject({
      kind: 'skip',
      unchanged: true,
      reason: 'nothing new (#1); the journal keeps its company (Doe Flowers, not Doe Floral Ltd) and birthday (1980-12-31, not 1981-12-31)',
      kept: 'the journal keeps its company (Doe Flowers, not Doe Floral Ltd) and birthday (1980-12-31, not 1981-12-31)',
    });
    // The same values are up to date; so is a record that leaves the fields empty.
    for (const same of [record('Jane Doe', { company: 'Doe Flowers', birthday: '1980-12-31' }), record('Jane Doe')]) {
      const outcome = planImport([same], indexOf([jane])).outcomes[0];
      expect(outcome).toEqual(expect.objectContaining({ reason: 'already up to date (#1)' }));
      expect(outcome).not.toHaveProperty('kept');
    }
  });

  it('a record that names the contact otherwise says the journal keeps its name; not another order, an alias or a stand-in', () => {
    const ann = existing(1, 'Ann Lee', { emails: ['ann@example.com'], company: 'Doe', aliases: ['Annie'] });
    const renamed = planImport([record('Annie Leeson', { emails: ['ann@example.com'], company: 'Doe Ltd' })], indexOf([ann])).outcomes[0];
    expect(renamed).toMatchObject({ kind: 'skip', reason: 'nothing new (#1); the journal keeps its name (Ann Lee, not Annie Leeson) and company (Doe, not Doe Ltd)' });
    // Lee, Ann is Ann Lee; Annie is her alias; a record named by its email or company has no name of its own.
    for (const same of ['Lee, Ann', 'ANN LEE', 'annie', 'ann@example.com', 'Doe']) {
      const outcome = planImport([record(same, { emails: ['ann@example.com'], company: 'Doe' })], indexOf([ann])).outcomes[0];
      expect(outcome, same).toMatchObject({ reason: 'already up to date (#1)' });
    }
  });

  it('an update that fills some fields says which different values the contact keeps; so does a record of the same file', () => {
    const jane = existing(1, 'Jane Doe', { company: 'Doe Flowers', cadence: '1m' });
    const update = planImport([record('Jane Doe', { company: 'Doe Floral Ltd', role: 'Owner', cadence: '2w' })], indexOf([jane])).outcomes[0];
    expect(update).toMatchObject({ kind: 'update', changes: ['role'], kept: 'the journal keeps its company (Doe Flowers, not Doe Floral Ltd) and cadence (1m, not 2w)' });
    const inFile = planImport([record('Bo Ray', { role: 'Chef' }), record('bo ray', { role: 'Cook', met: 'at the market' }), record('Bo Ray', { role: 'Baker' })], EMPTY).outcomes;
    expect(inFile[1]).toMatchObject({ kind: 'update', changes: ['how met'], kept: 'the person keeps their role (Chef, not Cook)' });
    expect(inFile[2]).toMatchObject({ kind: 'skip', reason: `nothing new since line ${inFile[0]!.source.line}; the person keeps their role (Chef, not Baker)` });
  });

  it('a referral that cannot be linked and is on the card already leaves a skip that still says what the journal kept', () => {
    const plan = planImport([record('Jane Doe', { referredBy: 'Nobody', company: 'Other' })], indexOf([existing(1, 'Jane Doe', { company: 'Doe & Co' })], [[1, 'Referred by Nobody']]));
    expect(plan.outcomes[0]).toMatchObject({ kind: 'skip', unchanged: true, reason: 'nothing new (#1); the journal keeps its company (Doe & Co, not Other)' });
  });

  it('a note becomes a remembered detail unless the same text is already there', () => {
    const index = indexOf([existing(1, 'Jane Doe')], [[1, 'loves golf']]);
    expect(planImport([record('Jane Doe', { note: ' loves golf ' })], index).updates).toEqual([]);
    expect(planImport([record('Jane Doe', { note: 'two kids\r\nboth at school' })], index).updates[0]!.notes).toEqual(['two kids\nboth at school']);
  });

  it("a birthday's year fills in the same day kept without one; another day is kept, as before", () => {
    const index = indexOf([existing(1, 'Karl Schmidt', { birthday: '--11-02' })]);
    expect(planImport([record('Karl Schmidt', { birthday: '1970-11-02' })], index).updates).toEqual([expect.objectContaining({ id: 1, fields: { birthday: '1970-11-02' } })]);
    const other = planImport([record('Karl Schmidt', { birthday: '1970-11-03' })], index);
    expect(other.updates).toEqual([]);
    expect(other.outcomes[0]).toMatchObject({ kind: 'skip', kept: 'the journal keeps its birthday (--11-02, not 1970-11-03)' });
    const dated = indexOf([existing(1, 'Karl Schmidt', { birthday: '1970-11-02' })]);
    // The day without its year says nothing other: up to date, no value kept.
    expect(planImport([record('Karl Schmidt', { birthday: '--11-02' })], dated).outcomes).toEqual([expect.objectContaining({ kind: 'skip', reason: 'already up to date (#1)' })]);
  });

  it('a note that grew by lines (an older import kept it without them) adds only the new lines; then nothing', () => {
    const index = indexOf([existing(1, 'Jane Doe')], [[1, 'Met at the trade show.\nPrefers calls after 3pm.'], [1, 'loves golf']]);
    const grown = 'Met at the trade show.\nPrefers calls after 3pm.\nDepartment: Retail\nWebsite: http://doe.example';
    expect(planImport([record('Jane Doe', { note: grown })], index).updates[0]!.notes).toEqual(['Department: Retail\nWebsite: http://doe.example']);
    const after = indexOf([existing(1, 'Jane Doe')], [[1, 'Met at the trade show.\nPrefers calls after 3pm.'], [1, 'Department: Retail\nWebsite: http://doe.example']]);
    expect(planImport([record('Jane Doe', { note: grown })], after).updates).toEqual([]);
    // Lines each remembered somewhere are the note known; a line of none is new with the note whole.
    expect(planImport([record('Jane Doe', { note: 'loves golf\nPrefers calls after 3pm.' })], index).updates).toEqual([]);
    expect(planImport([record('Jane Doe', { note: 'two kids\nloves tennis' })], index).updates[0]!.notes).toEqual(['two kids\nloves tennis']);
  });

  it('matches records of the same file: a later one fills in the contact an earlier one adds', () => {
    const plan = planImport(
      [record('Jane Doe', { emails: ['jane@example.com'] }), record('Jane D.', { emails: ['JANE@example.com'], phones: ['555 0100'] }), record('J. Doe', { phones: ['555-0100'] }), record('Bob Lee')],
      EMPTY,
    );
    expect(plan.adds.map((a) => [a.name, a.emails, a.phones])).toEqual([
      ['Jane Doe', ['jane@example.com'], ['555 0100']],
      ['Bob Lee', [], []],
    ]);
    expect(plan.outcomes.map((o) => o.kind)).toEqual(['add', 'update', 'skip', 'add']);
    expect(plan.outcomes[1]).toMatchObject({ mergedInto: { line: plan.adds[0]!.source.line } });
  });

  it('several journal contacts of one name: the record is skipped, saying why', () => {
    const plan = planImport([record('Sam Lee')], indexOf([existing(3, 'Sam Lee'), existing(9, 'Sam Lee')]));
    expect(plan.outcomes[0]).toMatchObject({ kind: 'skip', reason: expect.stringContaining('2 contacts are named Sam Lee (#3, #9)') });
    expect(plan.adds).toEqual([]);
  });

  it('records the reader could not name are skipped with a reason, in file order', () => {
    const ann = record('Ann');
    const unnamed = { file: 'x.csv', line: nextLine() };
    const plan = planImport([ann, record('Bea')], EMPTY, [unnamed]);
    expect(plan.outcomes.map((o) => o.kind)).toEqual(['add', 'skip', 'add']);
    expect(plan.outcomes[1]).toMatchObject({ reason: 'no name, email or phone to know the contact by' });
  });

  it('remembers yearly dates (an anniversary) once: not again from a later record, nor over a detail of that text', () => {
    const wedding = { text: 'anniversary', date: '2010-06-14' };
    const plan = planImport([record('Ann Lee', { dates: [wedding] }), record('ann lee', { dates: [wedding, { text: 'date', date: '--01-02' }] })], EMPTY);
    expect(plan.adds).toMatchObject([{ name: 'Ann Lee', dates: [wedding, { text: 'date', date: '--01-02' }] }]);
    expect(plan.outcomes.map((o) => o.kind === 'update' && o.changes)).toEqual([false, ['+1 date']]);
    const journal = indexOf([existing(3, 'Bo Ray')], [[3, 'anniversary']]);
    const again = planImport([record('Bo Ray', { dates: [wedding] })], journal);
    expect(again.updates).toEqual([]);
    expect(again.outcomes[0]).toMatchObject({ kind: 'skip', unchanged: true });
    expect(planImport([record('Bo Ray', { dates: [{ text: 'shop opened', date: '2019-09-01' }] })], journal).updates).toMatchObject([{ id: 3, dates: [{ text: 'shop opened', date: '2019-09-01' }] }]);
  });

  it('a date the contact has on another day is a value the journal keeps: not taken, and said as a birthday is', () => {
    const journal = indexOf([existing(3, 'Bo Ray', { emails: ['bo@ray.example'] })], [[3, 'anniversary', '2010-06-14']]);
    const other = planImport([record('Bo Ray', { dates: [{ text: 'anniversary', date: '2011-06-13' }] })], journal);
    expect(other.updates).toEqual([]);
    expect(other.outcomes[0]).toMatchObject({ kind: 'skip', unchanged: true, reason: 'nothing new (#3); the journal keeps its anniversary (2010-06-14, not 2011-06-13)' });
    const withEmail = planImport([record('Bo Ray', { emails: ['bo@ray.example', 'bo@work.example'], dates: [{ text: 'anniversary', date: '2011-06-13' }, { text: 'date', date: '2019-09-01' }] })], journal);
    expect(withEmail.updates).toMatchObject([{ id: 3, emails: ['bo@work.example'], dates: [{ text: 'date', date: '2019-09-01' }] }]);
    expect(withEmail.outcomes[0]).toMatchObject({ kind: 'update', changes: ['+1 email', '+1 date'], kept: 'the journal keeps its anniversary (2010-06-14, not 2011-06-13)' });
    // The same day, or that day without its year: nothing to say.
    for (const date of ['2010-06-14', '--06-14']) expect(planImport([record('Bo Ray', { dates: [{ text: 'anniversary', date }] })], journal).outcomes[0]).toMatchObject({ reason: 'already up to date (#3)' });
    // Two records of one person in the file: the first one's day is kept.
    const inFile = planImport([record('Ann Lee', { dates: [{ text: 'anniversary', date: '2010-06-14' }] }), record('ann lee', { dates: [{ text: 'anniversary', date: '2012-01-01' }] })], EMPTY);
    expect(inFile.adds).toMatchObject([{ dates: [{ text: 'anniversary', date: '2010-06-14' }] }]);
    expect(inFile.outcomes[1]).toMatchObject({ kind: 'skip', kept: 'the person keeps their anniversary (2010-06-14, not 2012-01-01)' });
  });

  it('archived otherwise than the journal keeps it (rel CSV edited) is said as a value the journal keeps', () => {
    const index = indexOf([existing(1, 'Jane Doe'), existing(2, 'Bo Ray', { archived: true })]);
    const plan = planImport([record('Jane Doe', { archived: true, role: 'Owner' }), record('Bo Ray', { archived: false }), record('Bo Ray', { archived: true })], index);
    expect(plan.outcomes).toMatchObject([
      { kind: 'update', changes: ['role'], kept: 'the journal keeps its archived flag (false, not true)' },
      { kind: 'skip', reason: 'nothing new (#2); the journal keeps its archived flag (true, not false)' },
      { kind: 'skip', reason: 'already up to date (#2)' },
    ]);
    const added = planImport([record('Cy Lee'), record('cy lee', { archived: true }), record('Cy Lee', { archived: false })], EMPTY);
    expect(added.adds).toMatchObject([{ name: 'Cy Lee', archived: true }]);
    expect(added.outcomes[2]).toMatchObject({ kind: 'skip', kept: 'the person keeps their archived flag (true, not false)' });
  });

  it('links referrers by name: in the journal, earlier or later in the file', () => {
    const index = indexOf([existing(5, 'Ben Carter')]);
    const plan = planImport(
      [record('Ann', { referredBy: 'ben carter' }), record('Bea', { referredBy: 'Cleo' }), record('Cleo', { referredBy: 'Ann' }), record('Dee', { referredBy: 'Nobody' })],
      index,
    );
    expect(plan.adds.map((a) => a.referrer)).toEqual([{ existing: 5 }, { added: 2 }, { added: 0 }, undefined]);
    expect(plan.warnings).toEqual([expect.stringContaining('Dee is referred by Nobody, but nobody of that name is in the journal or the file')]);
  });

  it('a referrer who is nobody is kept by name on the card, once: then the record changes nothing and says nothing', () => {
    const plan = planImport([record('Jane Doe', { referredBy: 'Nobody' })], indexOf([existing(1, 'Jane Doe')]));
    expect(plan.updates).toEqual([expect.objectContaining({ id: 1, notes: ['Referred by Nobody'] })]);
    expect(plan.updates[0]!.referrer).toBeUndefined();
    expect(plan.outcomes[0]).toMatchObject({ kind: 'update', changes: ['referrer by name'] });
    expect(plan.warnings).toEqual([expect.stringMatching(/: Jane Doe is referred by Nobody, but nobody of that name is in the journal or the file; not linked, kept on their card as "Referred by Nobody"$/)]);
    const again = planImport([record('Jane Doe', { referredBy: 'Nobody' })], indexOf([existing(1, 'Jane Doe')], [[1, 'Referred by Nobody']]));
    expect(again.updates).toEqual([]);
    expect(again.outcomes[0]).toMatchObject({ kind: 'skip', unchanged: true });
    expect(again.warnings, 'kept before: nothing to say again').toEqual([]);
  });

  it('links no referral that would close a loop, in the file or with the journal', () => {
    const inFile = planImport([record('Ann', { referredBy: 'Bea' }), record('Bea', { referredBy: 'Ann' })], EMPTY);
    expect(inFile.adds.map((a) => a.referrer)).toEqual([{ added: 1 }, undefined]);
    expect(inFile.warnings).toEqual([expect.stringMatching(/: Bea is referred by Ann, but that would make a loop of referrals, Bea ← Ann ← Bea \(each referred by the next\); not linked$/)]);
    // Cy (#3) ← Bo (#2) ← Al (#1) in the journal: Al referred by Cy closes it.
    const journal = indexOf([existing(1, 'Al'), existing(2, 'Bo', { referredBy: 1 }), existing(3, 'Cy', { referredBy: 2 })]);
    const withJournal = planImport([record('Al', { referredBy: 'Cy' })], journal);
    expect(withJournal.updates).toEqual([]);
    expect(withJournal.warnings).toEqual([expect.stringContaining('Al is referred by Cy, but that would make a loop of referrals, Al ← Cy ← Bo ← Al')]);
  });

  it("of one person's records, the first referral that can be linked is, so a second import links nothing", () => {
    const index = indexOf([existing(4, 'Marc Alonso'), existing(6, 'Marc Alonso'), existing(9, 'Conor Bonnet')]);
    const records = [record('Jack Berard', { referredBy: 'Marc Alonso' }), record('Jack Berard', { emails: ['jack@example.com'], referredBy: 'Conor Bonnet' })];
    const plan = planImport(records, index);
    expect(plan.adds).toEqual([expect.objectContaining({ name: 'Jack Berard', referrer: { existing: 9 } })]);
    expect(plan.warnings).toEqual([]); // the referral of the first record says nothing once the second is linked
    expect(plan.outcomes.map((o) => o.kind === 'update' && o.changes)).toEqual([false, ['+1 email', 'referrer']]);
    const imported = indexOf([...index.contacts.values(), existing(10, 'Jack Berard', { emails: ['jack@example.com'], referredBy: 9 })]);
    expect(planImport(records, imported).updates).toEqual([]);
    // None can be linked: each is warned of.
    expect(planImport([record('Jack Berard', { referredBy: 'Marc Alonso' }), record('Jack Berard', { referredBy: 'Nobody' })], index).warnings).toHaveLength(2);
  });

  it("links a referrer among namesakes by the rel id the file gives with the name: the file's record of that id, else the journal's person", () => {
    // rel's CSV of a journal whose two Laurent Bonnets (#2, #3) each referred someone, into a new journal.
    const file = [
      record('Laurent Bonnet', { relId: 2 }),
      record('Laurent Bonnet', { relId: 3 }),
      record('Miguel Garnier', { relId: 4, referredBy: 'Laurent Bonnet', referredById: 3 }),
      record('Ana Ruiz', { relId: 5, referredBy: 'Laurent Bonnet', referredById: 2 }),
    ];
    const fresh = planImport(file, EMPTY);
    expect(fresh.adds.map((a) => a.referrer)).toEqual([undefined, undefined, { added: 1 }, { added: 0 }]);
    expect(fresh.warnings).toEqual([]);
    // Without the ids, neither can be told apart.
    expect(planImport(file.map(({ referredById: _, ...r }) => r), EMPTY).warnings).toEqual([expect.stringMatching(/Miguel Garnier is referred by Laurent Bonnet, but that name is ambiguous: 2 contacts have it \(line \d+, line \d+\)/), expect.stringMatching(/Ana Ruiz is referred by Laurent Bonnet, but that name is ambiguous: 2 contacts have it \(line \d+, line \d+\)/)]);
    // The referrer is not in the file (an export by tag): the journal's person of that id, when they have that name.
    const journal = indexOf([existing(2, 'Laurent Bonnet'), existing(3, 'Laurent Bonnet'), existing(7, 'Paul Klee')]);
    expect(planImport([file[2]!], journal).adds.map((a) => a.referrer)).toEqual([{ existing: 3 }]);
    // An id whose person has another name is not believed: the name decides, as without an id.
    const renamed = planImport([record('Miguel Garnier', { referredBy: 'Laurent Bonnet', referredById: 7 })], journal);
    expect(renamed.adds.map((a) => a.referrer)).toEqual([undefined]);
    expect(renamed.warnings).toEqual([expect.stringContaining('that name is ambiguous: 2 contacts have it (#2, #3)')]);
  });

  it('never replaces a referrer the journal already has', () => {
    const plan = planImport([record('Jane Doe', { referredBy: 'Ben Carter' })], indexOf([existing(1, 'Jane Doe', { referredBy: 5 }), existing(5, 'Ben Carter')]));
    expect(plan.updates).toEqual([]);
  });

  it('keeps the archived state of a new contact from rel CSV', () => {
    expect(planImport([record('Old Friend', { archived: true })], EMPTY).adds[0]!.archived).toBe(true);
  });
});

describe('planImport: never two people as one', () => {
  const maria = (id: number, extra: Partial<ExistingContact> = {}) => existing(id, 'Maria Rossi', extra);

  it('two records of one name with different emails are two people', () => {
    const plan = planImport([record('Maria Rossi', { emails: ['maria@one.example'] }), record('Maria Rossi', { emails: ['maria@two.example'] })], EMPTY);
    expect(plan.adds.map((a) => a.emails)).toEqual([['maria@one.example'], ['maria@two.example']]);
  });

  it('a record with an email nobody has, after a namesake of the file with another, says whose line; one known by its name alone, beside two, is skipped', () => {
    const plan = planImport([record('Maria Rossi', { emails: ['maria@one.example'] }), record('Maria Rossi', { emails: ['maria@two.example'] }), record('Maria Rossi', { company: 'Rossi & Co' })], EMPTY);
    const [first, second] = plan.outcomes.map((o) => `line ${o.source.line}`);
    expect(plan.outcomes.map((o) => (o.kind === 'add' ? o.namesakes : o.kind))).toEqual([undefined, [first], 'skip']);
    expect(plan.outcomes[2]).toMatchObject({ reason: `2 people of the file are named Maria Rossi (${first}, ${second}); give the record an email one of them has` });
    expect(plan.adds).toHaveLength(2);
  });

  it('records of one journal told apart by their rel ids are not said to be beside each other', () => {
    const plan = planImport([record('Maria Rossi', { relId: 1, emails: ['maria@one.example'] }), record('Maria Rossi', { relId: 2, emails: ['maria@two.example'] })], EMPTY);
    expect(plan.outcomes.map((o) => o.kind === 'add' && o.namesakes)).toEqual([undefined, undefined]);
  });

  it('a new person with a number one journal contact of another name has: says who', () => {
    const plan = planImport([record('Li Wei', { phones: ['(512) 555-0160'] })], indexOf([existing(4, 'Lily Wei', { phones: ['+1 512 555 0160'] })]));
    expect(plan.adds).toHaveLength(1);
    expect(plan.outcomes).toEqual([expect.objectContaining({ kind: 'add', sharesPhone: ['#4 (Lily Wei)'] })]);
  });

  it('a record with an email nobody has is not the namesake in the journal, and says so', () => {
    const plan = planImport([record('Maria Rossi', { emails: ['maria@two.example'] })], indexOf([maria(3, { emails: ['maria@one.example'] })]));
    expect(plan.updates).toEqual([]);
    expect(plan.outcomes).toEqual([expect.objectContaining({ kind: 'add', name: 'Maria Rossi', namesakes: ['#3'] })]);
  });

  it('fills in a namesake known by nothing else, once: the next email nobody has is someone else', () => {
    const plan = planImport([record('Maria Rossi', { emails: ['maria@one.example'] }), record('maria rossi', { phones: ['+39 06 5555 0101'] })], indexOf([maria(3)]));
    expect(plan.updates).toEqual([expect.objectContaining({ id: 3, emails: ['maria@one.example'] })]);
    expect(plan.adds).toEqual([expect.objectContaining({ name: 'maria rossi', phones: ['+39 06 5555 0101'] })]);
    expect(plan.outcomes[1]).toMatchObject({ kind: 'add', namesakes: ['#3'] });
  });

  it('a record known only by its name fills in the one contact of that name, whatever they are known by', () => {
    const plan = planImport([record('maria rossi', { company: 'Rossi Fiori' })], indexOf([maria(3, { emails: ['maria@one.example'] })]));
    expect(plan.updates).toEqual([expect.objectContaining({ id: 3, fields: { company: 'Rossi Fiori' } })]);
  });

  it('in the file, a record known only by its name joins the one earlier person of that name, as it would join them in the journal', () => {
    const plan = planImport([record('Ann Lee'), record('ann lee', { role: 'Owner' }), record('Bob Ray', { emails: ['bob@example.com'] }), record('Bob Ray', { company: 'Acme' }), record('Ray, Bob', { aliases: ['Bobby'] })], EMPTY);
    expect(plan.outcomes.map((o) => o.kind)).toEqual(['add', 'update', 'add', 'update', 'update']);
    expect(plan.adds.map((a) => [a.name, a.emails, a.fields])).toEqual([
      ['Ann Lee', [], { role: 'Owner' }],
      ['Bob Ray', ['bob@example.com'], { company: 'Acme' }],
    ]);
    // Imported one file after the other, the same records give the same people.
    const bob = existing(1, 'Bob Ray', { emails: ['bob@example.com'] });
    expect(planImport([record('Bob Ray', { company: 'Acme' })], indexOf([bob])).updates).toEqual([expect.objectContaining({ id: 1, fields: { company: 'Acme' } })]);
  });

  it('a record with a UID of its own stays an entry of its own beside a namesake of the file', () => {
    const plan = planImport([record('Bob Ray', { emails: ['bob@example.com'] }), record('Bob Ray', { uid: 'card-2' })], EMPTY);
    expect(plan.outcomes.map((o) => o.kind)).toEqual(['add', 'add']);
  });

  it("matches by phone number, by its digits; an extension is nobody's", () => {
    const index = indexOf([existing(1, 'Jane Doe', { phones: ['(512) 555-0160'] }), existing(2, 'Front Desk', { phones: ['204'] })]);
    const plan = planImport([record('J. Doe', { phones: ['+1 512-555-0160'], company: 'Doe & Co' }), record('Sam Fox', { phones: ['204'] })], index);
    expect(plan.updates).toEqual([expect.objectContaining({ id: 1, fields: { company: 'Doe & Co' } })]);
    expect(plan.adds.map((a) => a.name)).toEqual(['Sam Fox']);
  });

  it('not by a number colleagues share: both with emails and different names are two people', () => {
    const line = '+1 512 555 0100';
    const plan = planImport([record('Ann Lee', { emails: ['ann@acme.example'], phones: [line] }), record('Bob Ray', { emails: ['bob@acme.example'], phones: [line] }), record('A. Lee', { phones: [line] })], EMPTY);
    expect(plan.adds.map((a) => a.name)).toEqual(['Ann Lee', 'Bob Ray', 'A. Lee']);
    const index = indexOf([existing(1, 'Ann Lee', { emails: ['ann@acme.example'], phones: [line] }), existing(2, 'Cleo Park', { phones: [line] })]);
    expect(planImport([record('Ann Lee', { phones: [line] })], index).updates).toEqual([]); // several have it: the name decides
    expect(planImport([record('Bob Ray', { phones: [line] })], index).adds).toHaveLength(1);
    const home = indexOf([existing(1, 'Tom Baker', { phones: ['+44 20 7946 0958'] })]);
    expect(planImport([record('Ann Baker', { phones: ['020 7946 0958'] }), record('T. Baker', { phones: ['020 7946 0958'], role: 'Chef' })], home).updates).toEqual([
      expect.objectContaining({ id: 1, fields: { role: 'Chef' } }),
    ]);
    expect(planImport([record('Ann Lee', { emails: ['ann@home.example'], phones: ['(512) 555-0199'] })], indexOf([existing(1, 'Ann Lee', { emails: ['ann@acme.example'], phones: ['+1 512 555 0199'] })])).updates).toEqual([
      expect.objectContaining({ id: 1, emails: ['ann@home.example'] }),
    ]);
  });

  it('of namesakes, the one with an email or number of the record is its person, though others have it too', () => {
    const shop = '+44 7700 900307';
    const index = indexOf([
      existing(3, 'Rachel Walker', { phones: [shop] }),
      existing(5, 'Tom Hale', { phones: [shop] }),
      existing(8, 'Ann Ode', { emails: ['ann@example.com'] }),
      existing(9, 'Ann C. Ode', { emails: ['ann@example.com'] }),
    ]);
    const plan = planImport([record('Rachel Walker', { phones: [shop], role: 'Partner' }), record('Ann C. Ode', { emails: ['ANN@example.com'], role: 'Chef' })], index);
    expect(plan.adds).toEqual([]);
    expect(plan.updates).toEqual([expect.objectContaining({ id: 3, fields: { role: 'Partner' } }), expect.objectContaining({ id: 9, fields: { role: 'Chef' } })]);
  });

  it('several namesakes with an email or number of the record: it is skipped, saying why', () => {
    const home = '+44 20 7946 0958';
    const plan = planImport([record('John Smith', { phones: [home], role: 'Chef' })], indexOf([existing(2, 'John Smith', { phones: [home] }), existing(6, 'John Smith', { phones: [home] })]));
    expect([plan.adds, plan.updates]).toEqual([[], []]);
    expect(plan.outcomes[0]).toMatchObject({ kind: 'skip', reason: '2 contacts named John Smith have its phone number (#2, #6); rel merge them if they are one person, or give the record an email only one has' });
  });

  it('an email still comes before a number: a namesake with only the number does not take the email owner\'s record', () => {
    const index = indexOf([existing(1, 'Jane Doe', { phones: ['+44 7700 900307'] }), existing(2, 'Jane Smith', { emails: ['jane@example.com'] })]);
    const plan = planImport([record('Jane Doe', { emails: ['jane@example.com'], phones: ['+44 7700 900307'], role: 'Chef' })], index);
    expect(plan.updates).toEqual([expect.objectContaining({ id: 2, fields: { role: 'Chef' } })]);
  });

  it("in rel's own file, records of different ids are two people, whatever email or number they share", () => {
    const home = '+44 7700 900952';
    const records = [
      record('Jonas Brun', { relId: 1048, emails: ['jonas@example.com'], phones: [home] }),
      record('Jonas Romero', { relId: 1711, phones: [home] }),
      record('Jonas Brun', { relId: 1712, emails: ['jonas@example.com'] }),
    ];
    expect(planImport(records, EMPTY).adds.map((a) => a.name)).toEqual(['Jonas Brun', 'Jonas Romero', 'Jonas Brun']);
    const withoutIds = records.map(({ relId: _, ...rest }) => rest);
    expect(planImport(withoutIds, EMPTY).adds.map((a) => a.name)).toEqual(['Jonas Brun']);
  });

  it("rel's id names the contact of that id when the name is theirs, among namesakes with nothing else", () => {
    const plan = planImport([record('Maria Rossi', { relId: 7, company: 'Rossi Fiori' }), record('Maria Rossi', { relId: 3 })], indexOf([maria(3), maria(7)]));
    expect(plan.updates).toEqual([expect.objectContaining({ id: 7, fields: { company: 'Rossi Fiori' } })]);
    expect(plan.outcomes[1]).toMatchObject({ kind: 'skip', reason: 'already up to date (#3)' });
  });

  it('or when the contact shares an email or phone with the record (renamed since the export)', () => {
    const index = indexOf([existing(2, 'Jane Roe'), existing(4, 'Jane Smith', { emails: ['jane@example.com'] })]);
    expect(planImport([record('Jane Doe', { relId: 4, emails: ['jane@example.com'], role: 'Owner' })], index).updates).toEqual([expect.objectContaining({ id: 4 })]);
  });

  it('but not for what a namesake of the record has too, nor for a line shared with someone else', () => {
    // The other half of a double who share an email, as without an id (step 3).
    const double = indexOf([existing(2, 'Jane Doe', { emails: ['jane@example.com'] }), existing(4, 'Jane Smith', { emails: ['jane@example.com'] })]);
    expect(planImport([record('Jane Doe', { relId: 4, emails: ['jane@example.com'], role: 'Owner' })], double).updates).toEqual([expect.objectContaining({ id: 2 })]);
    // A shop's line: Tom Hale is not Rachel Walker, whatever id another journal gave him.
    const shop = indexOf([existing(2, 'Rachel Walker', { phones: ['+44 7700 900307'] })]);
    const tom = planImport([record('Tom Hale', { relId: 2, phones: ['+44 7700 900307'], emails: ['tom@hale.example'] })], shop);
    expect([tom.updates, tom.adds.map((a) => a.name)]).toEqual([[], ['Tom Hale']]);
  });

  it('an id from another journal (someone else there) is ignored: email, phone and name decide', () => {
    const index = indexOf([existing(1, 'Bob Stone'), maria(2)]);
    const plan = planImport([record('Maria Rossi', { relId: 1, company: 'Rossi Fiori' }), record('Ann Lee', { relId: 2, emails: ['ann@example.com'] })], index);
    expect(plan.updates).toEqual([expect.objectContaining({ id: 2, fields: { company: 'Rossi Fiori' } })]);
    expect(plan.adds.map((a) => a.name)).toEqual(['Ann Lee']);
  });

  it('in the file, the same id or UID is one person and different ones are two, whatever the names', () => {
    const plan = planImport(
      [
        record('Maria Rossi', { relId: 8 }),
        record('Maria Rossi', { relId: 9 }),
        record('M. Rossi', { relId: 8, emails: ['maria@one.example'] }),
        record('Tom Kay', { uid: 'urn:uuid:1' }),
        record('Tom Kay', { uid: 'urn:uuid:2' }),
        record('Thomas Kay', { uid: 'urn:uuid:1', role: 'Chef' }),
      ],
      EMPTY,
    );
    expect(plan.adds.map((a) => [a.name, a.emails, a.fields])).toEqual([
      ['Maria Rossi', ['maria@one.example'], {}],
      ['Maria Rossi', [], {}],
      ['Tom Kay', [], { role: 'Chef' }],
      ['Tom Kay', [], {}],
    ]);
  });

  it('a referrer whose name two people have is not guessed', () => {
    const plan = planImport([record('Maria Rossi', { emails: ['maria@one.example'] }), record('Maria Rossi', { emails: ['maria@two.example'] }), record('Ann Lee', { referredBy: 'Maria Rossi' })], EMPTY);
    expect(plan.adds[2]!.referrer).toBeUndefined();
    expect(plan.warnings).toEqual([expect.stringMatching(/Ann Lee is referred by Maria Rossi, but that name is ambiguous: 2 contacts have it \(line \d+, line \d+\); not linked, kept on their card as "Referred by Maria Rossi"$/)]);
    expect(plan.adds[2]!.notes).toEqual(['Referred by Maria Rossi']);
  });
});

describe('import comparisons', () => {
  it('group names become rel tags', () => {
    expect(['Inner circle', '* starred', 'Clients', '  ', '***'].map(importTag)).toEqual(['inner circle', 'starred', 'clients', '', '']);
  });

  it('phone numbers are the same by their last nine digits', () => {
    expect(phoneKey('(512) 555-0160')).toBe(phoneKey('+1 512-555-0160'));
    expect(phoneKey('+49 30 5550456')).not.toBe(phoneKey('+49 30 5550457'));
  });
});
