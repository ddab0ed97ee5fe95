// rel import end to end: each source program's export, matching instead of duplicating, --dry-run,
// stdin, malformed files, the whole-journal restore's guard, and the benchmark's CSV layout.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/domain/names.js';
import { writeContactsCsv } from '../bench/contacts-csv.mjs';
import { listAll, rel, relOk, show } from '../harness/byPath.js';
import { makeJournal } from '../harness/journal.js';
import { dumpText as dumpJournal } from '../harness/journalDump.js';
import type { ShownContact } from '../harness/outputs.js';
import { REPO as ROOT } from '../harness/paths.js';
import { newJournal, tempDir } from '../harness/tempFiles.js';

const IMPORT = 'test/fixtures/import';
// Real-world vCards from ez-vcard's test suite, when the shared corpora are present (not copied here).
const CORPUS = join(ROOT, '..', 'shared', 'corpora', 'vcard-ez-vcard');
const BAD = 'test/fixtures/bad';

type Check = (db: string) => Promise<void>;
const expectContact = (name: string, expected: Partial<ShownContact> & { detailTexts?: string[] }): Check => async (db) => {
  const { detailTexts, ...fields } = expected;
  const contact = await show(name, db);
  expect(contact).toMatchObject(fields);
  if (detailTexts) expect(contact.details.map((d) => d.text)).toEqual(detailTexts);
};

/** Each file, how many people it adds, what they hold, and how many relations it names (Adaeze's spouse). */
const SOURCES: Array<[string, number, Check[], number?]> = [
  ['google-contacts.csv', 6, [
    expectContact('María José García López', { emails: ['mj@floristeria-garcia.example', 'mariajose.garcia@mail.example', 'mj.garcia@mail.example'], company: 'Floristería García', role: 'Owner', birthday: '--03-15', tags: ['clients', 'starred'], detailTexts: ['Orders party favours every spring.\nHusband: "Paco", loves golf.\nAddress (work): Calle Mayor 12, 28013 Madrid, ES'] }),
    expectContact('Benjamin Carter', { aliases: ['Ben'], phones: ['+1 512-555-0101', '+1 512-555-0102', '+1 512-555-0199'], tags: ['inner circle', 'referrers'] }),
  ]],
  ['google-contacts-legacy.csv', 3, [
    expectContact('Søren Kierkegaard-Holm', { emails: ['soren@holm-bager.example', 's.holm@holm-bager.example'], company: 'Holm Bageri', role: 'Baker', birthday: '1971-05-05', aliases: ['Sø'] }),
    expectContact('Grace Hopper', { birthday: '--12-09' }),
  ]],
  ['outlook-contacts.csv', 4, [
    // His Referred By, Ben Carter, is nobody in the journal or the file: kept by name on his card.
    expectContact('Robert J. Mitchell', { birthday: '1980-03-15', company: 'Mitchell & Sons Hardware', tags: ['clients', 'vip'], referredBy: null, detailTexts: ['Met at the 2019 trade show.\nPrefers calls after 3pm.\nAddress (business): 220 Congress Ave, Austin, TX 78701, United States of America', 'Referred by Ben Carter'] }),
    expectContact('Chloé Dubois', { role: 'Créatrice', detailTexts: ['Café au lait, no sugar – always.'] }),
  ]],
  ['iphone.vcf', 2, [
    expectContact('Adaeze Okafor', { aliases: ['Ada'], birthday: '--03-15', company: 'Okafor Events', detailTexts: ['Prefers invoices at the end of the month.\nLoves golf, plays Sundays.\nAddress (home): 4 Elm St, Austin, TX 78701, United States'] }),
    expectContact('Sven Lindqvist', { birthday: '1984-02-29' }),
  ], 1],
  ['android.vcf', 3, [
    expectContact('Jürgen Müller', { company: 'Blumenhaus Müller', phones: ['+49 170 5550123', '+49 30 5550456'], detailTexts: ['Bestellt jedes Jahr im Dezember Weihnachtssterne für das ganze Büro.\n\nFrau heißt Sabine.'] }),
    expectContact('Ольга Иванова', { emails: ['olga.ivanova@example.ru'] }),
  ]],
  ['outlook.vcf', 1, [expectContact('Hélène Lefèvre', { role: 'Gérante', birthday: '1979-09-12', company: 'Pâtisserie Lefèvre' })]],
  ['contacts-4.0.vcf', 2, [
    expectContact('Priya Raman', { aliases: ['PR', 'Pri'], birthday: '--02-29', tags: ['clients', 'referrers'] }),
    expectContact('Tomás García', { birthday: null, emails: ['tomas@garcia-vinos.example'] }),
  ]],
];

describe('rel import from each source', () => {
  it.each(SOURCES)('%s: adds everyone once; importing it again changes nothing', async (file, count, checks, relations) => {
    const db = newJournal();
    const path = `${IMPORT}/${file}`;
    const related = relations === undefined ? '' : ` (${relations} relation${relations === 1 ? '' : 's'})`;
    expect(await relOk(['import', path], { db })).toBe(`added ${count}, updated 0, skipped 0 from ${path}${related}\n`);
    for (const check of checks) await check(db);
    const before = dumpJournal(db);
    expect(await relOk(['import', path], { db })).toBe(`added 0, updated 0, skipped ${count} from ${path}\n`);
    expect(dumpJournal(db)).toBe(before);
  });

  it('a second source fills in people the first one brought, instead of adding them again', async () => {
    const db = newJournal();
    await relOk(['contact', 'add', 'Jane Doe', '--email', 'jane@example.com', '--company', 'Doe & Co'], { db });
    await relOk(['import', `${IMPORT}/google-contacts.csv`], { db });
    const outlook = await rel(['import', `${IMPORT}/outlook-contacts.csv`], { db });
    expect(outlook.stdout).toBe(`added 3, updated 0, skipped 1 from ${IMPORT}/outlook-contacts.csv\n`); // Greenleaf Catering is known
    // Robert's Title, Suffix and fax, and Aiko's Title, which rel has no field for, are said left out.
    const leftOut = (column: string, lines: string) => `warning: ${IMPORT}/outlook-contacts.csv line 2, field ${column}: rel has no field for this column; ${lines}\n`;
    expect(outlook.stderr).toBe(
      leftOut('Title', 'its values on lines 2 and 6 are left out') +
        leftOut('Suffix', 'its value is left out') +
        leftOut('Business Fax', 'its value is left out') +
        '3 warnings: what they name was left out and the rest read (--strict refuses such a file instead)\n' +
        'note line 2: Robert J. Mitchell is referred by Ben Carter, but nobody of that name is in the journal or the file; not linked, kept on their card as "Referred by Ben Carter"\n',
    );
    const csv = 'name,emails,company,role,tags,note\nJ. Doe,JANE@example.com,Other Inc,Owner,VIP,likes tea\n';
    expect(await relOk(['import', '-'], { db, input: csv })).toBe('added 0, updated 1, skipped 0 from stdin\n');
    await expectContact('Jane Doe', { company: 'Doe & Co', role: 'Owner', tags: ['vip'], emails: ['jane@example.com'], detailTexts: ['likes tea'] })(db);
    expect(await listAll(db)).toHaveLength(10);
  });

  it('a person merged away is not brought back by the file that brought them: their name is an alias now', async () => {
    const db = newJournal();
    await relOk(['contact', 'add', 'José Núñez', '--email', 'jose@example.com'], { db });
    const phoneBook = 'Name,Phone\nPepe Nunes,+1 512 555 0199\n';
    await relOk(['import', '-'], { db, input: phoneBook });
    await relOk(['merge', '1', '2', '--yes'], { db });
    const before = dumpJournal(db);
    expect(await relOk(['import', '-'], { db, input: phoneBook })).toBe('added 0, updated 0, skipped 1 from stdin\n');
    expect(await relOk(['import', '-'], { db, input: 'Name,Company\nPepe Nunes,Núñez Flores\n' })).toBe('added 0, updated 1, skipped 0 from stdin\n');
    await expectContact('José Núñez', { company: 'Núñez Flores', emails: ['jose@example.com'] })(db);
    expect(await listAll(db)).toHaveLength(1);
    expect(dumpJournal(db)).not.toBe(before);
  });

  it('links referred_by to a contact of that name, in the journal or anywhere in the file', async () => {
    const db = newJournal();
    await relOk(['contact', 'add', 'Ben Carter'], { db });
    const csv = 'name,referred_by\nAnn Lee,Cleo Park\nCleo Park,ben carter\nDee Fox,Nobody Known\n';
    const result = await rel(['import', '-'], { db, input: csv });
    expect(result.stdout).toBe('added 3, updated 0, skipped 0 from stdin\n');
    expect(result.stderr).toContain('line 4: Dee Fox is referred by Nobody Known, but nobody of that name is in the journal or the file; not linked, kept on their card as "Referred by Nobody Known"');
    expect((await show('Ann Lee', db)).referredBy).toEqual({ id: 3, name: 'Cleo Park' });
    expect((await show('Cleo Park', db)).referredBy).toEqual({ id: 1, name: 'Ben Carter' });
  });

  it('a record with nothing to name anyone by is skipped, saying which line', async () => {
    const db = newJournal();
    const result = await rel(['import', '-'], { db, input: 'First Name,Last Name,Labels\nJane,Doe,\n,,* myContacts\n' });
    expect(result.stdout).toBe('added 1, updated 0, skipped 1 from stdin\n');
    expect(result.stderr).toBe(
      'warning: stdin line 3: no name, email or phone to know a person by; record skipped\n1 warning: what it names was left out and the rest read (--strict refuses such a file instead)\n',
    );
  });

  it('a row with more cells than the header is a record skipped, in the dry run and the count', async () => {
    const db = newJournal();
    const input = 'Name,Email\nAnn Lee,ann@example.com\nBob Ray,bob@example.com,Ray & Sons, Ltd\n';
    const dryRun = await relOk(['import', '-', '--dry-run'], { db, input });
    expect(dryRun).toBe('CSV with a Name column, 2 rows\nadd Ann Lee (line 2)\nskip line 3: more cells than the header has\nwould add 1, update 0, skip 1\n');
    expect(await relOk(['import', '-'], { db, input })).toBe('added 1, updated 0, skipped 1 from stdin\n');
  });
});

describe('rel import --dry-run', () => {
  it('lists what would be added, updated and skipped, and writes nothing', async () => {
    const db = newJournal();
    await relOk(['import', `${IMPORT}/google-contacts.csv`], { db });
    const before = dumpJournal(db);
    const csv = 'name,emails,phones\nWei Chen,chen.wei@mail.example,+86 10 5555 0100\nNew Person,,\nnew person,new@example.com,\n';
    expect(await relOk(['import', '-', '--dry-run'], { db, input: csv })).toBe(
      [
        'CSV with a Name column, 3 rows',
        'update Wei Chen #3 (line 2): +1 phone',
        'add New Person (line 3)',
        'update New Person (line 4, added from line 3): +1 email',
        'would add 1, update 2, skip 0',
        '',
      ].join('\n'),
    );
    expect(dumpJournal(db)).toBe(before);
  });

  it('for a whole journal, says what it would restore', async () => {
    const source = newJournal();
    await relOk(['contact', 'add', 'Jane Doe'], { db: source });
    const doc = await relOk(['export', 'all'], { db: source });
    const db = newJournal();
    expect(await relOk(['import', '-', '--dry-run'], { db, input: doc })).toBe(`would restore 1 contact, 0 conversations, 0 details, 0 reminders into the empty journal ${db}\n`);
    expect(await listAll(db)).toEqual([]);
  });
});

describe('rel import from stdin', () => {
  it('tells vCards from CSV by their content', async () => {
    const db = newJournal();
    const vcard = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoe Park\r\nEMAIL:zoe@example.com\r\nEND:VCARD\r\n';
    expect(await relOk(['import', '-'], { db, input: vcard })).toBe('added 1, updated 0, skipped 0 from stdin\n');
    expect(await relOk(['import', '-'], { db, input: 'name,emails\nZoe Park,zoe@example.com\n' })).toBe('added 0, updated 0, skipped 1 from stdin\n');
  });
});

describe('rel import of a malformed file', () => {
  const cases: Array<[string, string]> = [
    ['bad-unterminated.vcf', `rel: ${BAD}/bad-unterminated.vcf line 6: this card has no END:VCARD (the file is cut short?)`],
    ['bad-quotes.csv', `rel: ${BAD}/bad-quotes.csv line 3: a quoted field here is never closed`],
    ['bad-json.json', `rel: ${BAD}/bad-json.json: not valid JSON at line 5 column 66`],
    ['bad-shape.json', `rel: ${BAD}/bad-shape.json, field contacts[1].birthday: "1980-13-45" is not a date`],
  ];

  it.each(cases)('%s: exit 1, one line naming the file, the journal as it was', async (file, message) => {
    const db = newJournal();
    await relOk(['contact', 'add', 'Jane Doe', '--email', 'jane@example.com'], { db });
    const before = dumpJournal(db);
    const result = await rel(['import', `${BAD}/${file}`], { db });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(dumpJournal(db)).toBe(before);
  });

  it('a CSV header from an unknown program is one line listing the sources rel reads', async () => {
    const result = await rel(['import', '-'], { db: newJournal(), input: 'foo,bar\n1,2\n' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "rel: stdin line 1: the header is not one rel knows (its columns: foo, bar): expected a Name column (or First and Last Name), rel's own, or a Google Contacts, Outlook, Thunderbird or LinkedIn connections CSV export\n",
    );
  });

  it("rel's own exports that hold no contacts, and its calendar, are named as what they are", async () => {
    const source = newJournal();
    await relOk(['add', 'Jane Doe', '--note', 'lunch', '--follow-up', 'friday: call'], { db: source });
    for (const what of ['conversations', 'reminders', 'details', 'relations']) {
      const result = await rel(['import', '-'], { db: newJournal(), input: await relOk(['export', what], { db: source }) });
      expect(result).toMatchObject({ code: 1, stderr: `rel: stdin line 1: this is rel export ${what}, which rel import does not read back: it imports contacts (rel export contacts) and restores the whole journal from rel export all\n` });
    }
    const calendar = await rel(['import', '-'], { db: newJournal(), input: await relOk(['export', 'dates', '--format', 'ics'], { db: source }) });
    expect(calendar.stderr).toMatch(/^rel: stdin line 1: this is a calendar \(rel export dates\), which rel import does not read/);
  });

  it('a missing file, and an unknown --format', async () => {
    const db = newJournal();
    expect(await rel(['import', 'no/such.csv'], { db })).toMatchObject({ code: 1, stderr: 'rel: cannot import no/such.csv: no such file\n' });
    const format = await rel(['import', '-', '--format', 'xls'], { db });
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/^rel: .*'xls'.*csv, json, vcf/);
  });
});

describe('rel import of a whole journal', () => {
  it('into a journal that is not empty: refused, suggesting a new --db, nothing changed', async () => {
    const source = newJournal();
    await relOk(['contact', 'add', 'Jane Doe'], { db: source });
    const doc = join(tempDir(), 'all.json');
    writeFileSync(doc, await relOk(['export', 'all'], { db: source }));
    const db = newJournal();
    await relOk(['config', 'set', 'days', '21'], { db });
    const before = dumpJournal(db);
    const refusal = `rel: ${doc} is a whole journal, and it restores only into an empty one; ${db} already has settings or tag cadences. Import it into a new journal: rel --db NEW.db import ${doc}\n`;
    expect(await rel(['import', doc], { db })).toMatchObject({ code: 1, stdout: '', stderr: refusal });
    // The dry run says as much, and exits as the import would: a script that checks first is told.
    expect(await rel(['import', doc, '--dry-run'], { db })).toMatchObject({ code: 1, stdout: '', stderr: refusal });
    expect(dumpJournal(db)).toBe(before);
  });

  it('read from stdin into a journal that is not empty: the command it suggests reads stdin too', async () => {
    const source = newJournal();
    await relOk(['contact', 'add', 'Jane Doe'], { db: source });
    const input = await relOk(['export', 'all'], { db: source });
    const db = newJournal();
    await relOk(['contact', 'add', 'Ann Lee'], { db });
    const refusal = `rel: stdin is a whole journal, and it restores only into an empty one; ${db} already has 1 contact. Import it into a new journal: rel --db NEW.db import -\n`;
    expect(await rel(['import', '-'], { db, input })).toMatchObject({ code: 1, stdout: '', stderr: refusal });
    expect(await rel(['import', '-', '--dry-run'], { db, input })).toMatchObject({ code: 1, stdout: '', stderr: refusal });
  });

  it('refuses a setting rel does not know, naming it', async () => {
    const doc = JSON.stringify({ format: 'rel-journal', version: 1, settings: { cadance: '30d' } });
    const result = await rel(['import', '-'], { db: newJournal(), input: doc });
    expect(result.stderr).toBe('rel: stdin, field settings.cadance: is not a setting rel knows (cadence, days, limit, backups)\n');
  });

  it('takes back every setting rel config set takes, days 0 included, and refuses one it would not', async () => {
    const source = newJournal();
    await relOk(['config', 'set', 'days', '0'], { db: source });
    const db = newJournal();
    await relOk(['import', '-'], { db, input: await relOk(['export', 'all'], { db: source }) });
    expect(JSON.parse(await relOk(['config', '--json'], { db }))).toMatchObject({ days: '0' });
    const doc = JSON.stringify({ format: 'rel-journal', version: 1, settings: { days: '400' } });
    const result = await rel(['import', '-'], { db: newJournal(), input: doc });
    expect(result.stderr).toBe('rel: stdin, field settings.days: days must be a whole number from 0 to 366, got "400"\n');
  });
});

describe('rel import of a file with no contacts', () => {
  it('says so on stderr, for a header line alone, an export of an empty journal included, and writes nothing, not even the day\'s backup', async () => {
    const empty = join(tempDir(), 'contacts.csv');
    writeFileSync(empty, await relOk(['export', 'contacts'], { db: newJournal() }));
    const outlook = join(tempDir(), 'outlook.csv');
    writeFileSync(outlook, 'First Name,Last Name,E-mail Address\r\n');
    for (const file of [empty, outlook]) {
      const db = newJournal();
      await relOk(['list'], { db }); // the journal made, with nothing in it
      const before = dumpJournal(db);
      const result = await rel(['import', file], { db });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe(`note: no contacts in ${file}: nothing to import\n`);
      expect(result.stdout).toBe(`added 0, updated 0, skipped 0 from ${file}\n`);
      expect(dumpJournal(db)).toBe(before);
      expect(existsSync(join(db, '..', 'backups')), 'no write, so no copy before it').toBe(false);
      const dryRun = await rel(['import', file, '--dry-run'], { db });
      expect(dryRun.stderr).toBe(result.stderr);
    }
  });

  it('says so for an empty or blank vCard file as for the CSV; a vCard file with text and no card is still refused', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    const before = j.dump();
    for (const text of ['', ' \r\n\n\t\n']) {
      const file = join(tempDir(), 'empty.vcf');
      writeFileSync(file, text);
      expect(await j.rel(['import', file]), JSON.stringify(text)).toEqual({ code: 0, stdout: `added 0, updated 0, skipped 0 from ${file}\n`, stderr: `note: no contacts in ${file}: nothing to import\n` });
      expect(await j.ok(['import', file, '--dry-run'])).toBe('vCard, 0 cards\nwould add 0, update 0, skip 0\n');
    }
    expect(await j.rel(['import', '-', '--format', 'vcf'], { input: '' })).toMatchObject({ code: 0, stderr: 'note: no contacts in stdin: nothing to import\n' });
    const notes = join(tempDir(), 'notes.vcf');
    writeFileSync(notes, 'Jane Doe, jane@example.com\n');
    expect(await j.rel(['import', notes])).toMatchObject({ code: 1, stderr: `rel: ${notes} line 1: expected BEGIN:VCARD, found "Jane Doe, jane@example.com"\n` });
    expect(j.dump()).toBe(before);
  });

  it('says nothing of the kind when the file had contacts that were all skipped', async () => {
    const file = join(tempDir(), 'unnamed.csv');
    writeFileSync(file, 'Name,Company\r\n,Acme\r\n');
    const result = await rel(['import', file], { db: newJournal() });
    expect(result.stderr).not.toContain('no contacts in');
  });
});

describe("rel import of the benchmark's contacts CSV", () => {
  it('imports empty ids, referrers by name and archived 0/1', async () => {
    const csv = join(tempDir(), 'contacts.csv');
    writeContactsCsv(csv, { rows: 3000 });
    const db = newJournal();
    const out = await relOk(['import', csv], { db });
    const [, added, updated, skipped] = /^added (\d+), updated (\d+), skipped (\d+) from /.exec(out)!.map(Number);
    expect(added! + updated! + skipped!).toBe(3000);
    const exported = JSON.parse(await relOk(['export', 'contacts', '--format', 'json'], { db })) as Array<{ referredBy: { id: number; name: string } | null; archived: boolean }>;
    expect(exported).toHaveLength(added!);
    expect(exported.filter((c) => c.referredBy !== null).length).toBeGreaterThan(0);
    expect(exported.filter((c) => c.archived).length).toBeGreaterThan(0);
  });

  it('adding thousands of people into a smaller journal leaves every index as its migration made it, and whole', async () => {
    const csv = join(tempDir(), 'contacts.csv');
    writeContactsCsv(csv, { rows: 2500 });
    const db = newJournal();
    await relOk(['add', 'Jane Doe', '--note', 'met at the fair'], { db });
    const before = indexesOf(db);
    await relOk(['import', csv], { db });
    expect(indexesOf(db)).toEqual(before);
    expect(await relOk(['doctor'], { db })).toMatch(/^ok /m);
    const check = new Database(db, { readonly: true });
    try {
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      // The indexes hold every row: a count through each equals the table's.
      // Each name keyed as the domain folds it (the planner hands its folded names to the store).
      const named = check.prepare('SELECT name, name_key FROM contacts').all() as Array<{ name: string; name_key: string }>;
      expect(named.filter((c) => c.name_key !== normalizeName(c.name))).toEqual([]);
      const rows = check.prepare('SELECT count(*) FROM contacts').pluck().get();
      expect(check.prepare('SELECT count(*) FROM contacts INDEXED BY contacts_name_key WHERE name_key > \'\'').pluck().get()).toBe(rows);
    } finally {
      check.close();
    }
    expect(await relOk(['undo'], { db })).toMatch(/^undid: import /);
    expect(indexesOf(db)).toEqual(before);
  });
});

/** Every index of the journal with its definition. */
function indexesOf(path: string): Array<{ name: string; sql: string | null }> {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all() as Array<{ name: string; sql: string | null }>;
  } finally {
    db.close();
  }
}

// What may be said on stderr beside the import: warnings (each naming file, line and field), their
// count, and a referrer the card names (Google's REFERRED_BY) who is nobody in the journal, kept by name.
const SAID_BESIDE = [/^warning: .* line \d+(, field [\w-]+)?: .+$/, /^\d+ warnings?: /, /^note line \d+: .* is referred by .*; not linked, kept on their card as "Referred by .*"$/];

describe.runIf(existsSync(CORPUS))('rel import of the ez-vcard corpus', () => {
  const files = existsSync(CORPUS) ? readdirSync(CORPUS).sort() : [];

  // Every vCard in it imports, with a warning for each odd field; the other files (a jCard, an xCard, the licence) fail with one line.
  it.each(files)('%s imports, or fails with one clear line', async (file) => {
    const path = join(CORPUS, file);
    const result = await rel(['import', path], { db: newJournal() });
    if (file.endsWith('.vcf')) {
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr.split('\n').filter((l) => l !== '' && !SAID_BESIDE.some((said) => said.test(l)))).toEqual([]);
      expect(result.stdout).toMatch(/^added [1-9]\d*, updated \d+, skipped \d+ from /);
      // The relations the card names, if any, are counted after the file.
      expect(result.stdout.replace(/ \(\d+ relations?\)\n$/, '\n').endsWith(` from ${path}\n`)).toBe(true);
    } else {
      expect(result.code).toBe(1);
      expect(result.stderr.split('\n')).toHaveLength(2);
      expect(result.stderr.startsWith(`rel: ${path}`)).toBe(true);
      expect(result.stderr).not.toContain('unexpected error');
    }
  });
});

describe.runIf(existsSync(CORPUS))("rel import of Thunderbird's card", () => {
  it('its CATEGORIES "category1\\, category2\\, category3" are three tags, as rel show and rel list --json say', async () => {
    const db = newJournal();
    await relOk(['import', join(CORPUS, 'thunderbird-MoreFunctionsForAddressBook-extension.vcf')], { db });
    expect((await show('John Doe', db)).tags).toEqual(['category1', 'category2', 'category3']);
    const listed = JSON.parse(await relOk(['list', '--json'], { db })) as Array<{ tags: string[] }>;
    expect(listed.map((c) => c.tags)).toEqual([['category1', 'category2', 'category3']]);
  });
});

const SPECTRUM = join(ROOT, '..', 'shared', 'corpora', 'csv-spectrum', 'csvs');

describe.runIf(existsSync(SPECTRUM))('rel import of the csv-spectrum corpus', () => {
  const files = existsSync(SPECTRUM) ? readdirSync(SPECTRUM).sort() : [];
  // The one file that lists people (first, last, address, city, zip: the last three columns rel
  // has no field for, each said left out); the others hold a, b, c or key, val.
  const PEOPLE: Record<string, { names: string[]; leftOut: string[] }> = { 'comma_in_quotes.csv': { names: ['John Doe'], leftOut: ['address', 'city', 'zip'] } };

  it.each(files)('%s imports the people it lists, or fails with one line: it is no contacts file', async (file) => {
    const path = join(SPECTRUM, file);
    const db = newJournal();
    const result = await rel(['import', path], { db });
    const people = PEOPLE[file];
    if (people) {
      const { names, leftOut } = people;
      const warnings = leftOut.map((column) => `warning: ${path} line 2, field ${column}: rel has no field for this column; its value is left out\n`);
      const stderr = `${warnings.join('')}${leftOut.length} warnings: what they name was left out and the rest read (--strict refuses such a file instead)\n`;
      expect(result).toMatchObject({ code: 0, stderr, stdout: `added ${names.length}, updated 0, skipped 0 from ${path}\n` });
      expect((await listAll(db)).map((c) => c.name)).toEqual(names);
    } else {
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^rel: ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} line 1: the header is not one rel knows \\(its columns: [^\n]*\\): [^\n]*\n$`));
    }
  });
});
