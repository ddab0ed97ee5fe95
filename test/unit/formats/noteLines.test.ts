// What the readers keep as lines of the note, for the fields rel has none for: websites, postal
// addresses, a department, a second role. Nothing a person would want is silently lost.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContactsCsv } from '../../../src/formats/contactsCsv.js';
import { addressText, labelledLine, noteWithLines } from '../../../src/formats/noteLines.js';
import { readVCards } from '../../../src/formats/vcard.js';

const corpus = new URL('../../../../shared/corpora/vcard-ez-vcard/', import.meta.url);
const noteOfCard = (text: string) => readVCards(text, 'test.vcf').contacts[0]?.note;
const csvContact = (text: string) => readContactsCsv(text, 'test.csv').contacts[0];

describe('the lines themselves', () => {
  it('an address on one line, its empty parts and the commas ending a line left out', () => {
    expect(addressText({ street: 'Silicon Alley 5,\n2nd floor', city: 'New York', region: 'NY', postalCode: '12345', country: 'USA' })).toBe('Silicon Alley 5, 2nd floor, New York, NY 12345, USA');
    expect(addressText({ city: '', country: '' })).toBe('');
  });

  it('a label in brackets, "other" and none left out; no line without a value', () => {
    expect(labelledLine('Website', 'work', 'https://a.example')).toBe('Website (work): https://a.example');
    expect(labelledLine('Website', 'Other', 'https://a.example')).toBe('Website: https://a.example');
    expect(labelledLine('Address', 'home', '  ')).toBeUndefined();
  });

  it("the file's note first, then each line once", () => {
    expect(noteWithLines(' Likes tea. ', ['Website: a', undefined, 'Website: a', 'Address: b'])).toBe('Likes tea.\nWebsite: a\nAddress: b');
    expect(noteWithLines('', [undefined])).toBeUndefined();
  });
});

describe('vCard', () => {
  const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Jane Doe', ...lines, 'END:VCARD', ''].join('\r\n');

  it("keeps ORG's unit, ROLE beside TITLE, URL and ADR with their TYPE, after the card's note", () => {
    const note = noteOfCard(
      card('ORG:IBM;Accounting', 'TITLE:Money Counter', 'ROLE:Counting Money', 'NOTE:Likes tea.', 'URL;TYPE=WORK:http\\://www.ibm.com', 'ADR;TYPE=HOME,PREF:;;Silicon Alley 5\\,;New York;NY;12345;USA', 'item1.URL:https://blog.example', 'item1.X-ABLabel:My blog'),
    );
    expect(note).toBe(['Likes tea.', 'Department: Accounting', 'Role: Counting Money', 'Website (work): http://www.ibm.com', 'Website (My blog): https://blog.example', 'Address (home): Silicon Alley 5, New York, NY 12345, USA'].join('\n'));
  });

  it("keeps a second ORG whole, Apple's label of an address, and 2.1's LABEL when there is no ADR", () => {
    expect(noteOfCard(card('ORG:Org One;Dept One', 'ORG:Org Two;Dept Two', 'item2.ADR:;;1 Main St;Austin;TX;;', 'item2.X-ABLabel:_$!<Work>!$_'))).toBe('Department: Dept One\nCompany: Org Two, Dept Two\nAddress (work): 1 Main St, Austin, TX');
    expect(noteOfCard(card('LABEL;TYPE=WORK:Cresent moon drive\\nAlbaney\\, New York 12345'))).toBe('Address (work): Cresent moon drive, Albaney, New York 12345');
  });

  it('adds no line for what the contact already has: the one ORG without unit, the TITLE taken as role', () => {
    expect(readVCards(card('ORG:IBM', 'TITLE:Boss', 'ROLE:boss'), 'test.vcf').contacts[0]).not.toHaveProperty('note');
  });

  it.runIf(existsSync(corpus))("Outlook's John Doe (ez-vcard corpus): department, profession, website, both addresses", () => {
    const [john] = readVCards(readFileSync(new URL('John_Doe_MS_OUTLOOK.vcf', corpus)), 'John_Doe_MS_OUTLOOK.vcf').contacts;
    expect(john).toMatchObject({ company: 'IBM', role: 'Money Counter' });
    expect(john?.note?.split('\n').slice(-5)).toEqual([
      'Department: Accounting',
      'Role: Counting Money',
      'Website (work): http://www.ibm.com',
      'Address (work): Cresent moon drive, Albaney, New York 12345, United States of America',
      'Address (home): Silicon Alley 5, New York, New York 12345, United States of America',
    ]);
  });
});

describe('Google Contacts CSV', () => {
  it('keeps the department, each website and address with its label; the name prefix is left out', () => {
    const csv = [
      'First Name,Last Name,Name Prefix,Organization Name,Organization Department,Notes,E-mail 1 - Value,Website 1 - Label,Website 1 - Value,Address 1 - Label,Address 1 - Formatted,Address 2 - Label,Address 2 - Formatted,Address 2 - Street,Address 2 - City,Address 2 - Postal Code',
      'Anna,Schmidt,Dr.,Schmidt GmbH,Sales,Two kids.,anna@example.com,Work,https://schmidt.example ::: https://anna.example,Home,"Hauptstr. 1\n10115 Berlin",* Ferienhaus,,Am See 2,Waren,17192',
    ].join('\n');
    const anna = csvContact(csv);
    expect(anna).toMatchObject({ name: 'Anna Schmidt', company: 'Schmidt GmbH' });
    expect(anna?.note).toBe(['Two kids.', 'Department: Sales', 'Website (work): https://schmidt.example', 'Website (work): https://anna.example', 'Address (home): Hauptstr. 1, 10115 Berlin', 'Address (Ferienhaus): Am See 2, Waren, 17192'].join('\n'));
  });

  it("reads the legacy export's Organization 1 - Department and Type columns", () => {
    const csv = 'Name,Given Name,Family Name,Group Membership,Organization 1 - Name,Organization 1 - Department,Website 1 - Type,Website 1 - Value\nSøren Holm,Søren,Holm,* myContacts,Holm Bageri,Bakery,Home Page,http://holm.example\n';
    expect(csvContact(csv)?.note).toBe('Department: Bakery\nWebsite (home page): http://holm.example');
  });
});

describe('Outlook CSV', () => {
  it('keeps Department, Profession, Web Page and the Business and Home addresses; Title and Suffix are left out', () => {
    const csv = [
      'Title,First Name,Last Name,Suffix,Company,Department,Job Title,Profession,Business Street,Business Street 2,Business City,Business State,Business Postal Code,Business Country/Region,Home Street,Home City,E-mail Address,Notes,Web Page',
      'Mr.,Robert,Mitchell,Jr.,Mitchell & Sons,Retail,Owner,Carpenter,220 Congress Ave,Suite 4,Austin,TX,78701,United States of America,12 Elm St,Austin,rob@mitchell.example,Prefers calls.,http://mitchell.example',
    ].join('\n');
    const robert = csvContact(csv);
    expect(robert).toMatchObject({ name: 'Robert Mitchell', company: 'Mitchell & Sons', role: 'Owner' });
    expect(robert?.note).toBe(
      ['Prefers calls.', 'Department: Retail', 'Profession: Carpenter', 'Website: http://mitchell.example', 'Address (business): 220 Congress Ave, Suite 4, Austin, TX 78701, United States of America', 'Address (home): 12 Elm St, Austin'].join('\n'),
    );
  });
});

describe('Thunderbird CSV', () => {
  it('keeps Department, the web pages and the Work and Home addresses', () => {
    const csv = 'First Name,Last Name,Display Name,Primary Email,Work Address,Work City,Work ZipCode,Home Address,Department,Organization,Web Page 1,Notes\nJane,Doe,Jane Doe,jane@example.com,1 Main St,Austin,78701,2 Elm St,Sales,Doe Inc,https://doe.example,\n';
    expect(csvContact(csv)?.note).toBe('Department: Sales\nWebsite: https://doe.example\nAddress (work): 1 Main St, Austin, 78701\nAddress (home): 2 Elm St');
  });
});
