// rel import of a German Outlook export: refused before ("the header is not one rel knows"), now
// read as Outlook's, the dry run saying so, and one undo taking it back.
import { describe, expect, it } from 'vitest';
import { makeJournal } from '../harness/journal.js';

// The first columns of a German Outlook export, as it writes them (outlookTranslations.ts).
const input = [
  '"Anrede","Vorname","Weitere Vornamen","Nachname","Suffix","Firma","Position","Fax geschäftlich","Mobiltelefon","E-Mail-Adresse","Geburtstag"',
  '"","Anna","","Müller","","Müller & Söhne GmbH","Geschäftsführerin","+49 89 123457","+49 170 1234567","anna@mueller-soehne.example","15.03.1975"',
  '"","Jörg","","Weiß","","","","","","joerg@example.com","4.2.1971"',
  '',
].join('\r\n');

describe('rel import of an Outlook CSV (German)', () => {
  it('--dry-run says how it reads (dd.mm.yyyy is day-first, nothing to decide), and warns of the column left out by its German name', async () => {
    const result = await makeJournal().rel(['import', '-', '--dry-run'], { input });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Outlook CSV (German), 2 rows\nadd Anna Müller (line 2)\nadd Jörg Weiß (line 3)\nwould add 2, update 0, skip 0\n');
    expect(result.stderr.split('\n')[0]).toBe('warning: stdin line 2, field Fax geschäftlich: rel has no field for this column; its value is left out');
  });

  it('imports the people with their fields; one undo takes the import back', async () => {
    const j = makeJournal();
    await j.ok(['import', '-'], { input });
    const people = await j.json<Array<{ name: string; emails: string[]; phones: string[]; company: string | null; role: string | null; birthday: string | null }>>(['export', 'contacts', '--format', 'json']);
    expect(people.map(({ name, emails, phones, company, role, birthday }) => ({ name, emails, phones, company, role, birthday }))).toEqual([
      { name: 'Anna Müller', emails: ['anna@mueller-soehne.example'], phones: ['+49 170 1234567'], company: 'Müller & Söhne GmbH', role: 'Geschäftsführerin', birthday: '1975-03-15' },
      { name: 'Jörg Weiß', emails: ['joerg@example.com'], phones: [], company: null, role: null, birthday: '1971-02-04' },
    ]);
    await j.ok(['undo']);
    expect(await j.json<unknown[]>(['export', 'contacts', '--format', 'json'])).toEqual([]);
  });
});
