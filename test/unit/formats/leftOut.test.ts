// What the contacts readers have no field for is said, not dropped (SPEC §3): a CSV column with a
// value is one warning naming its lines, and so is a key of rel's JSON or NDJSON; a vCard property
// one warning naming its line; the exporting program's bookkeeping says nothing.
import { describe, expect, it } from 'vitest';
import { CONTACT_COLUMNS } from '../../../src/formats/columns.js';
import { readContactsCsv } from '../../../src/formats/contactsCsv.js';
import { readContactsJson } from '../../../src/formats/contactsJson.js';
import { writeTable } from '../../../src/formats/tableExport.js';
import { readVCards } from '../../../src/formats/vcard.js';
import { TextSink } from './streams.js';

/** The warnings of reading a file, each as it is printed. */
const printed = (read: { warnings: Array<{ file: string; line?: number; field?: string; problem: string }> }) =>
  read.warnings.map((w) => `${w.file} line ${w.line}${w.field === undefined ? '' : `, field ${w.field}`}: ${w.problem}`);
const csvWarnings = (text: string, file = 'x.csv') => printed(readContactsCsv(text, file));
const vcardWarnings = (text: string, file = 'x.vcf') => printed(readVCards(text, file));
const jsonWarnings = (text: string, file = 'x.ndjson') => printed(readContactsJson(text, file)!);
const ndjson = (...records: object[]) => records.map((r) => `${JSON.stringify(r)}\n`).join('');
const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD', ''].join('\r\n');
const NO_FIELD = 'rel has no field for this column';

describe('a CSV column rel has no field for', () => {
  it('is one warning at the first line with a value, naming the column and its lines; a column empty in every row says nothing', () => {
    const rows = ['Name,Email,Address,Twitter,Fax', ...Array.from({ length: 7 }, (_, i) => `P${i},p${i}@x.example,${i} Main St,${i === 1 ? '@p1' : ''},`)];
    expect(csvWarnings(rows.join('\n'))).toEqual([
      `x.csv line 2, field Address: ${NO_FIELD}; its values on lines 2, 3, 4, 5, 6 and 2 more are left out`,
      `x.csv line 3, field Twitter: ${NO_FIELD}; its value is left out`,
    ]);
    expect(csvWarnings('Name,Website\nAnn,a.example\nBob,\nCy,c.example\n')).toEqual([`x.csv line 2, field Website: ${NO_FIELD}; its values on lines 2 and 4 are left out`]);
  });

  it('takes its place among the rows\' warnings, by line; the rest of each row is read', () => {
    const read = readContactsCsv('Name,Birthday,Hobby\nAnn,1980-13-45,\nBob,,golf\n', 'x.csv');
    expect(printed(read)).toEqual([
      'x.csv line 2, field Birthday: "1980-13-45" is not a date; expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY, or --MM-DD without a year',
      `x.csv line 3, field Hobby: ${NO_FIELD}; its value is left out`,
    ]);
    expect(read.contacts.map((c) => c.name)).toEqual(['Ann', 'Bob']);
  });

  it('a second column of the same name, or of another spelling of one read, and a column without a name', () => {
    expect(csvWarnings('Name,Email,E-mail Address,,email\nAnn,a@x.example,ann@y.example,ann again,a2@x.example\n')).toEqual([
      `x.csv line 2, field E-mail Address: ${NO_FIELD}; its value is left out`,
      `x.csv line 2, field column 4 (no name): ${NO_FIELD}; its value is left out`,
      `x.csv line 2, field email: ${NO_FIELD}; its value is left out`,
    ]);
  });

  it("rel's own export: the status and days it works out, and the day it added the person, say nothing; in someone's spreadsheet a Status is theirs", async () => {
    const sink = new TextSink();
    const row = { id: 3, name: 'Jane Doe', emails: ['jane@x.example'], status: 'due', last_contact_on: '2024-01-02', due_on: '2024-04-01', created_on: '2023-05-06', archived: false };
    await writeTable(sink, CONTACT_COLUMNS, [row], { format: 'csv' });
    expect(csvWarnings(sink.text)).toEqual([]);
    expect(csvWarnings('Name,Status\nJane Doe,hot lead\n')).toEqual([`x.csv line 2, field Status: ${NO_FIELD}; its value is left out`]);
  });

  it('Google: the labels of values, Sensitivity and Priority say nothing; the name prefix, a photo, an IM handle and a custom field are said left out', () => {
    const header = 'First Name,Last Name,Name Prefix,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,IM 1 - Label,IM 1 - Service,IM 1 - Value,Custom Field 1 - Label,Custom Field 1 - Value,Sensitivity,Priority';
    const bookkeeping = 'Ann,Lee,,,* myContacts,* Work,ann@x.example,Mobile,+1 555 0100,,,,,,Normal,Normal';
    const everything = 'Bob,Ray,Dr.,https://photo.example/b,* myContacts,* Home,bob@x.example,,,Home,Skype,bob.ray,Shoe size,44,,';
    expect(csvWarnings(`${header}\n${bookkeeping}\n`, 'g.csv')).toEqual([]);
    expect(csvWarnings(`${header}\n${bookkeeping}\n${everything}\n`, 'g.csv')).toEqual(
      ['Name Prefix', 'Photo', 'IM 1 - Value', 'Custom Field 1 - Value'].map((column) => `g.csv line 3, field ${column}: ${NO_FIELD}; its value is left out`),
    );
  });

  it("Outlook: its item's flags, each email's type and display name, Gender Unspecified and initials of the name say nothing; a chosen gender, initials of one's own, a hobby and a fax are said left out", () => {
    const header = 'Title,First Name,Middle Name,Last Name,E-mail Address,E-mail Type,E-mail Display Name,Business Fax,Gender,Initials,Hobby,Priority,Sensitivity,Private';
    const bookkeeping = ',Robert,J.,Mitchell,rob@x.example,SMTP,Robert Mitchell (rob@x.example),,Unspecified,R.J.M.,,Normal,Normal,False';
    const typed = 'Ms.,Chloé,,Dubois,chloe@x.example,SMTP,Chloé Dubois (chloe@x.example),+33 1 55 50 00 00,Female,Coco,tennis,High,Private,True';
    expect(csvWarnings(`${header}\n${bookkeeping}\n`, 'o.csv')).toEqual([]);
    expect(csvWarnings(`${header}\n${bookkeeping}\n${typed}\n`, 'o.csv')).toEqual(
      ['Title', 'Business Fax', 'Gender', 'Initials', 'Hobby'].map((column) => `o.csv line 3, field ${column}: ${NO_FIELD}; its value is left out`),
    );
  });

  it("Thunderbird's custom fields and screen name, a column LinkedIn never wrote", () => {
    const thunderbird = 'First Name,Last Name,Display Name,Primary Email,Screen Name,Custom 1\nGreta,Lind,Greta Lind,g@x.example,greta_l,Table 4\n';
    expect(csvWarnings(thunderbird, 't.csv')).toEqual(['Screen Name', 'Custom 1'].map((column) => `t.csv line 2, field ${column}: ${NO_FIELD}; its value is left out`));
    expect(csvWarnings('First Name,Last Name,URL,Email Address,Company,Position,Connected On,Tags\nPriya,Raman,,,,,12 Mar 2024,vip\n', 'l.csv')).toEqual([
      `l.csv line 2, field Tags: ${NO_FIELD}; its value is left out`,
    ]);
  });
});

describe('a vCard property rel has no field for', () => {
  it('is one warning naming its line and property, quoting the value; a picture is named, not quoted; the rest of the card is read', () => {
    const text = card('FN:Ann Lee', 'X-SKYPE:ann.lee', 'IMPP;X-SERVICE-TYPE=Skype:skype:ann.lee', 'GEO:geo:46.77,-71.28', 'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRg==', 'X-PHONETIC-LAST-NAME:', 'EMAIL:ann@x.example');
    expect(vcardWarnings(text)).toEqual([
      'x.vcf line 4, field X-SKYPE: rel has no field for this property; "ann.lee" is left out',
      'x.vcf line 5, field IMPP: rel has no field for this property; "skype:ann.lee" is left out',
      'x.vcf line 6, field GEO: rel has no field for this property; "geo:46.77,-71.28" is left out',
      'x.vcf line 7, field PHOTO: a photo, which rel does not keep; left out',
    ]);
    expect(readVCards(text, 'x.vcf').contacts).toMatchObject([{ name: 'Ann Lee', emails: ['ann@x.example'] }]);
  });

  it('a birthday in words (VALUE=text), and a second birthday of another day, are said left out', () => {
    expect(vcardWarnings(card('FN:Ann Lee', 'BDAY;VALUE=text:circa 1980'))).toEqual(['x.vcf line 4, field BDAY: "circa 1980" is a date in words, which rel cannot keep; left out']);
    const two = card('FN:Ann Lee', 'BDAY:1980-02-03', 'BDAY:1980-02-03', 'BDAY:1981-05-06');
    expect(vcardWarnings(two)).toEqual(['x.vcf line 6, field BDAY: "1981-05-06" is a second birthday; the first, 1980-02-03, is kept']);
    expect(readVCards(two, 'x.vcf').contacts[0]?.birthday).toBe('1980-02-03');
  });

  it('a RELATED that is a link names nobody: said left out; one that is the person themself says nothing', () => {
    const text = card('FN:Ann Lee', 'RELATED;TYPE=friend:http://example.com/bob.vcf', 'RELATED;TYPE=me:urn:uuid:1', 'RELATED;TYPE=spouse;VALUE=text:Tom Lee');
    expect(vcardWarnings(text)).toEqual(['x.vcf line 4, field RELATED: "http://example.com/bob.vcf" is a link, not a name rel can keep; left out']);
    expect(readVCards(text, 'x.vcf').contacts[0]?.relations).toMatchObject([{ name: 'Tom Lee', kind: 'spouse' }]);
  });

  it("says nothing of a card's bookkeeping, nor of the properties read: of this card only its X-AIM", () => {
    const text = card(
      'PRODID:-//Apple Inc.//iPhone OS 17.0//EN', 'REV:2024-01-02T03:04:05Z', 'UID:abc-123', 'X-ABUID:6B29A774:ABPerson', 'X-ABShowAs:COMPANY', 'CLASS:PUBLIC', 'SORT-STRING:Lee',
      'N:Lee;Ann;;Dr.;', 'FN:Dr. Ann Lee', 'NICKNAME:Annie', 'ORG:Lee Flowers;Sales', 'TITLE:Owner', 'EMAIL;TYPE=work:ann@x.example', 'TEL;TYPE=cell:+1 555 0100',
      'item1.ADR:;;1 Elm St;Austin;TX;78701;USA', 'item1.X-ABADR:us', 'item1.X-ABLabel:_$!<Home>!$_', 'URL:https://lee.example', 'LABEL:1 Elm St\\nAustin',
      'CATEGORIES:clients', 'NOTE:likes tea', 'BDAY:1980-02-03', 'ANNIVERSARY:2005-06-07', 'X-MS-OL-DESIGN;CHARSET=utf-8:<card/>', 'X-MOZILLA-HTML:FALSE', 'X-AIM:annlee',
    );
    expect(vcardWarnings(text)).toEqual(['x.vcf line 28, field X-AIM: rel has no field for this property; "annlee" is left out']);
  });
});

describe('a key of a contacts JSON or NDJSON record that rel has no field for', () => {
  const NO_KEY = 'rel has no field for this key';

  it('is one warning at the first record with a value, naming the key and its lines; a key empty in every record says nothing', () => {
    const records = Array.from({ length: 7 }, (_, i) => ({ name: `P${i}`, favourite: `tea ${i}`, twitter: i === 1 ? '@p1' : '', fax: null, pets: [], extra: {} }));
    expect(jsonWarnings(ndjson(...records))).toEqual([
      `x.ndjson line 1, field favourite: ${NO_KEY}; its values on lines 1, 2, 3, 4, 5 and 2 more are left out`,
      `x.ndjson line 2, field twitter: ${NO_KEY}; its value is left out`,
    ]);
    expect(jsonWarnings(ndjson({ name: 'Ann', web: 'a.example' }, { name: 'Bob', web: '  ' }, { name: 'Cy', web: ['c.example'] }))).toEqual([`x.ndjson line 1, field web: ${NO_KEY}; its values on lines 1 and 3 are left out`]);
  });

  it('a number, true or false, a list or an object holds a value; the rest of the record is read', () => {
    const read = readContactsJson(ndjson({ name: 'Bob Ray', nickname: 'bobby', age: 0, vip: false, emails: ['b@x.example'], address: { city: 'Austin' } }), 'x.ndjson')!;
    expect(printed(read)).toEqual(['nickname', 'age', 'vip', 'address'].map((key) => `x.ndjson line 1, field ${key}: ${NO_KEY}; its value is left out`));
    expect(read.contacts).toMatchObject([{ name: 'Bob Ray', emails: ['b@x.example'] }]);
  });

  it("takes its place among the records' warnings, by line, in a JSON array by the line its object starts on", () => {
    const text = JSON.stringify([{ name: 'Ann', birthday: '1980-13-45' }, { name: 'Bob', hobby: 'golf' }, { name: 'Cy', hobby: 'chess', cadence: 'sometimes' }], null, 2);
    expect(jsonWarnings(text, 'x.json')).toEqual([
      'x.json line 2, field birthday: "1980-13-45" is not a date; expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY, or --MM-DD without a year',
      `x.json line 6, field hobby: ${NO_KEY}; its values on lines 6 and 10 are left out`,
      'x.json line 10, field cadence: "sometimes" is not a duration; use 10d, 2w, 3m or 1y (also 2 weeks, 6 months), or daily, weekly, fortnightly, monthly, quarterly or yearly',
    ]);
  });

  it("rel's own keys say nothing, the derived ones included; a key inside the referrer or the rhythm that rel never wrote is named by its path", () => {
    const rhythm = { status: 'due', lastContactOn: '2024-01-02', cadence: '2w', cadenceSource: 'own', cadenceTag: null, dueOn: '2024-01-16', daysPastDue: 3 };
    const own = { id: 2, name: 'Bob Lee', emails: [], phones: [], company: null, role: null, birthday: null, customerSince: null, cadence: '2w', met: null, referredBy: { id: 1, name: 'Jane Doe' }, aliases: [], tags: [], archived: false, pausedUntil: null, imported: true, createdOn: '2024-01-01', createdAt: '2024-01-01T10:00:00.000Z', updatedAt: '2024-01-01T10:00:00.000Z', rhythm };
    expect(jsonWarnings(ndjson(own))).toEqual([]);
    expect(jsonWarnings(ndjson({ ...own, referredBy: { id: 1, name: 'Jane Doe', email: 'jane@x.example' }, rhythm: { ...rhythm, mood: 'warm' } }))).toEqual([
      `x.ndjson line 1, field referredBy.email: ${NO_KEY}; its value is left out`,
      `x.ndjson line 1, field rhythm.mood: ${NO_KEY}; its value is left out`,
    ]);
    expect(jsonWarnings(ndjson({ name: 'Ann', rhythm: 'every two weeks' }, { name: 'Bo', rhythm: null }))).toEqual([`x.ndjson line 1, field rhythm: ${NO_KEY}; its value is left out`]);
  });

  it('a key without a name, or over several lines, is shown on one line', () => {
    expect(jsonWarnings(ndjson({ name: 'Ann', '': 'x', 'home\nphone': '555' }))).toEqual([
      `x.ndjson line 1, field "": ${NO_KEY}; its value is left out`,
      `x.ndjson line 1, field home phone: ${NO_KEY}; its value is left out`,
    ]);
  });
});
