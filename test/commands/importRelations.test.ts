// Relations through rel import (SPEC §3, issue 13): Outlook's Spouse and Children columns, vCard
// 4.0's RELATED, Apple's labelled X-ABRELATEDNAMES; linked to a person of the journal or the file,
// else kept as a name; never doubled; undone with the import; written back by the vCard export.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import { journalContent } from '../harness/journalContent.js';
import { REPO } from '../harness/paths.js';

const fixture = (name: string) => `${REPO}/test/fixtures/import/${name}`;

type Row = { person: { name: string }; relation: string; word: string | null; of: { id?: number; name: string }; ofWord: string | null };

/** Each relation as "Person — relation (word) of Other [#id]", in id order. */
async function relations(j: TestJournal): Promise<string[]> {
  const rows = await j.json<Row[]>(['export', 'relations', '--format', 'json']);
  const said = (word: string | null) => (word === null ? '' : ` (${word})`);
  return rows.map((r) => `${r.person.name} — ${r.relation}${said(r.word)} of ${r.of.name}${r.of.id === undefined ? '' : ` #${r.of.id}`}${r.ofWord === null ? '' : `, who is ${r.ofWord}`}`);
}

/** The "Family and colleagues" lines of a card. */
async function familyOf(j: TestJournal, name: string): Promise<string[]> {
  const relatives = (await j.json<{ relations: Array<{ relative: { name: string; id?: number }; relation: string; word: string | null }> }>(['show', name, '--json'])).relations;
  return relatives.map((r) => `${r.relative.name}${r.relative.id === undefined ? '' : ` #${r.relative.id}`} — ${r.word ?? r.relation}`);
}

describe('rel import of relations', () => {
  it('Outlook CSV: Spouse, Children (several), Manager\'s and Assistant\'s Name; the same file again adds nothing', async () => {
    const j = makeJournal();
    const file = fixture('outlook-relations.csv');
    expect(await j.ok(['import', file])).toBe(`added 2, updated 0, skipped 0 from ${file} (6 relations)\n`);
    expect(await relations(j)).toEqual([
      'Jane Doe — spouse of Tom Doe #2', // Tom is in the file: linked; his own Spouse column says it again, not doubled
      'Jane Doe — parent of Mia Doe',
      'Jane Doe — parent of Leo Doe',
      'Tom Doe — parent of Mia Doe',
      'Tom Doe — report of Ann Boss',
      'Tom Doe — manager of Sam Helper, who is assistant',
    ]);
    expect(await familyOf(j, 'Tom Doe')).toEqual(['Jane Doe #1 — spouse', 'Mia Doe — child', 'Ann Boss — manager', 'Sam Helper — assistant']);
    const before = journalContent(j.db);
    expect(await j.ok(['import', file])).toBe(`added 0, updated 0, skipped 2 from ${file}\n`);
    expect(journalContent(j.db)).toEqual(before);
  });

  it('vCard 4.0: RELATED with TYPE, as a name or as urn:uuid: of another card of the file', async () => {
    const j = makeJournal();
    const file = fixture('relations-4.0.vcf');
    const dry = await j.ok(['import', file, '--dry-run']);
    expect(dry).toContain('relate Tom Doe — spouse of Jane Doe (line 6)\nrelate Mia Doe — child of Jane Doe (line 7)\nrelate Zoe Lane — friend of Mia Doe (line 15)\n');
    expect(dry.endsWith('would add 2, update 0, skip 0 (3 relations)\n')).toBe(true);
    expect(await j.ok(['import', file])).toBe(`added 2, updated 0, skipped 0 from ${file} (3 relations)\n`);
    // Mia's card says Jane is her parent (urn:uuid:), the same relation: one row. The web page is nobody.
    expect(await relations(j)).toEqual(['Jane Doe — spouse of Tom Doe', 'Jane Doe — parent of Mia Doe #2', 'Mia Doe — friend of Zoe Lane']);
    expect(await familyOf(j, 'Mia Doe')).toEqual(['Jane Doe #1 — parent', 'Zoe Lane — friend']);
    expect(await j.ok(['import', file])).toBe(`added 0, updated 0, skipped 2 from ${file}\n`);
  });

  it("Apple vCard 3.0: X-ABRELATEDNAMES under X-ABLabel, built-in labels and the user's own", async () => {
    const j = makeJournal();
    // Tom's card says again the relation Jane's card made, with its word (wife): one relation, as the export lists them.
    expect(await j.ok(['import', fixture('relations-apple.vcf')])).toMatch(/ \(4 relations\)\n$/);
    expect(await relations(j)).toHaveLength(4);
    expect(await familyOf(j, 'Jane Doe')).toEqual(['Tom Doe #2 — spouse', 'Grace Doe — mother', 'Ann Boss — assistant', 'Sam Lee — golf buddy']);
    expect(await familyOf(j, 'Tom Doe')).toEqual(['Jane Doe #1 — wife']);
  });

  it("rel unrelate --as takes back a relation by the label the import kept, as the card shows it, any case", async () => {
    const j = makeJournal();
    await j.ok(['import', fixture('relations-apple.vcf')]);
    // Not a word rel knows, nor one held for Jane and Sam: refused as before, with the words that are.
    expect(await expectRefused(j, ['unrelate', 'Jane Doe', '--to', 'Sam Lee', '--as', 'golf pal'], 2)).toBe(
      'rel: --as: "golf pal" is not a relation rel knows, nor a word held for one between Jane Doe and Sam Lee (other, golf buddy); use one of those, or spouse, partner, parent, child, sibling, relative, colleague, manager, report, assistant, friend, other, or a word such as husband, wife, mother, son, sister, boss',
    );
    expect(await j.ok(['unrelate', 'Jane Doe', '--to', 'Sam Lee', '--as', 'Golf Buddy'])).toBe('unrelated Jane Doe and Sam Lee (golf buddy)\n');
    expect(await familyOf(j, 'Jane Doe')).toEqual(['Tom Doe #2 — spouse', 'Grace Doe — mother', 'Ann Boss — assistant']);
    // A label held for another relative is not this one's.
    expect(await expectRefused(j, ['unrelate', 'Jane Doe', '--to', 'Ann Boss', '--as', 'golf buddy'], 2)).toContain('nor a word held for one between Jane Doe and Ann Boss (manager, assistant)');
  });

  it('links a relative who is a person of the journal, keeps namesakes as a name, and links a name kept before', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Ann Boss']);
    await j.ok(['contact', 'add', 'Leo Doe']);
    await j.ok(['contact', 'add', 'Leo Doe', '--new']);
    await j.ok(['contact', 'add', 'Jane Doe']);
    await j.ok(['relate', 'Jane Doe', '--to', 'Tom Doe', '--as', 'wife']); // Tom is nobody yet: a name
    // Jane's relation to the name Tom Doe is linked to the Tom Doe the file adds: a relation completed, not a new one.
    expect(await j.ok(['import', fixture('outlook-relations.csv')])).toMatch(/ \(5 relations, 1 completed\)\n$/);
    expect(await familyOf(j, 'Jane Doe')).toEqual(['Tom Doe #5 — spouse', 'Leo Doe — child', 'Mia Doe — child']);
    expect(await familyOf(j, 'Ann Boss')).toEqual(['Tom Doe #5 — report']);
    expect(await familyOf(j, 'Tom Doe')).toEqual(['Jane Doe #4 — wife', 'Mia Doe — child', 'Ann Boss #1 — manager', 'Sam Helper — assistant']);
  });

  it('a spouse named by a name two people have, linked by the other card, is not doubled by a second import', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Fatima Michel']);
    await j.ok(['contact', 'add', 'Lina Martin']);
    await j.ok(['contact', 'add', 'Lina Martin', '--new', '--email', 'lina@other.example']);
    await j.ok(['relate', 'Fatima Michel', '--to', '#2', '--as', 'spouse']);
    const vcf = await j.ok(['export', 'contacts', '--format', 'vcf']);
    const copy = makeJournal();
    await copy.ok(['import', '-'], { input: vcf });
    expect(await familyOf(copy, 'Fatima Michel')).toEqual(['Lina Martin #2 — spouse']);
    const before = journalContent(copy.db);
    expect(await copy.ok(['import', '-'], { input: vcf })).toBe('added 0, updated 0, skipped 3 from stdin\n');
    expect(journalContent(copy.db)).toEqual(before);
  });

  it("a spouse the other card names without the middle initial is that person: one spouse, as the dry run says, undone exactly", async () => {
    const file = fixture('outlook-middle-name.csv');
    const j = makeJournal();
    const dry = await j.ok(['import', file, '--dry-run']);
    expect(dry).toContain('relate Linda Mitchell — spouse of Robert J. Mitchell (line 2)\nrelate Mia Mitchell — child of Robert J. Mitchell (line 2)\nwould add 2');
    expect(dry).not.toContain('relate Robert Mitchell');
    expect(await j.ok(['import', file])).toBe(`added 2, updated 0, skipped 0 from ${file} (2 relations)\n`);
    expect(await familyOf(j, 'Linda Mitchell')).toEqual(['Robert J. Mitchell #1 — spouse']);
    expect(await j.ok(['import', file])).toBe(`added 0, updated 0, skipped 2 from ${file}\n`);
  });

  it('a name kept before without the middle initial is linked to the person the file brings', async () => {
    const file = fixture('outlook-middle-name.csv');
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Linda Mitchell', '--phone', '(512) 555-0178']);
    await j.ok(['relate', 'linda', '--to', 'Robert Mitchell', '--as', 'spouse']); // nobody yet: a name
    const before = journalContent(j.db);
    expect(await j.ok(['import', file, '--dry-run'])).toMatch(/\nrelate Linda Mitchell — spouse of Robert J. Mitchell \(line 2\)\nrelate Mia Mitchell — child of Robert J. Mitchell \(line 2\)\nwould add 1, update 1, skip 0 \(1 relation, 1 completed\)\n$/);
    expect(await j.ok(['import', file])).toBe(`added 1, updated 1, skipped 0 from ${file} (1 relation, 1 completed)\n`);
    expect(await familyOf(j, 'Linda Mitchell')).toEqual(['Robert J. Mitchell #2 — spouse']);
    expect(await j.ok(['undo'])).toContain('import');
    expect(journalContent(j.db)).toEqual(before);
  });

  it('a person the file gives relations the journal lacks is updated, in the dry run, the summary and the undo history', async () => {
    const j = makeJournal();
    const csv = (spouse: string) => `"First Name","Last Name","E-mail Address","Spouse","Children"\nJane,Doe,jane@doe.example,${spouse},${spouse && 'Mia Doe'}\nBo,Ray,bo@ray.example,,\n`;
    await j.ok(['import', '-'], { input: csv('') });
    expect(await j.ok(['import', '-', '--dry-run'], { input: csv('Tom Doe') })).toBe(
      'Outlook CSV, 2 rows\nupdate Jane Doe #1 (line 2): +2 relations\nskip Bo Ray (line 3): already up to date (#2)\nrelate Tom Doe — spouse of Jane Doe (line 2)\nrelate Mia Doe — child of Jane Doe (line 2)\nwould add 0, update 1, skip 1 (2 relations)\n',
    );
    expect(await j.ok(['import', '-'], { input: csv('Tom Doe') })).toBe('added 0, updated 1, skipped 1 from stdin (2 relations)\n');
    expect(await j.ok(['undo', '--list'])).toMatch(/^#2 .* import stdin \(added 0, updated 1\)\n/);
    expect(await j.ok(['import', '-'], { input: csv('Tom Doe') })).toBe('added 0, updated 0, skipped 2 from stdin\n');
  });

  it('a relative renamed since is still the one a file names by the old name: not a second spouse, from either card', async () => {
    const google = (tomSays: boolean) =>
      'Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Relation 1 - Type,Relation 1 - Value\n' +
      `Jane Doe,Jane,Doe,* Home,jane@doe.example,${tomSays ? ',' : 'Spouse,Tom Doe'}\nTom Doe,Tom,Doe,,,${tomSays ? 'Spouse,Jane Doe' : ','}\n`;
    const outlook = 'First Name,Last Name,E-mail Address,Spouse\nJane,Doe,jane@doe.example,Tom Doe\n';
    for (const tomSays of [false, true]) {
      const j = makeJournal();
      expect(await j.ok(['import', '-'], { input: google(tomSays) })).toBe('added 2, updated 0, skipped 0 from stdin (1 relation)\n');
      await j.ok(['edit', 'tom', '--name', 'Thomas Doe']);
      const before = journalContent(j.db);
      expect(await j.ok(['import', '-', '--dry-run'], { input: outlook })).not.toContain('relate');
      expect(await j.ok(['import', '-'], { input: outlook })).toBe('added 0, updated 0, skipped 1 from stdin\n');
      expect(await familyOf(j, 'Jane Doe')).toEqual(['Thomas Doe #2 — spouse']);
      expect(journalContent(j.db)).toEqual(before);
    }
  });

  it('is undone with the import, relations to people already there included', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Ann Boss']);
    const before = journalContent(j.db);
    await j.ok(['import', fixture('outlook-relations.csv')]);
    expect(await familyOf(j, 'Ann Boss')).toEqual(['Tom Doe #3 — report']);
    await j.ok(['undo']);
    expect(journalContent(j.db)).toEqual(before);
  });

  it('the vCard export writes them in the Apple form, and they come back from it', async () => {
    const j = makeJournal();
    await j.ok(['import', fixture('relations-apple.vcf')]);
    const vcf = await j.ok(['export', 'contacts', '--format', 'vcf']);
    expect(vcf).toContain('item1.X-ABRELATEDNAMES:Tom Doe\r\nitem1.X-ABLabel:_$!<Spouse>!$_\r\nitem2.X-ABRELATEDNAMES:Grace Doe\r\nitem2.X-ABLabel:_$!<Mother>!$_\r\n');
    expect(vcf).toContain('item4.X-ABRELATEDNAMES:Sam Lee\r\nitem4.X-ABLabel:golf buddy\r\n');
    expect(vcf).toContain('FN:Tom Doe\r\nN:Doe;Tom;;;\r\nitem1.X-ABRELATEDNAMES:Jane Doe\r\nitem1.X-ABLabel:wife\r\n');
    const copy = makeJournal();
    await copy.ok(['import', '-'], { input: vcf });
    expect((await relations(copy)).sort()).toEqual((await relations(j)).sort());
  });
});
