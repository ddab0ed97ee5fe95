// Several journals in one directory share its backups/ folder: each one's daily copies are named
// after it (work.db.2026-12-06), and every command that looks at the folder sees only its own.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRel } from '../harness/inProcess.js';
import { tempDir } from '../harness/tempFiles.js';

async function okOn(db: string, day: string, args: string[]): Promise<string> {
  const r = await runRel(args, { journalPath: db, now: day });
  expect(r.code, `rel ${args.join(' ')} on ${day}: ${r.stderr}`).toBe(0);
  return r.stdout;
}

describe('journals that share a backups/ folder', () => {
  it("rel doctor, rel restore and the pruning each see only their own journal's copies", async () => {
    const dir = tempDir('rel-shared-');
    const work = join(dir, 'work.db');
    const home = join(dir, 'home.db');
    await okOn(work, '2026-12-06', ['add', 'Ann Lee', '--note', 'hi']);
    await okOn(home, '2026-12-06', ['add', 'Mum', '--note', 'hi']);
    await okOn(home, '2026-12-07', ['add', 'Mum', '--note', 'again']);
    await okOn(work, '2026-12-07', ['rm', 'Ann Lee', '--purge', '--yes']);

    // The home journal's copies never held Ann Lee: the erasure check names, and would remove, only work's.
    const doctor = await runRel(['doctor'], { journalPath: work, now: '2026-12-07' });
    const mine = ['work.db.2026-12-06', 'work.db.2026-12-07'];
    expect(doctor.stdout).toContain(
      `problem  erasure       2 backups beside the journal are older than the last purge (2026-12-07 12:00 UTC) and may still hold what it erased: ${mine.join(', ')}` +
        ` — fix: remove them unless you must keep them: rm -- ${mine.map((f) => join(dir, 'backups', f)).join(' ')}\n`,
    );
    expect(doctor.stdout).toMatch(/^ok +backups +2 in .*, newest 2026-12-07 /m);

    const listed = await okOn(work, '2026-12-08', ['restore', '--json']);
    expect((JSON.parse(listed) as Array<{ name: string }>).map((b) => b.name)).toEqual(['work.db.2026-12-07', 'work.db.2026-12-06']);

    // Keeping one day of copies prunes work's older one, not home's.
    await okOn(work, '2026-12-08', ['config', 'set', 'backups', '1']);
    await okOn(work, '2026-12-09', ['contact', 'add', 'Bo Day']);
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(['home.db.2026-12-06', 'home.db.2026-12-07', 'work.db.2026-12-09']);
  });
});
