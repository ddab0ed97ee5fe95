import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { idProblem, tidyName } from '../../../src/domain/nameText.js';
import { ImportFormatError } from '../../../src/formats/importError.js';
import { readVCards, writeVCard, type VCardContact } from '../../../src/formats/vcard.js';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));
const corpus = new URL('../../../../shared/corpora/vcard-ez-vcard/', import.meta.url);
const cardsOf = (input: string | Uint8Array, file: string) => readVCards(input, file).contacts;
/** The warnings of reading a file, each as it is printed. */
const warningsOf = (input: string | Uint8Array, file: string) => readVCards(input, file).warnings.map((w) => `${w.file} line ${w.line}${w.field === undefined ? '' : `, field ${w.field}`}: ${w.problem}`);
const fromCorpus = (name: string) => cardsOf(readFileSync(new URL(name, corpus)), name);

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe.runIf(existsSync(corpus))('vCard corpus (ez-vcard samples)', () => {
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.vcf')) : [];

  it.each(files)('%s parses, or fails with an ImportFormatError', (name) => {
    try {
      expect(fromCorpus(name).length).toBeGreaterThan(0);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportFormatError);
    }
  });

  it('iPhone (CR CR LF line ends, item groups, folded photo)', () => {
    const [john] = fromCorpus('John_Doe_IPHONE.vcf');
    expect(john).toMatchObject({
      name: 'Mr. John Richter James Doe Sr.',
      emails: ['john.doe@ibm.com'],
      company: 'IBM',
      role: 'Money Counter',
      birthday: '2012-06-06',
      aliases: ['Johny'],
      source: { file: 'John_Doe_IPHONE.vcf', line: 1 },
    });
    expect(john?.phones).toHaveLength(7);
    expect(john?.phones[0]).toBe('905-555-1234');
  });

  it('Android 2.1 (quoted-printable UTF-8, soft breaks, cards with only an email)', () => {
    const cards = fromCorpus('John_Doe_ANDROID.vcf');
    expect(cards).toHaveLength(6);
    expect(cards[0]).toMatchObject({ name: 'john.doe@company.com', emails: ['john.doe@company.com'], tags: [] });
    expect(cards[2]).toMatchObject({ name: 'Ñ Ñ Ñ Ñ Ñ', phones: ['123456789'], source: { line: 11 } });
    expect(cards[3]?.name).toBe('Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ');
    expect(cards[3]?.phones).toEqual(['123456', '234567', '3456789', '45678901']);
  });

  it('Outlook 2003 (2.1, quoted-printable note, base64 key)', () => {
    const [john] = fromCorpus('outlook-2003.vcf');
    expect(john).toMatchObject({
      name: 'John Doe III',
      company: 'Company, The',
      role: 'The Job Title',
      birthday: '1980-03-21',
      aliases: ['Joey'],
      note: 'This is the note field!!\nSecond line\n\nThird line is empty\nDepartment: TheDepartment\nRole: TheProfession\nWebsite (work): http://web-page-address.com\nAddress (work): TheOffice, 123 Main St, Austin, TX 12345, United States of America',
    });
    // The sample's numbers are words: each is left out with a warning naming its line, as are its key and free/busy URL.
    expect(john?.phones).toEqual([]);
    expect(readVCards(readFileSync(new URL('outlook-2003.vcf', corpus)), 'o.vcf').warnings.map((w) => [w.line, w.field, w.problem])).toEqual([
      ...['BusinessPhone', 'HomePhone', 'MobilePhone', 'BusinessFaxPhone'].map((word, i) => [10 + i, 'TEL', `"${word}" is not a phone number (it has no digits)`]),
      [20, 'KEY', 'a key (certificate), which rel does not keep; left out'],
      [39, 'FBURL', 'rel has no field for this property; "????????????????s????????????" is left out'],
    ]);
  });

  it('Gmail list', () => {
    expect(fromCorpus('gmail-list.vcf').map((c) => [c.name, c.emails])).toEqual([
      ['Arnold Smith', ['asmithk@gmail.com']],
      ['Chris Beatle', ['chrisy55d@yahoo.com']],
      ['Doug White', ['dwhite@gmail.com']],
    ]);
  });

  it('Gmail single: escaped quotes and colons, multi-line note', () => {
    const [greg] = fromCorpus('gmail-single.vcf');
    expect(greg).toMatchObject({ name: 'Greg Dartmouth', birthday: '1960-09-10', company: 'TheCompany', aliases: ['Gman'] });
    expect(greg?.note).toBe(
      "This is GMail's note field.\nIt should be added as a NOTE type.\nACustomField: CustomField\n" +
        'Website (profile): http://TheProfile.com\nAddress (home): 123 Home St, Home City, HM 12345\nAddress (CustomAdrType): 321 Custom St, Custom City, TX 98765, USA',
    );
  });

  it('RFC 6350 example (4.0, yearless BDAY, tel: URI)', () => {
    const [simon] = fromCorpus('rfc6350-example.vcf');
    expect(simon).toMatchObject({
      name: 'Simon Perreault',
      birthday: '--02-03',
      company: 'Viagenie',
      emails: ['simon.perreault@viagenie.ca'],
      phones: ['+1-418-656-9254 ext. 102', '+1-418-262-6501'],
    });
  });

  it('anniversaries and Apple dates, as each program writes them, become yearly dates with their year', () => {
    expect(fromCorpus('rfc6350-example.vcf')[0]?.dates).toEqual([{ text: 'anniversary', date: '2009-08-08' }]); // 20090808T1430-0500
    expect(fromCorpus('gmail-single.vcf')[0]?.dates).toEqual([{ text: 'anniversary', date: '1970-06-02' }]); // item4.X-ABDATE + item4.X-ABLabel
    expect(fromCorpus('gmail-single2.vcf')[0]?.dates).toEqual([
      { text: 'anniversary', date: '1930-03-20' },
      { text: 'date', date: '1776-07-04' }, // no label
      { text: 'CustomDateCategory', date: '2000-09-12' },
    ]);
    expect(fromCorpus('John_Doe_GMAIL.vcf')[0]?.dates).toEqual([{ text: 'anniversary', date: '1975-03-01' }]);
    expect(fromCorpus('John_Doe_MS_OUTLOOK.vcf')[0]?.dates).toEqual([{ text: 'anniversary', date: '2011-01-13' }]);
    expect(fromCorpus('outlook-2007.vcf')[0]?.dates).toEqual([{ text: 'anniversary', date: '2012-08-01' }]);
    expect(fromCorpus('John_Doe_EVOLUTION.vcf')[0]?.dates).toEqual([{ text: 'anniversary', date: '1980-03-22' }]);
    expect(fromCorpus('thunderbird-MoreFunctionsForAddressBook-extension.vcf')[0]?.dates).toEqual([{ text: 'anniversary', date: '1990-04-30' }]);
  });

  it("Thunderbird's categories, commas escaped (category1\\, category2), are one tag each", () => {
    expect(fromCorpus('thunderbird-MoreFunctionsForAddressBook-extension.vcf')[0]?.tags).toEqual(['category1', 'category2', 'category3']);
    expect(fromCorpus('John_Doe_EVOLUTION.vcf')[0]?.tags).toEqual(['VIP']);
  });

  it('RFC 2426 example (LF line ends, lower-case BEGIN:vCard, no N)', () => {
    expect(fromCorpus('rfc2426-example.vcf').map((c) => c.name)).toEqual(['Frank Dawson', 'Tim Howes']);
  });
});

describe('vCard fixtures written like their programs write them', () => {
  it('iPhone 3.0: X-APPLE-OMIT-YEAR means no year; escapes undone; photo skipped', () => {
    const [ada, sven] = cardsOf(fixture('import/iphone.vcf'), 'iphone.vcf');
    expect(ada).toEqual({
      name: 'Adaeze Okafor',
      emails: ['ada@okaforevents.example', 'adaeze.okafor@mail.example'],
      phones: ['+1 (512) 555-0142', '+1 (512) 555-0199'],
      company: 'Okafor Events',
      role: 'Owner',
      birthday: '--03-15',
      aliases: ['Ada'],
      tags: [],
      note: 'Prefers invoices at the end of the month.\nLoves golf, plays Sundays.\nAddress (home): 4 Elm St, Austin, TX 78701, United States',
      relations: [{ name: 'Chidi', kind: 'spouse', line: 17 }],
      source: { file: 'iphone.vcf', line: 1 },
    });
    expect(sven).toMatchObject({ name: 'Sven Lindqvist', birthday: '1984-02-29', source: { line: 20 } });
  });

  it('Android 2.1: a soft break inside a UTF-8 character, the "My Contacts" group dropped', () => {
    const [juergen, numberOnly, olga] = cardsOf(fixture('import/android.vcf'), 'android.vcf');
    expect(juergen).toMatchObject({
      name: 'Jürgen Müller',
      company: 'Blumenhaus Müller',
      role: 'Inhaber',
      phones: ['+49 170 5550123', '+49 30 5550456'],
      birthday: '1968-07-04',
      note: 'Bestellt jedes Jahr im Dezember Weihnachtssterne für das ganze Büro.\n\nFrau heißt Sabine.',
      tags: [],
    });
    expect(numberOnly).toMatchObject({ name: '+49 151 5550987', phones: ['+49 151 5550987'] });
    expect(olga).toMatchObject({ name: 'Ольга Иванова', emails: ['olga.ivanova@example.ru'] });
  });

  it('Outlook 2.1: windows-1252 bytes, raw and quoted-printable', () => {
    const [helene] = cardsOf(fixture('import/outlook.vcf'), 'outlook.vcf');
    expect(helene).toMatchObject({
      name: 'Hélène Lefèvre',
      company: 'Pâtisserie Lefèvre',
      role: 'Gérante',
      emails: ['helene@patisserie-lefevre.example'],
      phones: ['+33 1 55 50 12 34', '+33 6 55 50 98 76'],
      birthday: '1979-09-12',
      note: 'Cliente fidèle depuis 2015 – macarons pour chaque fête.\nAime le thé vert.\nAddress (work): 12 rue des Lilas, Paris, 75011, France',
    });
  });

  it('4.0: tel: URIs, --MMDD on 29 February, categories, free-text BDAY ignored', () => {
    const [priya, tomas] = cardsOf(fixture('import/contacts-4.0.vcf'), 'contacts-4.0.vcf');
    expect(priya).toMatchObject({
      name: 'Priya Raman',
      phones: ['+44-7700-900123'],
      company: 'Raman Consulting',
      role: 'Principal',
      birthday: '--02-29',
      aliases: ['Pri', 'PR'],
      tags: ['Clients', 'Referrers'],
    });
    expect(tomas?.name).toBe('Tomás García');
    expect(tomas?.birthday).toBeUndefined();
  });
});

const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD', ''].join('\r\n');

describe('reading details', () => {
  it('builds the name from N when FN is missing, else from ORG, else the email', () => {
    expect(cardsOf(card('N:Doe;Jane;Q.;Dr.;'), 'x.vcf')[0]?.name).toBe('Jane Doe');
    expect(cardsOf(card('ORG:Acme;Sales', 'EMAIL:info@acme.example'), 'x.vcf')[0]?.name).toBe('Acme');
    expect(cardsOf(card('EMAIL:info@acme.example'), 'x.vcf')[0]?.name).toBe('info@acme.example');
  });

  it('CATEGORIES: a comma separates tags, escaped or not (a tag cannot hold one); a lone category stays whole', () => {
    const tags = (line: string) => cardsOf(card('FN:X', line), 'x.vcf')[0]?.tags;
    expect(tags('CATEGORIES:Clients,Referrers')).toEqual(['Clients', 'Referrers']);
    expect(tags('CATEGORIES:Wedding Clients')).toEqual(['Wedding Clients']);
    expect(tags('CATEGORIES:Clients\\, Wedding Clients\\,Referrers,Gold')).toEqual(['Clients', 'Wedding Clients', 'Referrers', 'Gold']);
    expect(tags('CATEGORIES:a\\,\\, ,b')).toEqual(['a', 'b']);
    expect(tags('CATEGORIES:Clients\\;Gold')).toEqual(['Clients;Gold']); // not a list separator: importTag makes it "clients gold"
  });

  it('skips a card with nothing to name it by', () => {
    expect(cardsOf(card('NOTE:'), 'x.vcf')).toEqual([]);
  });

  it.each([
    ['1980-03-15', '1980-03-15'],
    ['19800315', '1980-03-15'],
    ['--0315', '--03-15'],
    ['--03-15', '--03-15'],
    ['1980-03-15T00:00:00Z', '1980-03-15'],
  ])('BDAY:%s is %s', (bday, stored) => {
    expect(cardsOf(card('FN:X', `BDAY:${bday}`), 'x.vcf')[0]?.birthday).toBe(stored);
  });

  it('reads Apple\'s omitted year in basic form too', () => {
    expect(cardsOf(card('FN:X', 'BDAY;X-APPLE-OMIT-YEAR=1604;VALUE=DATE:16040105'), 'x.vcf')[0]?.birthday).toBe('--01-05');
  });

  it('reads anniversaries and labelled Apple dates as yearly dates, with or without a year', () => {
    const read = (...lines: string[]) => cardsOf(card('FN:X', ...lines), 'x.vcf')[0]?.dates;
    expect(read('ANNIVERSARY:20100614')).toEqual([{ text: 'anniversary', date: '2010-06-14' }]);
    expect(read('ANNIVERSARY:--0614')).toEqual([{ text: 'anniversary', date: '--06-14' }]);
    expect(read('ANNIVERSARY;VALUE=text:the summer of 1990')).toBeUndefined(); // free text, as a BDAY may be
    // The label may come before its date; Apple's own labels are read, others kept as typed.
    expect(read('item2.X-ABLabel:_$!<Anniversary>!$_', 'item2.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-06-14', 'item3.X-ABDATE:2019-09-01', 'item3.X-ABLabel:Shop opened'))
      .toEqual([{ text: 'anniversary', date: '--06-14' }, { text: 'Shop opened', date: '2019-09-01' }]);
    expect(read('item1.X-ABDATE:2001-02-03', 'item1.X-ABLabel:_$!<Other>!$_')).toEqual([{ text: 'date', date: '2001-02-03' }]);
    // One date under two names counts once.
    expect(read('ANNIVERSARY:1980-03-22', 'X-EVOLUTION-ANNIVERSARY:1980-03-22')).toEqual([{ text: 'anniversary', date: '1980-03-22' }]);
    expect(read('X-ABDATE:', 'NOTE:n')).toBeUndefined();
  });

  it('a date that is not one is left out with a warning naming the line and field; the rest of the card is read', () => {
    const text = card('FN:X', 'BDAY:1980-13-45', 'item1.X-ABDATE:2019-02-30', 'item1.X-ABLabel:_$!<Anniversary>!$_', 'EMAIL:x@example.com');
    expect(warningsOf(text, 'x.vcf')).toEqual([
      'x.vcf line 4, field BDAY: "1980-13-45" is not a date; expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY, or --MM-DD without a year',
      'x.vcf line 5, field X-ABDATE: "2019-02-30" is not a date; expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY, or --MM-DD without a year',
    ]);
    expect(cardsOf(text, 'x.vcf')).toEqual([{ name: 'X', emails: ['x@example.com'], phones: [], aliases: [], tags: [], source: { file: 'x.vcf', line: 1 } }]);
  });

  it("reads a phone's BDAY:1995/05/05, and numeric birthdays in the order the file's dates prove", () => {
    expect(cardsOf(card('FN:X', 'BDAY:1995/05/05'), 'x.vcf')[0]?.birthday).toBe('1995-05-05');
    const both = [card('FN:A', 'BDAY:15/03/1985'), card('FN:B', 'BDAY:04/02/1971')].join('');
    expect(cardsOf(both, 'x.vcf').map((c) => c.birthday)).toEqual(['1985-03-15', '1971-02-04']);
    expect(readVCards(both, 'x.vcf').dates).toMatchObject({ order: 'dmy', by: 'proof' });
  });

  it('an email that is no address, a TEL with no digits: left out with a warning, the card kept', () => {
    const text = card('FN:X', 'EMAIL:call me', 'EMAIL:mailto:x@example.com', 'TEL:n/a', 'TEL:+1 555 0100');
    expect(cardsOf(text, 'x.vcf')[0]).toMatchObject({ emails: ['x@example.com'], phones: ['+1 555 0100'] });
    expect(warningsOf(text, 'x.vcf')).toEqual(['x.vcf line 4, field EMAIL: "call me" is not an email address (name@example.com)', 'x.vcf line 6, field TEL: "n/a" is not a phone number (it has no digits)']);
  });

  it('a stray carriage return inside a value (Thunderbird) is part of the value, not a line end', () => {
    const text = card('FN:Jane Doe', 'X-CUSTOM1:first\rsecond', 'NOTE:one\rtwo', 'EMAIL:jane@example.com');
    // The custom field, which rel has no field for, is left out whole: one value, no broken line.
    expect(warningsOf(text, 'x.vcf')).toEqual(['x.vcf line 4, field X-CUSTOM1: rel has no field for this property; "first second" is left out']);
    expect(cardsOf(text, 'x.vcf')).toEqual([expect.objectContaining({ name: 'Jane Doe', note: 'one\ntwo', emails: ['jane@example.com'] })]);
  });

  it('gives the same contacts whatever the line ends, with or without a BOM', () => {
    const lines = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Jane', ' Doe', 'EMAIL:jane@example.com', 'END:VCARD'];
    const expected = cardsOf(lines.join('\r\n'), 'x.vcf');
    for (const eol of ['\n', '\r', '\r\r\n']) expect(cardsOf(`\uFEFF${lines.join(eol)}${eol}`, 'x.vcf')).toEqual(expected);
    expect(expected[0]?.name).toBe('JaneDoe'); // folding removes the line break and one space
  });
});

describe('bad vCard files', () => {
  it('an unterminated card names the line it starts on', () => {
    const error = thrownBy(() => cardsOf(fixture('bad/bad-unterminated.vcf'), 'bad-unterminated.vcf'));
    expect(error).toBeInstanceOf(ImportFormatError);
    expect(error).toMatchObject({ file: 'bad-unterminated.vcf', line: 6 });
    expect((error as Error).message).toBe('bad-unterminated.vcf line 6: this card has no END:VCARD (the file is cut short?)');
  });

  it('an impossible BDAY is a warning naming file, line and field', () => {
    expect(warningsOf(fixture('odd/bad-bday.vcf'), 'bad-bday.vcf')).toEqual([
      'bad-bday.vcf line 10, field BDAY: "1980-13-45" is not a date; expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY, or --MM-DD without a year',
    ]);
  });

  it.each([
    ['not a vCard at all', 'name,email\nJane,jane@example.com\n', 'x.vcf line 1: expected BEGIN:VCARD, found "name,email"'],
  ])('%s', (_, text, message) => {
    expect(() => readVCards(text, 'x.vcf')).toThrow(new ImportFormatError({ file: 'x.vcf' }, '').constructor);
    expect(() => readVCards(text, 'x.vcf')).toThrow(message);
  });

  it.each([['empty', ''], ['blank lines only', '\r\n  \n\t\n'], ['a byte-order mark alone', '\uFEFF']])('%s: no cards, no warning (the import says there is nothing to import)', (_, text) => {
    expect(readVCards(text, 'x.vcf')).toMatchObject({ records: 0, contacts: [], unnamed: [], warnings: [] });
  });

  it('a line that is no property, and one between cards, are left out with a warning; the cards are kept', () => {
    const text = 'BEGIN:VCARD\nFN:Jane\nthis is not a property\nEND:VCARD\nstray text\nBEGIN:VCARD\nFN:Bob\nEND:VCARD\n';
    expect(cardsOf(text, 'x.vcf').map((c) => c.name)).toEqual(['Jane', 'Bob']);
    expect(warningsOf(text, 'x.vcf')).toEqual([
      'x.vcf line 3: "this is not a property" is not a vCard property (NAME:value); line skipped',
      'x.vcf line 5: "stray text" is outside any card (expected BEGIN:VCARD); line skipped',
    ]);
  });

  it('a card with nothing to know a person by is skipped with a warning', () => {
    const read = readVCards(card('NOTE:hello'), 'x.vcf');
    expect(read.contacts).toEqual([]);
    expect(read.unnamed).toEqual([{ file: 'x.vcf', line: 1 }]);
    expect(read.warnings.map((w) => w.problem)).toEqual(['no name, email or phone to know a person by; record skipped']);
  });

  it('a name of several lines is no name: the card is skipped with a warning; such a nickname is left out', () => {
    const CANNOT = 'a name cannot contain line breaks, tabs or other control characters';
    const text = card('FN:Two\\nLines', 'EMAIL:t@x.example') + card('N:Lee;An\\nn;;;', 'TEL:555 0100 111') + card('FN:Bo Lin', 'NICKNAME:Bobo\\nX,Bee');
    const read = readVCards(text, 'x.vcf');
    expect(read.contacts.map((c) => [c.name, c.aliases])).toEqual([['Bo Lin', ['Bee']]]);
    expect(read.unnamed).toEqual([
      { file: 'x.vcf', line: 1, reason: 'its name (field FN) cannot be read' },
      { file: 'x.vcf', line: 6, reason: 'its name (field N) cannot be read' },
    ]);
    expect(warningsOf(text, 'x.vcf')).toEqual([
      `x.vcf line 3, field FN: "Two Lines" is not a name: ${CANNOT}; record skipped`,
      `x.vcf line 8, field N: "An n" is not a name: ${CANNOT}; record skipped`,
      `x.vcf line 14, field NICKNAME: "Bobo X" is not an alias: ${CANNOT}`,
    ]);
  });

  it('any input either parses or fails with an ImportFormatError', () => {
    const anyLine = fc.oneof(fc.string(), fc.constantFrom('BEGIN:VCARD', 'END:VCARD', 'BDAY:', 'N:;;', 'NOTE;ENCODING=QUOTED-PRINTABLE:a=', ' x', ''));
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
        try {
          cardsOf(lines.join(eol), 'fuzz.vcf');
        } catch (error) {
          expect(error).toBeInstanceOf(ImportFormatError);
        }
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          cardsOf(Buffer.concat([Buffer.from('BEGIN:VCARD\r\nFN:'), bytes]), 'fuzz.vcf');
        } catch (error) {
          expect(error).toBeInstanceOf(ImportFormatError);
        }
      }),
    );
  });
});

describe('writeVCard', () => {
  const zoe: VCardContact = {
    id: 7,
    name: 'Zoë van Dijk',
    emails: ['zoe@example.com', 'z@work.example'],
    phones: ['+31 6 1234 5678'],
    company: 'Bloem, Blad & Co; Amsterdam',
    role: 'Owner',
    birthday: '1980-03-15',
    aliases: ['Zo'],
    tags: ['inner circle', 'florist'],
    note: 'Line one\nLine two, and a long one that goes on and on so the line must fold — ééééé ééééé',
  };

  it('writes vCard 3.0 with CRLF, folded at 75 octets', () => {
    const text = writeVCard(zoe);
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
    expect(text.endsWith('UID:rel-contact-7@rel\r\nEND:VCARD\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).toContain('ORG:Bloem\\, Blad & Co\\; Amsterdam\r\n');
    expect(text).toContain('N:Dijk;Zoë van;;;\r\n');
  });

  it("writes N with a title and a suffix in their own places, so that phones sort by the family name", () => {
    const n = (name: string) => /\r\nN:(.*)\r\n/.exec(writeVCard({ ...zoe, name }))?.[1];
    expect(n('Mr. Michael Angstadt Jr.')).toBe('Angstadt;Michael;;Mr.;Jr.');
    expect(n('Dr Anna Kowalska, PhD')).toBe('Kowalska;Anna;;Dr;PhD');
    expect(n('John Doe III')).toBe('Doe;John;;;III');
    expect(n('Mr. Bean')).toBe('Bean;;;Mr.;'); // a title and one name: the name is the family's
    expect(n('Mr.')).toBe(';Mr.;;;');
    expect(n('Jan V')).toBe('V;Jan;;;'); // a lone V is an initial
    expect(n('Cher')).toBe(';Cher;;;');
    // Written family name first, as lists sort people: the family name is before the comma.
    expect(n('Dupont, Jean')).toBe('Dupont;Jean;;;');
    expect(n('van der Berg, Anna Maria')).toBe('van der Berg;Anna Maria;;;');
    expect(n('Núñez, Dr. José Jr.')).toBe('Núñez;José;;Dr.;Jr.');
    expect(n('Angstadt, Jr.')).toBe('Angstadt;;;;Jr.');
  });

  it('reads back the same through ical.js, an independent parser', () => {
    const vcard = new ICAL.Component(ICAL.parse(writeVCard(zoe)) as unknown[]);
    const values = (name: string) => vcard.getAllProperties(name).flatMap((p) => p.getValues());
    expect(vcard.getFirstPropertyValue('fn')).toBe(zoe.name);
    expect(values('email')).toEqual(zoe.emails);
    expect(values('tel')).toEqual(zoe.phones);
    expect(values('org')).toEqual([zoe.company]);
    expect(values('title')).toEqual([zoe.role]);
    expect(String(vcard.getFirstPropertyValue('bday'))).toBe('1980-03-15');
    expect(values('categories')).toEqual(zoe.tags);
    expect(values('nickname')).toEqual(zoe.aliases);
    expect(vcard.getFirstPropertyValue('note')).toBe(zoe.note);
    expect(vcard.getFirstPropertyValue('uid')).toBe('rel-contact-7@rel');
  });

  it('writes a birthday without a year as --MMDD, which ical.js and our reader accept', () => {
    const text = writeVCard({ ...zoe, birthday: '--02-29' });
    expect(text).toContain('BDAY:--0229\r\n');
    expect(String(new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstPropertyValue('bday'))).toBe('--02-29');
  });

  it('round-trips through our own reader', () => {
    const [back] = cardsOf(writeVCard(zoe), 'rel.vcf');
    expect(back).toMatchObject({
      name: zoe.name,
      emails: zoe.emails,
      phones: zoe.phones,
      company: zoe.company,
      role: zoe.role,
      birthday: zoe.birthday,
      aliases: zoe.aliases,
      tags: zoe.tags,
      note: zoe.note,
      relId: zoe.id,
    });
  });

  it("reads rel's UID as the contact's id, and any other UID as it is", () => {
    const card = (uid: string) => cardsOf(`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoe Park\r\nUID:${uid}\r\nEND:VCARD\r\n`, 'x.vcf')[0];
    expect(card('rel-contact-12@rel')).toMatchObject({ relId: 12 });
    expect(card('rel-contact-12@rel')?.uid).toBeUndefined();
    expect(card('urn:uuid:9b2f4e1a-6c3d')).toMatchObject({ uid: 'urn:uuid:9b2f4e1a-6c3d' });
    expect(card('rel-contact-0@rel')).toMatchObject({ uid: 'rel-contact-0@rel' });
    expect(cardsOf(fixture('import/contacts-4.0.vcf'), 'contacts-4.0.vcf').map((c) => c.uid)).toEqual(['3f1c2a9e-8d1b-4b8e-9f62-1f0c7a5d2e41', 'urn:uuid:9b2f4e1a-6c3d-4f7a-8e21-5d0c9a7b3e62']);
  });

  it('round-trips any text', () => {
    fc.assert(
      // Any name the command line takes: one that reads as an id ("12") is none (idProblem), and a
      // name is kept with one space between words (tidyName), as an import reads it back.
      fc.property(fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && tidyName(s) === s && idProblem(s) === undefined), fc.string(), (name, note) => {
        const [back] = cardsOf(writeVCard({ id: 1, name, emails: [], phones: [], note }), 'x.vcf');
        expect(back?.name).toBe(name);
        expect(back?.note ?? '').toBe(note.replace(/\r\n?/g, '\n').trim());
      }),
    );
  });
});
