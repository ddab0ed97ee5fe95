// rel import says what it has no field for (SPEC §3, tolerance): each CSV column with a value and
// each vCard property and each key of a JSON or NDJSON record rel does not keep is a warning naming
// file, line and field, the rest is imported, and --strict refuses the file, importing nothing. An
// export whose columns (or keys) are all read or bookkeeping says nothing.
import { describe, expect, it } from 'vitest';
import { makeJournal } from '../harness/journal.js';

const LEFT_OUT = 'warnings: what they name was left out and the rest read (--strict refuses such a file instead)';
const refusal = (n: number) => `rel: ${n} ${n === 1 ? 'problem' : 'problems'} in stdin (listed above); nothing imported. Without --strict, rel imports the rest and leaves these out`;

async function names(j: ReturnType<typeof makeJournal>): Promise<string[]> {
  return (await j.json<Array<{ name: string }>>(['export', 'contacts', '--format', 'json'])).map((c) => c.name);
}

describe('a CSV with columns rel has no field for', () => {
  const csv = [
    'Name,Email,Phone,Company,Address,City,Zip,Notes,Website,Twitter,Birthday',
    'Alice Able,alice@ex.com,555-1234,Acme,1 Main St,Springfield,12345,some note,https://alice.ex,@alice,1970-01-01',
    'Bob Best,bob@ex.com,,,,Shelbyville,,,,,',
    '',
  ].join('\n');
  const problems = [
    'stdin line 2, field Address: rel has no field for this column; its value is left out',
    'stdin line 2, field City: rel has no field for this column; its values on lines 2 and 3 are left out',
    'stdin line 2, field Zip: rel has no field for this column; its value is left out',
    'stdin line 2, field Website: rel has no field for this column; its value is left out',
    'stdin line 2, field Twitter: rel has no field for this column; its value is left out',
  ];

  it('imports the rest, with a warning for each such column naming file, line and column', async () => {
    const j = makeJournal();
    const result = await j.rel(['import', '-'], { input: csv });
    expect(result).toMatchObject({ code: 0, stdout: 'added 2, updated 0, skipped 0 from stdin\n' });
    expect(result.stderr).toBe(`${problems.map((p) => `warning: ${p}\n`).join('')}5 ${LEFT_OUT}\n`);
    expect((await j.json(['show', 'Alice Able', '--json'])).person).toMatchObject({ emails: ['alice@ex.com'], phones: ['555-1234'], company: 'Acme', birthday: '1970-01-01' });
  });

  it('--strict refuses it, listing every column, and imports nothing', async () => {
    const j = makeJournal();
    const result = await j.rel(['import', '-', '--strict'], { input: csv });
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: `${problems.join('\n')}\n${refusal(5)}\n` });
    expect(await names(j)).toEqual([]);
  });
});

describe('a vCard with properties rel has no field for', () => {
  const vcf = ['BEGIN:VCARD', 'VERSION:4.0', 'FN:Ann Lee', 'X-SKYPE:ann.lee', 'IMPP:xmpp:ann@chat.example', 'GEO:geo:46.77,-71.28', 'BDAY;VALUE=text:circa 1980', 'EMAIL:ann@x.example', 'END:VCARD', ''].join('\r\n');
  const problems = [
    'stdin line 4, field X-SKYPE: rel has no field for this property; "ann.lee" is left out',
    'stdin line 5, field IMPP: rel has no field for this property; "xmpp:ann@chat.example" is left out',
    'stdin line 6, field GEO: rel has no field for this property; "geo:46.77,-71.28" is left out',
    'stdin line 7, field BDAY: "circa 1980" is a date in words, which rel cannot keep; left out',
  ];

  it('imports the card, with a warning for each such line; --strict refuses it and imports nothing', async () => {
    const j = makeJournal();
    const strict = await j.rel(['import', '-', '--format', 'vcf', '--strict'], { input: vcf });
    expect(strict).toMatchObject({ code: 1, stdout: '', stderr: `${problems.join('\n')}\n${refusal(4)}\n` });
    expect(await names(j)).toEqual([]);
    const result = await j.rel(['import', '-', '--format', 'vcf'], { input: vcf });
    expect(result).toMatchObject({ code: 0, stdout: 'added 1, updated 0, skipped 0 from stdin\n' });
    expect(result.stderr).toBe(`${problems.map((p) => `warning: ${p}\n`).join('')}4 ${LEFT_OUT}\n`);
    expect(await names(j)).toEqual(['Ann Lee']);
  });
});

describe('a contacts JSON or NDJSON with keys rel has no field for', () => {
  const json = '[{"name":"Bob Ray","nickname":"bobby","favourite":"tea","emails":["b@x.com"]}]\n';
  const problems = ['nickname', 'favourite'].map((key) => `stdin line 1, field ${key}: rel has no field for this key; its value is left out`);

  it('imports the rest, with a warning for each such key naming file, line and key; --strict refuses it and imports nothing', async () => {
    const j = makeJournal();
    const strict = await j.rel(['import', '-', '--strict'], { input: json });
    expect(strict).toMatchObject({ code: 1, stdout: '', stderr: `${problems.join('\n')}\n${refusal(2)}\n` });
    expect(await names(j)).toEqual([]);
    const result = await j.rel(['import', '-'], { input: json });
    expect(result).toMatchObject({ code: 0, stdout: 'added 1, updated 0, skipped 0 from stdin\n', stderr: `${problems.map((p) => `warning: ${p}\n`).join('')}2 ${LEFT_OUT}\n` });
    expect((await j.json(['show', 'Bob Ray', '--json'])).person).toMatchObject({ emails: ['b@x.com'], aliases: [] });
  });

  it('in NDJSON, a key in several records is one warning naming their lines; one empty in every record, or inside the referrer, says nothing unless rel never wrote it', async () => {
    const input = [
      '{"name":"Ann Lee","twitter":"@ann","fax":null,"referredBy":{"name":"Bo Ray","email":"bo@x.example"}}',
      '{"name":"Bo Ray","twitter":"","fax":""}',
      '{"name":"Cy Dunn","twitter":"@cy","rhythm":{"status":"due","mood":"warm"}}',
      '',
    ].join('\n');
    const result = await makeJournal().rel(['import', '-', '--strict'], { input });
    expect(result).toMatchObject({
      code: 1,
      stdout: '',
      stderr: [
        'stdin line 1, field twitter: rel has no field for this key; its values on lines 1 and 3 are left out',
        'stdin line 1, field referredBy.email: rel has no field for this key; its value is left out',
        'stdin line 3, field rhythm.mood: rel has no field for this key; its value is left out',
        refusal(3),
        '',
      ].join('\n'),
    });
  });

  it.each(['json', 'ndjson'])("rel's own export (--format %s), referrer, rhythm and times included, imports into a new journal without a word, even with --strict", async (format) => {
    const source = makeJournal();
    await source.ok(['contact', 'add', 'Jane Doe', '--email', 'jane@x.example', '--tag', 'vip', '--every', '2w']);
    await source.ok(['contact', 'add', 'Bob Lee', '--referred-by', 'jane', '--birthday', '02-29', '--alias', 'Bobby']);
    await source.ok(['config', 'set', 'cadence', '30d']);
    await source.ok(['add', 'jane', '--note', 'lunch']);
    await source.ok(['pause', 'bob', '--until', '2027-01-01']);
    const input = await source.ok(['export', 'contacts', '--format', format]);
    expect(input).toContain('"rhythm":');
    expect(await makeJournal().rel(['import', '-', '--strict'], { input })).toMatchObject({ code: 0, stdout: 'added 2, updated 0, skipped 0 from stdin\n', stderr: '' });
  });
});

describe("a program's export whose filled columns are all read or bookkeeping", () => {
  // Google's labels of values and Outlook's flags, email types and display names, "Unspecified"
  // gender and initials made of the name are in every row of a real export, and say nothing.
  const google = [
    'First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Organization Name,Birthday,IM 1 - Label,IM 1 - Value',
    'Ann,Lee,* myContacts ::: Clients,* Work,ann@x.example,Mobile,+1 555 0100,Lee Flowers,1980-02-03,,',
    '',
  ].join('\n');
  const outlookHeader = 'First Name,Middle Name,Last Name,E-mail Address,E-mail Type,E-mail Display Name,Mobile Phone,Gender,Initials,Priority,Sensitivity,Private,Hobby';
  const outlook = (hobby: string) => [outlookHeader, `Robert,J.,Mitchell,rob@x.example,SMTP,Robert Mitchell (rob@x.example),(512) 555-0177,Unspecified,R.J.M.,Normal,Normal,False,${hobby}`, ''].join('\r\n');

  it('imports silently, even with --strict; a filled column rel has no field for is still said', async () => {
    const j = makeJournal();
    expect(await j.rel(['import', '-', '--strict'], { input: google })).toMatchObject({ code: 0, stderr: '', stdout: 'added 1, updated 0, skipped 0 from stdin\n' });
    expect(await j.rel(['import', '-', '--strict'], { input: outlook('') })).toMatchObject({ code: 0, stderr: '', stdout: 'added 1, updated 0, skipped 0 from stdin\n' });
    expect(await j.rel(['import', '-', '--strict'], { input: outlook('fishing') })).toMatchObject({
      code: 1,
      stderr: `stdin line 2, field Hobby: rel has no field for this column; its value is left out\n${refusal(1)}\n`,
    });
  });
});
