// rel restore BACKUP asks on a terminal before it replaces the journal, as rel rm asks before a
// delete: the question says what each holds, no changes nothing (exit 1), --yes does not ask, and
// off a terminal (or with --no-input) it needs --yes, as rel rm does. A journal not there yet loses
// nothing: rel restore FILE brings the backup in without asking.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFailure } from '../harness/failures.js';
import { runRel, type InProcessOptions } from '../harness/inProcess.js';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import { okOn } from '../harness/onDay.js';
import { tempDir } from '../harness/tempFiles.js';
import type { Prompter } from '../../src/ui/prompter.js';

const DAY = '2026-12-06';

/** Ann on the 3rd, Bea on the 4th, Cy and a conversation with him on the 5th: a backup a day. */
async function threeDays(): Promise<TestJournal> {
  const j = makeJournal();
  await okOn(j, '2026-12-03', ['contact', 'add', 'Ann One']);
  await okOn(j, '2026-12-04', ['contact', 'add', 'Bea Two']);
  await okOn(j, '2026-12-05', ['add', 'Cy Three', '--note', 'coffee']);
  return j;
}

/** A prompter that answers `answer` to every yes/no question and keeps what was asked. */
function answering(answer: boolean, asked: Array<[string, boolean | undefined]>): Prompter {
  return {
    confirm: async (message, byDefault) => (asked.push([message, byDefault]), answer),
    input: () => Promise.reject(new Error('no input expected')),
    select: () => Promise.reject(new Error('no select expected')),
    search: () => Promise.reject(new Error('no search expected')),
  };
}

const onTerminal = (j: TestJournal, prompter: Prompter): InProcessOptions => ({ journalPath: j.db, now: DAY, tty: true, interactive: true, prompter });
const keptBeforeRestore = (j: TestJournal) => readdirSync(join(j.dir, 'backups')).filter((f) => f.endsWith('.before-restore'));

describe('rel restore asks on a terminal, as rel rm does', () => {
  it('asks what would be replaced, defaulting to no; no changes nothing and exits 1', async () => {
    const j = await threeDays();
    const before = j.dump();
    const asked: Array<[string, boolean | undefined]> = [];
    const no = await runRel(['restore', '2026-12-04'], onTerminal(j, answering(false, asked)));
    expect(expectFailure(no, 1)).toBe('rel: nothing was restored');
    expect(asked).toEqual([
      [
        `Replace ${j.db} (3 contacts, 1 conversation) with rel.db.2026-12-05, the journal as it stood at the end of 2026-12-04 (2 contacts, 0 conversations)? What changed after 2026-12-04 goes; the journal as it is now is kept in backups/ beside it first.`,
        false,
      ],
    ]);
    expect(j.dump()).toBe(before);
    expect(keptBeforeRestore(j)).toEqual([]);
  });

  it('yes restores, as before', async () => {
    const j = await threeDays();
    const asked: Array<[string, boolean | undefined]> = [];
    const yes = await runRel(['restore', '2026-12-04'], onTerminal(j, answering(true, asked)));
    expect([yes.code, yes.stderr]).toEqual([0, '']);
    expect(yes.stdout).toMatch(/^restored .* from rel\.db\.2026-12-05 \(2 contacts, 0 conversations\); the journal as it was is kept as /);
    expect(asked).toHaveLength(1);
    expect(keptBeforeRestore(j)).toHaveLength(1);
  });

  it('--yes (or -y) does not ask', async () => {
    const j = await threeDays();
    const asked: Array<[string, boolean | undefined]> = [];
    expect((await runRel(['restore', '2026-12-04', '--yes'], onTerminal(j, answering(false, asked)))).code).toBe(0);
    expect((await runRel(['restore', '2026-12-03', '-y'], onTerminal(j, answering(false, asked)))).code).toBe(0);
    expect(asked).toEqual([]);
    expect(keptBeforeRestore(j)).toHaveLength(2);
  });

  it('asks of a copy kept before a restore, and of a file, by what they hold', async () => {
    const j = await threeDays();
    const kept = (await okOn(j, DAY, ['restore', '2026-12-04', '--yes'])).match(/rel restore (\S+\.before-restore) takes this back/)![1]!;
    const asked: Array<[string, boolean | undefined]> = [];
    expect((await runRel(['restore', kept], onTerminal(j, answering(false, asked)))).code).toBe(1);
    const file = join(j.dir, 'backups', 'rel.db.2026-12-04');
    expect((await runRel(['restore', file], onTerminal(j, answering(false, asked)))).code).toBe(1);
    const taken = kept.slice('rel.db.'.length, 'rel.db.'.length + 19).replace('T', ' ').replace(/-(\d\d)-(\d\d)$/, ':$1:$2');
    expect(asked.map(([message]) => message)).toEqual([
      `Replace ${j.db} (2 contacts, 0 conversations) with ${kept}, the journal as it was before a restore on ${taken} (3 contacts, 1 conversation)? The journal as it is now is kept in backups/ beside it first.`,
      `Replace ${j.db} (2 contacts, 0 conversations) with ${file} (1 contact, 0 conversations)? The journal as it is now is kept in backups/ beside it first.`,
    ]);
  });
});

describe('rel restore off a terminal needs --yes, as rel rm does', () => {
  it('refuses without --yes, saying what would be replaced, and changes nothing (exit 2)', async () => {
    const j = await threeDays();
    const before = j.dump();
    const refusal = `rel: restoring replaces ${j.db} (3 contacts, 1 conversation) with rel.db.2026-12-05, the journal as it stood at the end of 2026-12-04 (2 contacts, 0 conversations); add --yes to confirm`;
    expect(expectFailure(await runRel(['restore', '2026-12-04'], { journalPath: j.db, now: DAY }), 2)).toBe(refusal);
    const asked: Array<[string, boolean | undefined]> = [];
    expect(expectFailure(await runRel(['--no-input', 'restore', '2026-12-04'], onTerminal(j, answering(true, asked))), 2)).toBe(refusal);
    expect(asked).toEqual([]);
    expect(j.dump()).toBe(before);
    expect(keptBeforeRestore(j)).toEqual([]);
  });

  it('with --yes restores as before, without a question', async () => {
    const j = await threeDays();
    const restored = await okOn(j, DAY, ['restore', '2026-12-04', '--yes']);
    expect(restored).toMatch(/^restored .* from rel\.db\.2026-12-05 \(2 contacts, 0 conversations\); the journal as it was is kept as /);
    expect(await j.json(['list', '--json'], { now: DAY })).toHaveLength(2);
  });

  it('a journal not there yet is not asked about: rel restore FILE brings the backup in', async () => {
    const j = await threeDays();
    const fresh = join(tempDir(), 'new.db');
    const r = await runRel(['restore', join(j.dir, 'backups', 'rel.db.2026-12-05')], { journalPath: fresh, now: DAY });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(`restored ${fresh} from ${join(j.dir, 'backups', 'rel.db.2026-12-05')} (2 contacts, 0 conversations)\n`);
    expect(existsSync(fresh)).toBe(true);
  });

  it('--help shows --yes and its examples', async () => {
    const help = (await runRel(['restore', '--help'])).stdout;
    expect(help).toContain('-y, --yes');
    expect(help).toContain('rel restore 2026-11-20 --yes    # without asking (needed off a terminal)');
  });
});
