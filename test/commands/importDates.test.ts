// Anniversaries on import (issue 12, item 5): Outlook's Anniversary column, vCard 4.0's
// ANNIVERSARY and Apple's labelled X-ABDATE become yearly details with their year, which
// rel today then counts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeJournal } from '../harness/journal.js';
import { FIXTURES } from '../harness/paths.js';

const OUTLOOK = join(FIXTURES, 'import', 'outlook-contacts.csv');

interface DetailJson {
  text: string;
  date: string | null;
  yearly: boolean;
}

describe('anniversaries on import', () => {
  it("Outlook's Anniversary column: a yearly detail with its year, counted in rel today; a second import adds nothing", async () => {
    const j = makeJournal({ now: '2026-06-17' });
    expect(await j.ok(['import', OUTLOOK])).toBe(`added 4, updated 0, skipped 0 from ${OUTLOOK}\n`);
    const aiko = await j.json(['show', 'Aiko Tanaka', '--json']);
    expect(aiko.details.map((d: DetailJson) => [d.text, d.date, d.yearly])).toEqual([
      ['Said "call me Aiko" at the first meeting.', null, false],
      ['anniversary', '2015-06-20', true],
    ]);
    expect(await j.ok(['today'])).toContain('Aiko Tanaka #4\n  • 11th anniversary in 3 days\n');
    // Detail 5: Robert, before her in the file, has two (his notes, and his referrer kept by name).
    expect(await j.ok(['show', 'Aiko Tanaka'])).toContain('  anniversary — 20 June, every year since 2015 [detail 5]\n');
    expect(await j.ok(['import', OUTLOOK])).toBe(`added 0, updated 0, skipped 4 from ${OUTLOOK}\n`);
    expect((await j.json(['show', 'Aiko Tanaka', '--json'])).details).toHaveLength(2);
  });

  it('an anniversary on another day than the one the journal keeps is not taken, and said as a birthday is', async () => {
    const j = makeJournal({ now: '2026-12-06' });
    const outlook = (day: string) => `First Name,Last Name,E-mail Address,Anniversary\r\nJane,Doe,,${day}\r\n`;
    await j.ok(['import', '-'], { input: outlook('6/12/2010') });
    const before = j.dump();
    const kept = 'skip Jane Doe (line 2): nothing new (#1); the journal keeps its anniversary (2010-06-12, not 2011-06-13)';
    expect(await j.ok(['import', '-', '--dry-run'], { input: outlook('6/13/2011') })).toBe(`Outlook CSV, 1 row, dates month-first\n${kept}\nwould add 0, update 0, skip 1\n`);
    expect(await j.rel(['import', '-'], { input: outlook('6/13/2011') })).toEqual({
      code: 0,
      stdout: 'added 0, updated 0, skipped 1 from stdin\n',
      stderr: `${kept}\n`,
    });
    expect(j.dump()).toBe(before);
    // Evolution's anniversary, then Outlook's vCard of the same person with another one and a new email.
    const card = (property: string, emails: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Bo Ray', ...emails.map((e) => `EMAIL:${e}`), property, 'END:VCARD', ''].join('\r\n');
    await j.ok(['import', '-'], { input: card('X-EVOLUTION-ANNIVERSARY:1980-03-22', ['bo@ray.example']) });
    const outlookCard = card('X-MS-ANNIVERSARY:20110113', ['bo@ray.example', 'bo@work.example']);
    expect(await j.ok(['import', '-', '--dry-run'], { input: outlookCard })).toBe('vCard, 1 card\nupdate Bo Ray #2 (line 1): +1 email; the journal keeps its anniversary (1980-03-22, not 2011-01-13)\nwould add 0, update 1, skip 0\n');
  });

  it('vCard ANNIVERSARY and an Apple date with its label, filled in on someone already there', async () => {
    const j = makeJournal({ now: '2026-06-10' });
    await j.ok(['contact', 'add', 'Ben Carter', '--email', 'ben@example.com']);
    const vcf = [
      'BEGIN:VCARD', 'VERSION:4.0', 'FN:Ben Carter', 'EMAIL:ben@example.com', 'ANNIVERSARY:20090613', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:3.0', 'FN:Cleo Park', 'item1.X-ABDATE;type=pref:2019-06-11', 'item1.X-ABLabel:Shop opened',
      'item2.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-06-12', 'item2.X-ABLabel:_$!<Anniversary>!$_', 'END:VCARD', '',
    ].join('\r\n');
    expect(await j.ok(['import', '-', '--dry-run'], { input: vcf })).toBe('vCard, 2 cards\nupdate Ben Carter #1 (line 1): +1 date\nadd Cleo Park (line 7)\nwould add 1, update 1, skip 0\n');
    expect(await j.ok(['import', '-'], { input: vcf })).toBe('added 1, updated 1, skipped 0 from stdin\n');
    const reasons = (await j.json(['today', '--json', '--all'])).flatMap((row: { reasons: Array<{ text: string }> }) => row.reasons.map((r) => r.text));
    expect(reasons).toEqual(expect.arrayContaining(['17th anniversary in 3 days', '7 years since the Shop opened tomorrow', 'anniversary in 2 days']));
    expect(await j.ok(['export', 'details'])).toBe(
      // (The people added come first, then those filled in.)
      ['id,contact_id,contact,text,date,yearly', '1,2,Cleo Park,Shop opened,2019-06-11,true', "2,2,Cleo Park,anniversary,'--06-12,true", '3,1,Ben Carter,anniversary,2009-06-13,true', ''].join('\r\n'),
    );
  });
});
