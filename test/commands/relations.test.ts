// rel relate / rel unrelate end to end (in-process): both cards, the words kept, a relative who is
// nobody in the journal yet and linked later, nothing doubled, the refusals, undo, rm and merge.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom, makeJournal, type TestJournal } from '../harness/journal.js';
import { journalContent } from '../harness/journalContent.js';

const family = journalFrom(async (j) => {
  for (const name of ['Jane Doe', 'Tom Doe', 'Mia Doe']) await j.ok(['contact', 'add', name]);
});

/** The "Family and colleagues" block of a card, one line each. */
async function familyOf(j: TestJournal, name: string): Promise<string[]> {
  const card = await j.ok(['show', name]);
  const block = card.split('\n\n').find((part) => part.startsWith('Family and colleagues\n'));
  return block === undefined ? [] : block.split('\n').slice(1).map((line) => line.trim());
}

describe('rel relate', () => {
  it('tom --to jane --as spouse shows on both cards, and in show --json', async () => {
    const j = await family();
    expect(await j.rel(['relate', 'Tom Doe', '--to', 'Jane Doe', '--as', 'spouse'])).toEqual({ code: 0, stdout: 'related: Tom Doe — spouse of Jane Doe\n', stderr: '' });
    expect(await familyOf(j, 'Jane Doe')).toEqual(['Tom Doe (#2) — spouse']);
    expect(await familyOf(j, 'Tom Doe')).toEqual(['Jane Doe (#1) — spouse']);
    expect((await j.json(['show', 'Jane Doe', '--json'])).relations).toEqual([{ id: 1, relative: { id: 2, name: 'Tom Doe' }, relation: 'spouse', word: null, archived: false }]);
  });

  it('keeps the word given for its side; the other side reads as the kind until a word says otherwise', async () => {
    const j = await family();
    await j.ok(['relate', 'Tom Doe', '--to', 'Jane Doe', '--as', 'husband']);
    expect(await familyOf(j, 'Jane Doe')).toEqual(['Tom Doe (#2) — husband']);
    expect(await familyOf(j, 'Tom Doe')).toEqual(['Jane Doe (#1) — spouse']);
    // The same relation from Jane's side: no second row, Tom's card now says wife.
    expect(await j.ok(['relate', 'Jane Doe', '--to', 'Tom Doe', '--as', 'wife'])).toBe('related: Jane Doe — wife of Tom Doe\n');
    expect(await familyOf(j, 'Tom Doe')).toEqual(['Jane Doe (#1) — wife']);
    expect(await familyOf(j, 'Jane Doe')).toEqual(['Tom Doe (#2) — husband']);
    expect(await j.json(['export', 'relations', '--format', 'json'])).toHaveLength(1);
    // --as spouse: the card says spouse.
    await j.ok(['relate', 'Tom Doe', '--to', 'Jane Doe', '--as', 'spouse']);
    expect(await familyOf(j, 'Jane Doe')).toEqual(['Tom Doe (#2) — spouse']);
  });

  it('reads a directed relation both ways: Mia is Jane\'s daughter, Jane is Mia\'s parent', async () => {
    const j = await family();
    await j.ok(['relate', 'Mia Doe', '--to', 'Jane Doe', '--as', 'daughter']);
    expect(await familyOf(j, 'Jane Doe')).toEqual(['Mia Doe (#3) — daughter']);
    expect(await familyOf(j, 'Mia Doe')).toEqual(['Jane Doe (#1) — parent']);
    await j.ok(['relate', 'Jane Doe', '--to', 'Mia Doe', '--as', 'mother']);
    expect(await familyOf(j, 'Mia Doe')).toEqual(['Jane Doe (#1) — mother']);
  });

  it('keeps someone who is nobody in the journal as a name, says so, and links them once they are someone', async () => {
    const j = await family();
    const result = await j.rel(['relate', 'Jane Doe', '--to', 'Grace Roe', '--as', 'sister']);
    expect(result.stdout).toBe('related: Jane Doe — sister of Grace Roe\n');
    expect(result.stderr).toBe('Grace Roe is nobody in the journal: kept as a name; to link them, add them (rel contact add "Grace Roe") and run rel relate "Jane Doe" --to "Grace Roe" --as sister again\n');
    expect(await familyOf(j, 'Jane Doe')).toEqual(['Grace Roe — sibling']);
    expect((await j.json(['show', 'Jane Doe', '--json'])).relations[0].relative).toEqual({ name: 'Grace Roe' });
    // Again as a name: not doubled.
    await expectRefused(j, ['relate', 'Jane Doe', '--to', 'grace roe', '--as', 'sister'], 1);
    await j.ok(['contact', 'add', 'Grace Roe']);
    expect(await j.ok(['relate', 'Jane Doe', '--to', 'Grace Roe', '--as', 'sister'])).toContain('(linked: the name kept before is this person now)');
    expect(await familyOf(j, 'Jane Doe')).toEqual(['Grace Roe (#4) — sibling']);
    expect(await familyOf(j, 'Grace Roe')).toEqual(['Jane Doe (#1) — sister']);
    expect(await j.json(['export', 'relations', '--format', 'json'])).toHaveLength(1);
  });

  it('links from the other side too: the person named later relates back', async () => {
    const j = await family();
    await j.ok(['relate', 'Jane Doe', '--to', 'Bob Ray', '--as', 'wife']);
    await j.ok(['contact', 'add', 'Bob Ray']);
    await j.ok(['relate', 'Bob Ray', '--to', 'Jane Doe', '--as', 'husband']);
    expect(await familyOf(j, 'Jane Doe')).toEqual(['Bob Ray (#4) — husband']);
    expect(await familyOf(j, 'Bob Ray')).toEqual(['Jane Doe (#1) — wife']);
  });

  it('says the same relation twice once, refuses a person related to themself, and names ambiguous or unknown people as everywhere', async () => {
    const j = await family();
    await j.ok(['relate', 'Tom Doe', '--to', 'Jane Doe', '--as', 'husband']);
    expect(await expectRefused(j, ['relate', 'Tom Doe', '--to', 'Jane Doe', '--as', 'husband'], 1)).toBe('rel: already related: Tom Doe — husband of Jane Doe; nothing changed');
    expect(await expectRefused(j, ['relate', 'Jane Doe', '--to', '#1', '--as', 'friend'], 1)).toBe('rel: Jane Doe cannot be related to themself: --to names the same person (#1)');
    expect(await expectRefused(j, ['relate', 'Jane Doe', '--to', 'doe', '--as', 'friend'], 1)).toBe('rel: "doe" matches 3 people: Jane Doe (#1), Tom Doe (#2), Mia Doe (#3); use the #id or more of the name');
    expect(await expectRefused(j, ['relate', 'nobody', '--to', 'Jane Doe', '--as', 'friend'], 1)).toContain('no contact matches "nobody"');
    expect(await expectRefused(j, ['relate', 'Jane Doe', '--to', '#99', '--as', 'friend'], 1)).toContain('no contact matches "#99"');
  });

  it('refuses a relation that turns one already there round (one person is not both parent and child of another)', async () => {
    const j = await family();
    await j.ok(['relate', 'Mia Doe', '--to', 'Jane Doe', '--as', 'daughter']);
    const turned = 'rel: already related the other way round: Mia Doe — daughter of Jane Doe; to turn it round, first rel unrelate "Jane Doe" --to "Mia Doe"';
    expect(await expectRefused(j, ['relate', 'Jane Doe', '--to', 'Mia Doe', '--as', 'daughter'], 1)).toBe(turned);
    expect(await expectRefused(j, ['relate', 'Mia Doe', '--to', 'Jane Doe', '--as', 'mother'], 1)).toContain('already related the other way round');
    expect(await familyOf(j, 'Jane Doe')).toEqual(['Mia Doe (#3) — daughter']);
    // Said from the other side it is the same relation; after rel unrelate it can be turned round.
    expect(await j.ok(['relate', 'Jane Doe', '--to', 'Mia Doe', '--as', 'mother'])).toBe('related: Jane Doe — mother of Mia Doe\n');
    await j.ok(['unrelate', 'Jane Doe', '--to', 'Mia Doe']);
    expect(await j.ok(['relate', 'Jane Doe', '--to', 'Mia Doe', '--as', 'daughter'])).toBe('related: Jane Doe — daughter of Mia Doe\n');
  });

  it('says whom a part of a name found ("→ Jane Doe") only once related: a refusal is its one line alone, as rel add\'s', async () => {
    const j = await family();
    expect(await j.rel(['relate', 'mia', '--to', 'jane', '--as', 'daughter'])).toEqual({ code: 0, stdout: 'related: Mia Doe — daughter of Jane Doe\n', stderr: '→ Jane Doe\n' });
    // The same relation, and one that turns it round: --to found by a part of the name both times.
    expect(await expectRefused(j, ['relate', 'mia', '--to', 'jane', '--as', 'daughter'], 1)).toBe('rel: already related: Mia Doe — daughter of Jane Doe; nothing changed');
    expect(await expectRefused(j, ['relate', 'jane', '--to', 'mia', '--as', 'daughter'], 1)).toBe('rel: already related the other way round: Mia Doe — daughter of Jane Doe; to turn it round, first rel unrelate jane --to mia');
    expect(await expectRefused(j, ['relate', 'mia', '--to', 'mia', '--as', 'friend'], 1)).toBe('rel: Mia Doe cannot be related to themself: --to names the same person (#3)');
  });

  it('a wrong command line is a usage error (exit 2): no --to, no --as, a word rel does not know', async () => {
    const j = await family();
    // The example relates NAME to someone else, as typed: not to a fixed "Jane Doe", who may be NAME.
    expect(await expectRefused(j, ['relate', 'Tom Doe', '--as', 'husband'], 2)).toBe('rel: missing --to; for example: rel relate "Tom Doe" --to <name> --as husband');
    expect(await expectRefused(j, ['relate', 'jane'], 2)).toBe('rel: missing --to; for example: rel relate jane --to <name> --as spouse');
    expect(await expectRefused(j, ['relate', 'Tom Doe', '--to', 'Jane Doe'], 2)).toContain('missing --as');
    expect(await expectRefused(j, ['relate', 'Tom Doe', '--to', 'Jane Doe', '--as', 'pigeon'], 2)).toContain('--as: "pigeon" is not a relation rel knows');
    // A label of one's own, as imports keep ("golf buddy"), is not a kind: the refusal says where such a label comes from.
    expect(await expectRefused(j, ['relate', 'Tom Doe', '--to', 'Jane Doe', '--as', 'golf buddy'], 2)).toBe(
      'rel: --as: "golf buddy" is not a relation rel knows; use spouse, partner, parent, child, sibling, relative, colleague, manager, report, assistant, friend, other, or a word such as husband, wife, mother, son, sister, boss; a label of your own comes in only with an import (a vCard\'s X-ABLabel, a Google CSV\'s Relation 1 - Label)',
    );
  });

  it('is undone by rel undo, and a person\'s relations go and come back with them (rm, undo)', async () => {
    const j = await family();
    await j.ok(['relate', 'Tom Doe', '--to', 'Jane Doe', '--as', 'husband']);
    const before = journalContent(j.db);
    await j.ok(['relate', 'Mia Doe', '--to', 'Tom Doe', '--as', 'daughter']);
    expect(await j.ok(['undo'])).toBe('undid: relate Mia Doe — daughter of Tom Doe\n');
    expect(journalContent(j.db)).toEqual(before);
    await j.ok(['rm', 'Tom Doe', '--yes']);
    expect(await familyOf(j, 'Jane Doe')).toEqual([]);
    await j.ok(['undo']);
    expect(journalContent(j.db)).toEqual(before);
    expect(await familyOf(j, 'Jane Doe')).toEqual(['Tom Doe (#2) — husband']);
  });
});

describe('rel unrelate', () => {
  const related = journalFrom(async (j) => {
    for (const name of ['Jane Doe', 'Tom Doe']) await j.ok(['contact', 'add', name]);
    await j.ok(['relate', 'Tom Doe', '--to', 'Jane Doe', '--as', 'husband']);
    await j.ok(['relate', 'Tom Doe', '--to', 'Jane Doe', '--as', 'colleague']);
    await j.ok(['relate', 'Jane Doe', '--to', 'Mia Doe', '--as', 'mother']);
  });

  it('takes one relation with --as (read as rel relate reads it), every one without', async () => {
    const j = await related();
    expect(await j.ok(['unrelate', 'Jane Doe', '--to', 'Tom', '--as', 'colleague'])).toBe('unrelated Jane Doe and Tom Doe (colleague)\n');
    expect(await familyOf(j, 'Jane Doe')).toEqual(['Tom Doe (#2) — husband', 'Mia Doe — child']);
    await j.ok(['relate', 'Tom Doe', '--to', 'Jane Doe', '--as', 'colleague']);
    expect(await j.ok(['unrelate', 'Tom Doe', '--to', 'jane'])).toBe('unrelated Tom Doe and Jane Doe (spouse, colleague)\n');
    expect(await familyOf(j, 'Tom Doe')).toEqual([]);
  });

  it('finds a relative by an alias or an email, as rel relate --to does, and says whom in rel undo --list', async () => {
    const j = await related();
    await j.ok(['edit', 'Tom Doe', '--alias', 'TD', '--email', 'tom@doe.com']);
    expect(await j.ok(['unrelate', 'Jane Doe', '--to', 'TD', '--as', 'colleague'])).toBe('unrelated Jane Doe and Tom Doe (colleague)\n');
    expect(await j.ok(['unrelate', 'Jane Doe', '--to', 'tom@doe.com'])).toBe('unrelated Jane Doe and Tom Doe (husband)\n');
    expect(await j.ok(['undo', '--list'])).toMatch(/unrelate Jane Doe \(#1\) and Tom Doe \(#2\)\n/);
    expect(await j.ok(['unrelate', 'Jane Doe', '--to', 'mia'])).toBe('unrelated Jane Doe and Mia Doe (child)\n');
    expect(await j.ok(['undo', '--list'])).toMatch(/unrelate Jane Doe \(#1\) and Mia Doe\n/);
  });

  it('finds a relative kept as a name, and is undone by rel undo', async () => {
    const j = await related();
    const before = journalContent(j.db);
    expect(await j.ok(['unrelate', 'Jane Doe', '--to', 'mia', '--as', 'mother'])).toBe('unrelated Jane Doe and Mia Doe (child)\n');
    await j.ok(['undo']);
    expect(journalContent(j.db)).toEqual(before);
  });

  it('refuses what is not there, and changes nothing', async () => {
    const j = await related();
    // Said of Jane, as --as is: what she is to Tom, as his card says it (no word was given for her side).
    expect(await expectRefused(j, ['unrelate', 'Jane Doe', '--to', 'Tom Doe', '--as', 'sister'], 1)).toBe('rel: Jane Doe is not sister of Tom Doe (Jane Doe is spouse and colleague of Tom Doe); nothing changed');
    // Jane was said to be Mia's mother: the word kept for her side.
    expect(await expectRefused(j, ['unrelate', 'Jane Doe', '--to', 'Mia Doe', '--as', 'sister'], 1)).toBe('rel: Jane Doe is not sister of Mia Doe (Jane Doe is mother of Mia Doe); nothing changed');
    // Mia said to be Jane's daughter: Jane is her parent (gender is never guessed), Mia the daughter.
    const m = makeJournal();
    for (const name of ['Jane Doe', 'Mia Doe']) await m.ok(['contact', 'add', name]);
    await m.ok(['relate', 'mia', '--to', 'jane', '--as', 'daughter']);
    expect(await expectRefused(m, ['unrelate', 'jane', '--to', 'mia', '--as', 'sister'], 1)).toBe('rel: Jane Doe is not sister of Mia Doe (Jane Doe is parent of Mia Doe); nothing changed');
    expect(await expectRefused(m, ['unrelate', 'mia', '--to', 'jane', '--as', 'sister'], 1)).toBe('rel: Mia Doe is not sister of Jane Doe (Mia Doe is daughter of Jane Doe); nothing changed');
    expect(await expectRefused(j, ['unrelate', 'Jane Doe', '--to', 'Bob'], 1)).toBe("rel: no relative of Jane Doe matches \"Bob\"; Jane Doe's relatives: Tom Doe, Mia Doe");
    const k = makeJournal();
    await k.ok(['contact', 'add', 'Ann Lee']);
    expect(await expectRefused(k, ['unrelate', 'Ann Lee', '--to', 'Bob'], 1)).toBe('rel: Ann Lee has no relations; see rel show "Ann Lee"');
    expect(await expectRefused(j, ['unrelate', 'Jane Doe'], 2)).toContain('missing --to');
  });
});

describe('rel merge with relations', () => {
  it("moves B's relations to A, drops the doubles, and the dry run says so", async () => {
    const j = await family();
    await j.ok(['contact', 'add', 'Thomas Doe']);
    await j.ok(['relate', 'Tom Doe', '--to', 'Jane Doe', '--as', 'spouse']);
    await j.ok(['relate', 'Thomas Doe', '--to', 'Jane Doe', '--as', 'husband']);
    await j.ok(['relate', 'Mia Doe', '--to', 'Thomas Doe', '--as', 'daughter']);
    const dry = await j.ok(['merge', 'Tom Doe', 'Thomas Doe', '--dry-run']);
    expect(dry).toContain('  moves 1 relation (family and colleagues)\n  drops 1 relation Tom Doe has already\n');
    await j.ok(['merge', 'Tom Doe', 'Thomas Doe']);
    expect(await familyOf(j, 'Tom Doe')).toEqual(['Jane Doe (#1) — spouse', 'Mia Doe (#3) — daughter']);
    // The word of the double came over: Tom's side had none.
    expect(await familyOf(j, 'Jane Doe')).toEqual(['Tom Doe (#2) — husband']);
  });

  it('refuses two people related to each other, any kind, dry run or not, and says how to go on', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Maria Rossi', '--phone', '512 555 0101']);
    await j.ok(['contact', 'add', 'Mario Rossi', '--new', '--phone', '512 555 0101']);
    await j.ok(['relate', 'mario', '--to', 'maria', '--as', 'husband']);
    const line = 'rel: Mario Rossi (#2) is related to Maria Rossi (#1) as husband: two people, not one; nothing merged. If the relation is the mistake, take it back first: rel unrelate "#2" --to "#1"';
    expect(await expectRefused(j, ['merge', 'maria', 'mario'], 1)).toBe(line);
    expect(await expectRefused(j, ['merge', 'maria', 'mario', '--dry-run'], 1)).toBe(line);
    expect(await expectRefused(j, ['merge', 'maria', 'mario', '--yes'], 1)).toBe(line);
    // From the other side, read from there; a colleague too.
    await j.ok(['relate', 'maria', '--to', 'mario', '--as', 'colleague']);
    expect(await expectRefused(j, ['merge', 'mario', 'maria'], 1)).toBe(
      'rel: Maria Rossi (#1) is related to Mario Rossi (#2) as spouse and colleague: two people, not one; nothing merged. If the relation is the mistake, take it back first: rel unrelate "#1" --to "#2"',
    );
    // The way on it names works: once unrelated, the merge goes ahead.
    await j.ok(['unrelate', '#2', '--to', '#1']);
    expect(await j.ok(['merge', 'maria', 'mario'])).toContain('merged Mario Rossi (#2) into Maria Rossi (#1):');
  });

  it('rel duplicates leaves out two people related to each other, whatever the kind', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Maria Rossi', '--phone', '512 555 0101']);
    await j.ok(['contact', 'add', 'Mario Rossi', '--new', '--phone', '512 555 0101']);
    await j.ok(['contact', 'add', 'Ann Lee', '--email', 'lee@x.com']);
    await j.ok(['contact', 'add', 'Ann Lee', '--new', '--email', 'lee@x.com']);
    expect(await j.ok(['duplicates'])).toBe('Ann Lee (#3)  ·  Ann Lee (#4)  — same email lee@x.com; same name\nMaria Rossi (#1)  ·  Mario Rossi (#2)  — same phone 512 555 0101; names a typo apart\n');
    await j.ok(['relate', 'mario', '--to', 'maria', '--as', 'husband']);
    await j.ok(['relate', '#3', '--to', '#4', '--as', 'daughter']);
    expect(await j.ok(['duplicates'])).toBe('no likely duplicates\n');
    expect(await j.json(['duplicates', '--json'])).toEqual([]);
    // A relative kept only as a name is nobody's double-or-not: Ann's pair comes back once unlinked.
    await j.ok(['unrelate', '#3', '--to', '#4']);
    await j.ok(['relate', '#3', '--to', 'Zoe Lee', '--as', 'sister']);
    expect(await j.ok(['duplicates'])).toBe('Ann Lee (#3)  ·  Ann Lee (#4)  — same email lee@x.com; same name\n');
  });
});
