// rel export all --rescue (README "When the journal is damaged"): a damaged journal with no backup
// is read as far as it can be. What the rescue holds is what the whole journal held, record for
// record; what it lacks, stderr names; and rel import restores it into a new journal.
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateJournal } from '../bench/generate.mjs';
import { contractBreaches } from '../harness/failures.js';
import { runRel } from '../harness/inProcess.js';
import { cleanupTempDirs, tempDir } from '../harness/tempFiles.js';

const PAGE = 4096;
const DAY = '2026-11-23';

interface Doc {
  contacts: Array<{ id: number }>;
  conversations: Array<{ id: number }>;
  details: unknown[];
  reminders: unknown[];
  relations: unknown[];
}

let dir: string;
let whole: string;
let wholeExport: string;

const rel = (db: string, args: string[]) => runRel(['--db', db, ...args], { now: DAY });

/** The leaf pages of a table, as SQLite's dbstat lists them. */
function leafPages(db: string, table: string): number[] {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare<[string], number>("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").pluck().all(table);
  } finally {
    d.close();
  }
}

/** A copy of the whole journal with these pages overwritten by bytes that are no page. */
function damagedCopy(name: string, pages: number[]): string {
  const copy = join(dir, `${name}.db`);
  copyFileSync(whole, copy);
  const fd = openSync(copy, 'r+');
  try {
    for (const page of pages) writeSync(fd, Buffer.alloc(PAGE, 0x5a), 0, PAGE, (page - 1) * PAGE);
  } finally {
    closeSync(fd);
  }
  return copy;
}

/** The ids of each "#a–#b" or "#a" in a line of the report. */
function idsNamed(line: string): number[] {
  return [...line.matchAll(/#(\d+)(?:–#(\d+))?/g)].flatMap(([, from, to]) => {
    const ids: number[] = [];
    for (let id = Number(from); id <= Number(to ?? from); id++) ids.push(id);
    return ids;
  });
}

const byId = <T extends { id: number }>(records: T[]) => new Map(records.map((r) => [r.id, r]));

const pick = (record: object, keys: string[]) => Object.fromEntries(Object.entries(record).filter(([key]) => keys.includes(key)));

describe('rel export all --rescue', () => {
  beforeAll(async () => {
    dir = tempDir();
    whole = join(dir, 'whole.db');
    generateJournal(whole, 'XS');
    const r = await rel(whole, ['export', 'all']);
    expect(r.code, r.stderr).toBe(0);
    wholeExport = r.stdout;
  }, 60_000);
  afterAll(cleanupTempDirs);

  it('writes the same document as export all when nothing is damaged, and says so', async () => {
    const r = await rel(whole, ['export', 'all', '--rescue']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(wholeExport);
    expect(r.stderr).toMatch(/^note: every record was read: the rescue holds the whole journal; restore it into a new journal with rel --db NEW\.db import rescue\.json/);
  });

  it('keeps every record it could read as it was, names the ones it could not, and restores into a new journal', async () => {
    const damaged = damagedCopy('pages', [leafPages(whole, 'contacts')[1]!, leafPages(whole, 'conversations')[2]!]);
    expect((await rel(damaged, ['export', 'all'])).code).toBe(1);

    const r = await rel(damaged, ['export', 'all', '--rescue']);
    expect(r.code, r.stderr).toBe(0);
    expect(contractBreaches(r)).toEqual([]);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe('rel: warning: the rescue holds all that could be read of the journal, except:');
    const before = JSON.parse(wholeExport) as Doc;
    const after = JSON.parse(r.stdout) as Doc;

    // The people on the damaged page come back from the search index: name, emails and phones.
    const peopleLine = lines.find((l) => l.startsWith('  people #'))!;
    const rebuilt = new Set(idsNamed(peopleLine.split(';')[0]!));
    expect(rebuilt.size).toBeGreaterThan(0);
    expect(peopleLine).toContain(`the ${rebuilt.size} people there kept by the name, emails and phones the search index holds, with their conversations`);
    expect(after.contacts.map((c) => c.id)).toEqual(before.contacts.map((c) => c.id));
    const wholeContacts = byId(before.contacts);
    for (const person of after.contacts) {
      const was = wholeContacts.get(person.id)!;
      if (!rebuilt.has(person.id)) expect(person).toEqual(was);
      else expect(pick(person, ['name', 'emails', 'phones'])).toEqual(pick(was, ['name', 'emails', 'phones']));
    }

    // Only the conversations on the damaged page are lost; every other record is as it was.
    const unread = new Set(idsNamed(lines.find((l) => l.startsWith('  conversations #'))!));
    expect(unread.size).toBeGreaterThan(0);
    expect(after.conversations).toEqual(before.conversations.filter((v) => !unread.has(v.id)));
    expect(after.details).toEqual(before.details);
    expect(after.reminders).toEqual(before.reminders);
    expect(after.relations).toEqual(before.relations);

    // The rescue restores, and the new journal gives the rescue back.
    const rescue = join(dir, 'rescue.json');
    writeFileSync(rescue, r.stdout);
    const fresh = join(dir, 'fresh.db');
    const restored = await rel(fresh, ['import', rescue]);
    expect(restored.code, restored.stderr).toBe(0);
    expect((await rel(fresh, ['export', 'all'])).stdout).toBe(r.stdout);
  });

  it('finds the records a damaged page loses without an error through the index of their table', async () => {
    // Half a page overwritten: SQLite reads what is left of it as fewer rows, without an error.
    const page = leafPages(whole, 'contacts')[1]!;
    const damaged = damagedCopy('half', []);
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.alloc(2000, 7), 0, 2000, (page - 1) * PAGE + 200);
    closeSync(fd);
    const healthy = new Database(whole, { readonly: true });
    const wholeIds = healthy.prepare<[], number>('SELECT id FROM contacts ORDER BY id').pluck().all();
    healthy.close();
    const read = new Database(damaged, { readonly: true });
    const readIds = new Set(read.prepare<[], number>('SELECT id FROM contacts NOT INDEXED').pluck().all());
    read.close();
    const lost = wholeIds.filter((id) => !readIds.has(id));
    expect(lost.length).toBeGreaterThan(0);

    const r = await rel(damaged, ['export', 'all', '--rescue']);
    expect(r.code, r.stderr).toBe(0);
    const named = idsNamed(r.stderr.split('\n').find((l) => l.startsWith('  people #'))!.split(';')[0]!);
    expect(named).toEqual(expect.arrayContaining(lost));
    expect((JSON.parse(r.stdout) as Doc).contacts.map((c) => c.id)).toEqual(wholeIds);
  });

  it('names a person it cannot find in the search index either by their id', async () => {
    const damaged = damagedCopy('names', [leafPages(whole, 'contacts')[1]!, ...leafPages(whole, 'search_index_content')]);
    const r = await rel(damaged, ['export', 'all', '--rescue']);
    expect(r.code, r.stderr).toBe(0);
    const peopleLine = r.stderr.split('\n').find((l) => l.startsWith('  people #'))!;
    const rebuilt = idsNamed(peopleLine.split(';')[0]!);
    expect(peopleLine).toContain(`(${rebuilt.length} with no name left: "Unreadable person #${rebuilt[0]}" and the like)`);
    const people = byId((JSON.parse(r.stdout) as Doc).contacts as Array<{ id: number; name: string; emails: string[] }>);
    for (const id of rebuilt) expect(pick(people.get(id)!, ['name', 'emails'])).toEqual({ name: `Unreadable person #${id}`, emails: [] });
  });

  it('applies to export all only', async () => {
    const r = await rel(whole, ['export', 'contacts', '--rescue']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('rel: --rescue applies to export all only: it saves what can still be read of a damaged journal (rel export all --rescue > rescue.json)\n');
  });
});
