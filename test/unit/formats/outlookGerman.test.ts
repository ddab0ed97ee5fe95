// A German Outlook's CSV export: the same columns as the English one under German names, read by
// the one Outlook reader (outlookTranslations.ts). The header is a real one: the German Outlook
// 2007 export in open-xchange/appsuite-middleware's OutlookCSVContactImportTest (bug 9367).
import { describe, expect, it } from 'vitest';
import { detectContactsCsv, readContactsCsv } from '../../../src/formats/contactsCsv.js';

const HEADER = [
  'Anrede', 'Vorname', 'Weitere Vornamen', 'Nachname', 'Suffix', 'Firma', 'Abteilung', 'Position', 'Straße geschäftlich', 'Straße geschäftlich 2',
  'Straße geschäftlich 3', 'Ort geschäftlich', 'Region geschäftlich', 'Postleitzahl geschäftlich', 'Land/Region geschäftlich', 'Straße privat', 'Straße privat 2',
  'Straße privat 3', 'Ort privat', 'Bundesland/Kanton privat', 'Postleitzahl privat', 'Land/Region privat', 'Weitere Straße', 'Weitere Straße 2', 'Weitere Straße 3',
  'Weiterer Ort', 'Weiteres/r Bundesland/Kanton', 'Weitere Postleitzahl', 'Weiteres/e Land/Region', 'Telefon Assistent', 'Fax geschäftlich', 'Telefon geschäftlich',
  'Telefon geschäftlich 2', 'Rückmeldung', 'Autotelefon', 'Telefon Firma', 'Fax privat', 'Telefon privat', 'Telefon privat 2', 'ISDN', 'Mobiltelefon', 'Weiteres Fax',
  'Weiteres Telefon', 'Pager', 'Haupttelefon', 'Mobiltelefon 2', 'Telefon für Hörbehinderte', 'Telex', 'Abrechnungsinformation', 'Benutzer 1', 'Benutzer 2',
  'Benutzer 3', 'Benutzer 4', 'Beruf', 'Büro', 'E-Mail-Adresse', 'E-Mail-Typ', 'E-Mail: Angezeigter Name', 'E-Mail 2: Adresse', 'E-Mail 2: Typ',
  'E-Mail 2: Angezeigter Name', 'E-Mail 3: Adresse', 'E-Mail 3: Typ', 'E-Mail 3: Angezeigter Name', 'Empfohlen von', 'Geburtstag', 'Geschlecht', 'Hobby',
  'Initialen', 'Internet-Frei/Gebucht', 'Jahrestag', 'Kategorien', 'Kinder', 'Konto', 'Name Assistent', 'Name des/der Vorgesetzten', 'Notizen', 'Organisationsnr.',
  'Ort', 'Partner', 'Postfach geschäftlich', 'Postfach privat', 'Priorität', 'Privat', 'Regierungsnr.', 'Reisekilometer', 'Sprache', 'Stichwörter', 'Vertraulichkeit',
  'Verzeichnisserver', 'Webseite', 'Weiteres Postfach',
];

const quoted = (cells: readonly string[]) => cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',');
/** The file, as Outlook writes it: every cell quoted, CRLF, one row per contact given by its columns. */
const exportOf = (...rows: Array<Record<string, string>>) => [quoted(HEADER), ...rows.map((row) => quoted(HEADER.map((column) => row[column] ?? '')))].join('\r\n') + '\r\n';

// Outlook fills these in every row: Geschlecht "Keine Angabe", the Initialen of the name, and the flags.
const ANNA: Record<string, string> = {
  Vorname: 'Anna',
  'Weitere Vornamen': 'Maria',
  Nachname: 'Müller',
  Firma: 'Müller & Söhne GmbH',
  Abteilung: 'Vertrieb',
  Position: 'Geschäftsführerin',
  Beruf: 'Ingenieurin',
  'Straße geschäftlich': 'Hauptstraße 5',
  'Ort geschäftlich': 'München',
  'Postleitzahl geschäftlich': '80331',
  'Land/Region geschäftlich': 'Deutschland',
  'Telefon geschäftlich': '+49 89 123456',
  'Telefon privat': '+49 89 654321',
  Mobiltelefon: '+49 170 1234567',
  'E-Mail-Adresse': 'anna@mueller-soehne.example',
  'E-Mail-Typ': 'SMTP',
  'E-Mail: Angezeigter Name': 'Anna Maria Müller (anna@mueller-soehne.example)',
  'E-Mail 2: Adresse': 'anna.mueller@mail.example',
  'E-Mail 2: Typ': 'SMTP',
  'Empfohlen von': 'Ben Carter',
  Geburtstag: '15.03.1975',
  Geschlecht: 'Keine Angabe',
  Initialen: 'A.M.M.',
  Jahrestag: '20.6.2015',
  Kategorien: 'Kunden;VIP',
  Kinder: 'Lea, Max',
  'Name Assistent': 'Jonas Weber',
  'Name des/der Vorgesetzten': 'Petra Schmidt',
  Notizen: 'Trinkt Kaffee ohne Zucker.',
  Partner: 'Thomas Müller',
  Priorität: 'Normal',
  Privat: 'Aus',
  Vertraulichkeit: 'Normal',
  Webseite: 'https://mueller-soehne.example',
};

describe('Outlook CSV (German)', () => {
  it('is told apart by its header, as the English export is', () => {
    expect(detectContactsCsv(HEADER)).toBe('outlook');
    expect(detectContactsCsv(['Vorname', 'Nachname', 'E-Mail-Adresse'])).toBe('outlook');
    expect(detectContactsCsv(['Vorname', 'Nachname', 'Mobiltelefon'])).toBe('outlook');
    expect(detectContactsCsv(['Vorname', 'Nachname'])).toBeUndefined(); // someone's own list: nothing says Outlook
  });

  it('reads every field the English export gives, and says the language', () => {
    const read = readContactsCsv(exportOf(ANNA), 'outlook-de.csv');
    expect(read.kind).toBe('Outlook CSV (German)');
    expect(read.warnings).toEqual([]); // Geschlecht "Keine Angabe", the Initialen of the name and the flags say nothing
    expect(read.contacts).toEqual([
      {
        name: 'Anna Maria Müller',
        emails: ['anna@mueller-soehne.example', 'anna.mueller@mail.example'],
        phones: ['+49 170 1234567', '+49 89 123456', '+49 89 654321'],
        company: 'Müller & Söhne GmbH',
        role: 'Geschäftsführerin',
        birthday: '1975-03-15',
        dates: [{ text: 'anniversary', date: '2015-06-20' }],
        aliases: [],
        tags: ['Kunden', 'VIP'],
        note: 'Trinkt Kaffee ohne Zucker.\nDepartment: Vertrieb\nProfession: Ingenieurin\nWebsite: https://mueller-soehne.example\nAddress (business): Hauptstraße 5, München, 80331, Deutschland',
        referredBy: 'Ben Carter',
        relations: [
          { name: 'Thomas Müller', kind: 'spouse', line: 2 },
          { name: 'Lea', kind: 'child', line: 2 },
          { name: 'Max', kind: 'child', line: 2 },
          { name: 'Petra Schmidt', kind: 'manager', line: 2 },
          { name: 'Jonas Weber', kind: 'assistant', line: 2 },
        ],
        source: { file: 'outlook-de.csv', line: 2 },
      },
    ]);
  });

  it('reads dd.mm.yyyy birthdays day-first, and the windows-1252 file a German Outlook writes', () => {
    const file = Buffer.from(exportOf({ Vorname: 'Jörg', Nachname: 'Weiß', Geburtstag: '4.2.1971' }, { Vorname: 'Eva', Nachname: 'Kühn', Geburtstag: '0.0.00' }), 'latin1');
    const read = readContactsCsv(file, 'outlook-de.csv');
    expect(read.contacts.map((c) => [c.name, c.birthday])).toEqual([
      ['Jörg Weiß', '1971-02-04'],
      ['Eva Kühn', undefined],
    ]);
  });

  it('warns of a column it leaves out, and of a value it cannot read, by the German name', () => {
    const read = readContactsCsv(exportOf({ ...ANNA, 'Fax geschäftlich': '+49 89 123457', Geburtstag: 'irgendwann', Hobby: 'Segeln' }), 'outlook-de.csv');
    expect(read.warnings.map((w) => `line ${w.line}, field ${w.field}: ${w.problem}`)).toEqual([
      'line 2, field Fax geschäftlich: rel has no field for this column; its value is left out',
      'line 2, field Hobby: rel has no field for this column; its value is left out',
      'line 2, field Geburtstag: "irgendwann" is not a date; expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY, or --MM-DD without a year',
    ]);
  });

  it('leaves the English export as it was', () => {
    const read = readContactsCsv('First Name,Last Name,E-mail Address,Birthday,Gender\r\nAna,Souza,ana@example.com,3/21/1990,Unspecified\r\n', 'outlook.csv');
    expect(read.kind).toBe('Outlook CSV');
    expect(read.warnings).toEqual([]);
    expect(read.contacts).toMatchObject([{ name: 'Ana Souza', emails: ['ana@example.com'], birthday: '1990-03-21' }]);
  });
});
