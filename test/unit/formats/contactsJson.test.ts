// rel's JSON and NDJSON of contacts, read through the rel CSV reader: each object's line, texts
// exactly as written, and a whole journal left to the restore.
import { describe, expect, it } from 'vitest';
import { readContactsJson } from '../../../src/formats/contactsJson.js';
import { readJsonListing } from '../../../src/formats/jsonListing.js';

const linesOf = (text: string) => readJsonListing(text, 'x.json', 'not a listing')!.records.map((r) => r.line);

describe('the line each record starts on', () => {
  it('in an array laid out any way, strings holding brackets, commas, quotes and escapes included', () => {
    const text = '[\n  {"name": "a ] , { \\" [", "tags": ["x", "y"]},\n\n  {\n    "name": "b\\\\"\n  }, {"name": "c"}\n]';
    expect(linesOf(text)).toEqual([2, 4, 6]);
  });

  it('with CRLF or CR alone ending lines, as editors count them', () => {
    expect(linesOf('[\r\n{"name":"a"},\r\n{"name":"b"}\r\n]')).toEqual([2, 3]);
    expect(linesOf('[\r{"name":"a"},\r\r{"name":"b"}]')).toEqual([2, 4]);
    expect(linesOf('{"name":"a"}\r\n\r\n{"name":"b"}\n')).toEqual([1, 3]);
  });

  it('none in an empty array', () => {
    expect(linesOf('[ ]')).toEqual([]);
  });
});

describe('readContactsJson', () => {
  it('gives back texts a spreadsheet would run exactly as the JSON has them', () => {
    const person = { name: 'Jane Doe', company: '=SUM(A1)', role: "'=x", met: "''+1", tags: ["'@home", 'vip'], aliases: ['-JD'] };
    const [jane] = readContactsJson(JSON.stringify([person]), 'x.json')!.contacts;
    expect(jane).toMatchObject({ company: '=SUM(A1)', role: "'=x", met: "''+1", tags: ["'@home", 'vip'], aliases: ['-JD'] });
  });

  it("reads rel's id and the referrer's { id, name }, and archived as true or false", () => {
    const [bob] = readContactsJson('{"id": 7, "name": "Bob Lee", "referredBy": {"id": 3, "name": "Jane Doe"}, "archived": true}\n', 'x.ndjson')!.contacts;
    expect(bob).toMatchObject({ relId: 7, referredBy: 'Jane Doe', referredById: 3, archived: true });
  });

  it('leaves a whole journal (one object, over several lines or on one) to the restore', () => {
    expect(readContactsJson('{\n  "format": "rel-journal",\n  "version": 2\n}\n', 'x.json')).toBeUndefined();
    expect(readContactsJson('{"format":"rel-journal","version":2,"contacts":[]}\n', 'x.json')).toBeUndefined();
  });
});
