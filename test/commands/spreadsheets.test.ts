// rel export --bom: CSV and TSV for a spreadsheet. The UTF-8 mark is the first bytes of the file
// (the real binary writes them), rel import reads such a file back, and LibreOffice (headless,
// where it is installed) opens it with every accent right.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { rel, relOk } from '../harness/byPath.js';
import { shell } from '../harness/spawned.js';
import { newJournal, tempDir } from '../harness/tempFiles.js';

const NAMES = ['Zoë Müller', 'José Núñez', 'Łukasz Wróbel', 'Søren Ødegaard'];
const MARK = '\uFEFF';

async function accentedJournal(): Promise<string> {
  const db = newJournal();
  for (const name of NAMES) await relOk(['contact', 'add', name, '--company', 'Café Lumière'], { db });
  await relOk(['add', 'Zoë Müller', '--note', 'Crème brûlée for the Straße party', '--on', '2026-11-20'], { db });
  return db;
}

describe('rel export --bom', () => {
  let db: string;
  beforeAll(async () => {
    db = await accentedJournal();
  });

  it('starts a CSV and a TSV with the UTF-8 mark, and nothing else changes', async () => {
    for (const format of ['csv', 'tsv']) {
      const plain = await relOk(['export', 'contacts', '--format', format], { db });
      const marked = await relOk(['export', 'contacts', '--format', format, '--bom'], { db });
      expect(plain.startsWith(MARK)).toBe(false);
      expect(marked).toBe(MARK + plain);
    }
    expect(await relOk(['export', 'conversations', '--bom'], { db })).toMatch(new RegExp(`^${MARK}id,contact_id,contact,date,`));
  });

  it('is refused for formats that are not spreadsheets', async () => {
    for (const args of [['contacts', '--format', 'json'], ['contacts', '--format', 'vcf'], ['all'], ['dates']]) {
      const result = await rel(['export', ...args, '--bom'], { db });
      expect([result.code, result.stdout, result.stderr]).toEqual([2, '', 'rel: --bom applies to csv and tsv only (the mark spreadsheets need to read UTF-8)\n']);
    }
  });

  it('writes the mark as the bytes EF BB BF from the real binary, and rel import reads the file back', async () => {
    const dir = tempDir();
    const file = join(dir, 'contacts.csv');
    expect((await shell(`rel export contacts --bom > ${file}`, { db })).code).toBe(0);
    expect([...readFileSync(file).subarray(0, 5)]).toEqual([0xef, 0xbb, 0xbf, 0x69, 0x64]); // the mark, then "id"
    const copy = newJournal();
    expect(await relOk(['import', file], { db: copy })).toBe(`added 4, updated 0, skipped 0 from ${file}\n`);
    const names = JSON.parse(await relOk(['list', '--json'], { db: copy })).map((p: { name: string }) => p.name);
    expect(names.sort()).toEqual([...NAMES].sort());
  });
});

/** LibreOffice's command, when it is installed. */
function soffice(): string | undefined {
  for (const command of ['soffice', 'libreoffice']) {
    if (spawnSync(command, ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0) return command;
  }
  return undefined;
}

const OFFICE = soffice();

// LibreOffice's Text Import dialog takes the character set from the mark; headless, there is no
// dialog and LibreOffice 7.4 reads a CSV in the system's code page, mark or not, so the test gives
// it what the dialog shows (comma, double quote, UTF-8: 44,34,76), as the README tells a script to.
describe.runIf(OFFICE !== undefined)('LibreOffice reads a --bom CSV with its accents right', () => {
  /** `file` converted by LibreOffice headless to `target` (a format, with a filter and its options), in `dir`. */
  function convert(file: string, target: string, dir: string, infilter?: string): void {
    // A profile of its own: no first-start dialogs, no clash with another LibreOffice running.
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    const args = [profile, '--headless', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', target, '--outdir', dir, file];
    execFileSync(OFFICE!, args, { stdio: 'ignore', timeout: 120_000 });
  }

  it('through xlsx and back to a UTF-8 CSV: names, companies and notes as written, the mark in no cell', async () => {
    const db = await accentedJournal();
    const dir = tempDir();
    for (const what of ['contacts', 'conversations']) {
      expect((await shell(`rel export ${what} --bom > ${join(dir, `${what}.csv`)}`, { db })).code).toBe(0);
      convert(join(dir, `${what}.csv`), 'xlsx', dir, 'CSV:44,34,76');
      const back = join(dir, 'back');
      convert(join(dir, `${what}.xlsx`), 'csv:Text - txt - csv (StarCalc):44,34,76', back);
      const rows = parseCsv(readFileSync(join(back, `${what}.csv`), 'utf8')) as string[][];
      expect(rows[0]!.slice(0, 2)).toEqual(['id', what === 'contacts' ? 'name' : 'contact_id']);
      if (what === 'contacts') {
        expect(rows.slice(1).map((row) => row[1])).toEqual(NAMES);
        expect(rows[1]![4]).toBe('Café Lumière');
      } else {
        expect(rows[1]![2]).toBe('Zoë Müller');
        expect(rows[1]![5]).toBe('Crème brûlée for the Straße party');
      }
    }
  }, 300_000);
});
