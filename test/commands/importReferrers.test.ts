// A referrer an imported file names ("Referred By", referred_by) is never lost: linked to the one
// person of that name, matched as the import matches people (case, accents, word order), else
// kept by name on the person's card, once, and undone with the import.
import { describe, expect, it } from 'vitest';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import { journalContent } from '../harness/journalContent.js';

const NOW = '2026-12-06';

type Card = { person: { referredBy: { id: number; name: string } | null }; details: Array<{ text: string }> };

/** Who referred the person, as the card links them, and what the card remembers. */
async function referralOf(j: TestJournal, name: string): Promise<{ referredBy: string | null; remembers: string[] }> {
  const card = await j.json<Card>(['show', name, '--json'], { now: NOW });
  const by = card.person.referredBy;
  return { referredBy: by && `${by.name} #${by.id}`, remembers: card.details.map((d) => d.text) };
}

const importCsv = (j: TestJournal, csv: string) => j.rel(['import', '-'], { now: NOW, input: csv });

describe('rel import of a referrer who is nobody in the journal or the file', () => {
  it('keeps the name on the card and says so; the same file again adds nothing and says nothing', async () => {
    const j = makeJournal();
    const csv = 'Name,Referred By\nCara Doe,Dan Smith\n';
    const first = await importCsv(j, csv);
    expect(first.stdout).toBe('added 1, updated 0, skipped 0 from stdin\n');
    expect(first.stderr).toBe('note line 2: Cara Doe is referred by Dan Smith, but nobody of that name is in the journal or the file; not linked, kept on their card as "Referred by Dan Smith"\n');
    expect(await referralOf(j, 'Cara Doe')).toEqual({ referredBy: null, remembers: ['Referred by Dan Smith'] });
    const before = j.dump();
    expect(await importCsv(j, csv)).toMatchObject({ stdout: 'added 0, updated 0, skipped 1 from stdin\n', stderr: '' });
    expect(await j.ok(['import', '-', '--dry-run'], { now: NOW, input: csv })).toBe('CSV with a Name column, 1 row\nskip Cara Doe (line 2): already up to date (#1)\nwould add 0, update 0, skip 1\n');
    expect(j.dump()).toBe(before);
    expect(await referralOf(j, 'Cara Doe')).toEqual({ referredBy: null, remembers: ['Referred by Dan Smith'] });
  });

  it('fills in a journal contact in the one transaction of the import, which rel undo takes back', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Cara Doe'], { now: NOW });
    const before = journalContent(j.db);
    expect(await j.ok(['import', '-', '--dry-run'], { now: NOW, input: 'Name,Referred By\ncara doe,Dan Smith\n' })).toContain('update Cara Doe #1 (line 2): referrer by name\n');
    expect((await importCsv(j, 'Name,Referred By\ncara doe,Dan Smith\n')).stdout).toBe('added 0, updated 1, skipped 0 from stdin\n');
    expect(await referralOf(j, 'Cara Doe')).toEqual({ referredBy: null, remembers: ['Referred by Dan Smith'] });
    expect(await j.ok(['undo'], { now: NOW })).toContain('import stdin');
    expect(journalContent(j.db)).toEqual(before);
  });

  it('once the referrer is in the journal, the same file links them; the name the card kept stays', async () => {
    const j = makeJournal();
    await importCsv(j, 'Name,Referred By\nCara Doe,Dan Smith\n');
    await j.ok(['contact', 'add', 'Dan Smith'], { now: NOW });
    const again = await importCsv(j, 'Name,Referred By\nCara Doe,Dan Smith\n');
    expect(again).toMatchObject({ stdout: 'added 0, updated 1, skipped 0 from stdin\n', stderr: '' });
    expect(await referralOf(j, 'Cara Doe')).toEqual({ referredBy: 'Dan Smith #2', remembers: ['Referred by Dan Smith'] });
  });
});

describe('rel import matches a referrer by name as it matches people', () => {
  it('in any case, without accents, or with the surname first, in the journal or the file', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Dan Smith'], { now: NOW });
    await j.ok(['contact', 'add', 'José Núñez'], { now: NOW });
    const csv = 'Name,Referred By\nCara Doe,dan smith\nEve Poe,"Smith, Dan"\nFay Lin,Jose Nunez\nGus Orr,"Lee, Ann"\nAnn Lee,\n';
    const result = await importCsv(j, csv);
    expect(result).toMatchObject({ stdout: 'added 5, updated 0, skipped 0 from stdin\n', stderr: '' });
    expect(await referralOf(j, 'Cara Doe')).toEqual({ referredBy: 'Dan Smith #1', remembers: [] });
    expect(await referralOf(j, 'Eve Poe')).toEqual({ referredBy: 'Dan Smith #1', remembers: [] });
    expect(await referralOf(j, 'Fay Lin')).toEqual({ referredBy: 'José Núñez #2', remembers: [] });
    expect(await referralOf(j, 'Gus Orr')).toEqual({ referredBy: 'Ann Lee #7', remembers: [] });
  });

  it('a name several people have is not guessed: said ambiguous, with who has it, and kept by name', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Dan Smith', '--email', 'dan@one.example'], { now: NOW });
    await j.ok(['contact', 'add', 'Dan Smith', '--email', 'dan@two.example', '--new'], { now: NOW });
    const result = await importCsv(j, 'Name,Referred By\nCara Doe,"Smith, Dan"\n');
    expect(result.stderr).toBe('note line 2: Cara Doe is referred by Smith, Dan, but that name is ambiguous: 2 contacts have it (#1, #2); not linked, kept on their card as "Referred by Smith, Dan"\n');
    expect(await referralOf(j, 'Cara Doe')).toEqual({ referredBy: null, remembers: ['Referred by Smith, Dan'] });
  });
});
