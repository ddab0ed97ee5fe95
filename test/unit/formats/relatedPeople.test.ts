// The relatives each contacts format names (src/formats/vcardRelations.ts, outlookCsv.ts,
// googleCsv.ts): who they are to the contact, as the file says it; linking is the planner's.
import { existsSync, readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readContactsCsv } from '../../../src/formats/contactsCsv.js';
import { readVCards, writeVCard } from '../../../src/formats/vcard.js';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));
const corpus = new URL('../../../../shared/corpora/vcard-ez-vcard/', import.meta.url);
const fromCorpus = (name: string) => readVCards(readFileSync(new URL(name, corpus)), name).contacts;
const relationsOf = (contacts: Array<{ name: string; relations?: unknown[] }>) => Object.fromEntries(contacts.map((c) => [c.name, c.relations]));

describe('reading relatives', () => {
  it("Outlook CSV: Spouse, Children split on , and ;, Manager's and Assistant's Name", () => {
    expect(relationsOf(readContactsCsv(fixture('import/outlook-relations.csv'), 'o.csv').contacts)).toEqual({
      'Jane Doe': [
        { name: 'Tom Doe', kind: 'spouse', line: 2 },
        { name: 'Mia Doe', kind: 'child', line: 2 },
        { name: 'Leo Doe', kind: 'child', line: 2 },
      ],
      'Tom Doe': [
        { name: 'Jane Doe', kind: 'spouse', line: 3 },
        { name: 'Mia Doe', kind: 'child', line: 3 },
        { name: 'Ann Boss', kind: 'manager', line: 3 },
        { name: 'Sam Helper', kind: 'assistant', line: 3 },
      ],
    });
  });

  it('Google CSV: Relation N - Label / - Value, several values in one cell; Referred By is the referrer', () => {
    const csv = 'First Name,Last Name,E-mail 1 - Value,Relation 1 - Label,Relation 1 - Value,Relation 2 - Label,Relation 2 - Value,Relation 3 - Label,Relation 3 - Value\n' + 'Jane,Doe,jane@doe.example,Spouse,Tom Doe,Child,Mia Doe ::: Leo Doe,Referred By,Ann Lee\n';
    const [jane] = readContactsCsv(csv, 'g.csv').contacts;
    expect(jane).toMatchObject({ referredBy: 'Ann Lee', relations: [{ name: 'Tom Doe', kind: 'spouse' }, { name: 'Mia Doe', kind: 'child' }, { name: 'Leo Doe', kind: 'child' }] });
  });

  it('vCard 4.0 RELATED: TYPE read as a kind, a text value as a name, urn:uuid: as a card of the file, other URIs left out', () => {
    expect(relationsOf(readVCards(fixture('import/relations-4.0.vcf'), 'r.vcf').contacts)).toEqual({
      'Jane Doe': [
        { name: 'Tom Doe', kind: 'spouse', line: 6 },
        { uid: 'urn:uuid:9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4', kind: 'child', line: 7 },
      ],
      'Mia Doe': [
        { uid: 'urn:uuid:0b7c1a52-3d4e-4f60-8a1b-2c3d4e5f6a7b', kind: 'parent', line: 14 },
        { name: 'Zoe Lane', kind: 'friend', line: 15 },
      ],
    });
    const card = (line: string) => readVCards(`BEGIN:VCARD\r\nVERSION:4.0\r\nFN:X\r\n${line}\r\nEND:VCARD\r\n`, 'x.vcf').contacts[0]!.relations;
    expect(card('RELATED;TYPE=co-worker;VALUE=text:Bo Li')).toEqual([{ name: 'Bo Li', kind: 'colleague', line: 4 }]);
    expect(card('RELATED;TYPE=kin,contact;VALUE=text:Bo Li')).toEqual([{ name: 'Bo Li', kind: 'relative', line: 4 }]);
    expect(card('RELATED;TYPE=neighbor;VALUE=text:Bo Li')).toEqual([{ name: 'Bo Li', kind: 'other', word: 'neighbor', line: 4 }]);
    expect(card('RELATED;TYPE=me;VALUE=text:X')).toBeUndefined();
    expect(card('RELATED;TYPE=friend:mailto:bo@li.example')).toBeUndefined();
  });

  it("Apple: X-ABRELATEDNAMES under its group's X-ABLabel, built-in or typed; none is other", () => {
    expect(relationsOf(readVCards(fixture('import/relations-apple.vcf'), 'a.vcf').contacts)).toEqual({
      'Jane Doe': [
        { name: 'Tom Doe', kind: 'spouse', line: 6 },
        { name: 'Grace Doe', kind: 'parent', word: 'mother', line: 8 },
        { name: 'Sam Lee', kind: 'other', word: 'golf buddy', line: 10 },
        { name: 'Ann Boss', kind: 'assistant', line: 12 },
      ],
      'Tom Doe': [{ name: 'Jane Doe', kind: 'spouse', word: 'wife', line: 19 }],
    });
  });

  it('writes Apple\'s form: a built-in label for a kind or word Apple has, the word as typed otherwise; ical.js reads the card', () => {
    const text = writeVCard({ id: 1, name: 'Jane Doe', emails: [], phones: [], related: [{ name: 'Tom Doe', kind: 'spouse', word: 'husband' }, { name: 'Mia Doe', kind: 'child', word: null }, { name: 'Bo Li', kind: 'report', word: null }] });
    expect(text).toContain('item1.X-ABRELATEDNAMES:Tom Doe\r\nitem1.X-ABLabel:husband\r\nitem2.X-ABRELATEDNAMES:Mia Doe\r\nitem2.X-ABLabel:_$!<Child>!$_\r\nitem3.X-ABRELATEDNAMES:Bo Li\r\nitem3.X-ABLabel:direct report\r\n');
    const card = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(card.getFirstPropertyValue('fn')).toBe('Jane Doe');
    expect(readVCards(text, 'back.vcf').contacts[0]!.relations).toEqual([
      { name: 'Tom Doe', kind: 'spouse', word: 'husband', line: 5 },
      { name: 'Mia Doe', kind: 'child', line: 7 },
      { name: 'Bo Li', kind: 'report', line: 9 },
    ]);
  });
});

describe.runIf(existsSync(corpus))('relatives in real exports (ez-vcard samples)', () => {
  it("Google's labels, Apple's own and the user's, and REFERRED_BY as the referrer", () => {
    const [card] = fromCorpus('gmail-single2.vcf');
    expect(card!.relations!.map((r) => [r.name, r.kind, r.word ?? null])).toEqual([
      ['Name1', 'other', null],
      ['Name2', 'spouse', null],
      ['Name3', 'child', null],
      ['Name4', 'parent', 'mother'],
      ['Name5', 'parent', 'father'],
      ['Name6', 'parent', null],
      ['Name7', 'sibling', 'brother'],
      ['Name8', 'sibling', 'sister'],
      ['Name9', 'friend', null],
      ['Name10', 'relative', null],
      ['Name11', 'manager', null],
      ['Name12', 'assistant', null],
      ['Name14', 'partner', null],
      ['Name15', 'partner', 'domestic partner'],
      ['Name16', 'other', 'CustomRelationCategory'],
    ]);
    expect(card!.referredBy).toBe('Name13');
  });

  it("Evolution's and Outlook's own properties for the spouse, the manager and the assistant", () => {
    expect(fromCorpus('John_Doe_EVOLUTION.vcf')[0]!.relations).toMatchObject([
      { name: 'Maria', kind: 'spouse' },
      { name: 'Big Blue', kind: 'manager' },
      { name: 'Little Red', kind: 'assistant' },
    ]);
    expect(fromCorpus('John_Doe_MS_OUTLOOK.vcf')[0]!.relations).toMatchObject([
      { name: 'Big Blue', kind: 'manager' },
      { name: 'Jenny', kind: 'assistant' },
    ]);
    expect(fromCorpus('John_Doe_MAC_ADDRESS_BOOK.vcf')[0]!.relations).toMatchObject([{ name: 'Jenny', kind: 'spouse' }]);
  });
});
