// LinkedIn's connections export (issue 14, item 2), in LinkedIn's layout: the notes before the
// header are passed over, Connected On becomes how you met, the profile URL a remembered detail.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeJournal } from '../harness/journal.js';
import { FIXTURES } from '../harness/paths.js';

const CONNECTIONS = join(FIXTURES, 'import', 'linkedin-connections.csv');

interface Shown {
  person: { name: string; emails: string[]; company: string | null; role: string | null; met: string | null };
  details: Array<{ text: string }>;
}

describe('rel import of LinkedIn connections', () => {
  it('skips the notes, keeps how you met with the day, and the profile URL as a detail; a second import changes nothing', async () => {
    const j = makeJournal();
    expect(await j.ok(['import', CONNECTIONS, '--dry-run'])).toBe(
      ['LinkedIn connections CSV, 3 rows', 'add Priya Raman (line 5)', 'add Tomás García (line 6)', 'add Aiko Tanaka (line 7)', 'would add 3, update 0, skip 0', ''].join('\n'),
    );
    expect(await j.rel(['import', CONNECTIONS])).toMatchObject({ code: 0, stdout: `added 3, updated 0, skipped 0 from ${CONNECTIONS}\n`, stderr: '' });
    const priya = await j.json<Shown>(['show', 'Priya Raman', '--json']);
    expect(priya.person).toMatchObject({ emails: ['priya.raman@mail.example'], company: 'Raman Consulting', role: 'Founder', met: 'LinkedIn, connected 2024-03-12' });
    expect(priya.details.map((d) => d.text)).toEqual(['LinkedIn: https://www.linkedin.com/in/priya-raman-4b2a1c']);
    const tomas = await j.json<Shown>(['show', 'Tomás García', '--json']);
    expect(tomas.person).toMatchObject({ emails: [], role: 'Sales Director, EMEA', met: 'LinkedIn, connected 2023-01-03' });
    const before = j.dump();
    expect(await j.ok(['import', CONNECTIONS])).toBe(`added 0, updated 0, skipped 3 from ${CONNECTIONS}\n`);
    expect(j.dump()).toBe(before);
  });

  it('fills in someone already in the journal, by email, without overwriting how you met', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Priya R.', '--email', 'priya.raman@mail.example', '--met', 'Trade show 2023']);
    await j.ok(['import', CONNECTIONS]);
    expect((await j.json<Shown>(['show', 'Priya R.', '--json'])).person).toMatchObject({ company: 'Raman Consulting', met: 'Trade show 2023' });
  });

  it("reads an older export's layout: no notes, no URL, Connected On as 12-Mar-24; an unreadable day is a warning, and how you met stays LinkedIn", async () => {
    const j = makeJournal();
    const input = 'First Name,Last Name,Email Address,Company,Position,Connected On\nSam,Okafor,sam@okafor.example,Okafor Events,Planner,12-Mar-24\nLi,Wei,,,,someday\n';
    const result = await j.rel(['import', '-'], { input });
    expect(result.stdout).toBe('added 2, updated 0, skipped 0 from stdin\n');
    expect(result.stderr.split('\n')[0]).toBe(
      'warning: stdin line 3, field Connected On: "someday" is not a date; expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY, or --MM-DD without a year',
    );
    expect((await j.json<Shown>(['show', 'Sam Okafor', '--json'])).person.met).toBe('LinkedIn, connected 2024-03-12');
    expect((await j.json<Shown>(['show', 'Li Wei', '--json'])).person.met).toBe('LinkedIn');
  });
});
