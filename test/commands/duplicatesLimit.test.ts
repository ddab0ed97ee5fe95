// rel duplicates lists the strongest pairs first, the first 20 unless asked for more (--limit,
// --all), and says on stderr how many more there are, with the command that lists them, as
// rel reminders does; --json keeps to the same limit.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom } from '../harness/journal.js';

// 20 pairs that share only an email (strength 50), #1–#40; then two pairs of one name that share
// an email too (90), #41–#44, the strongest though added last.
const many = journalFrom(async (j) => {
  for (let n = 1; n <= 20; n++) {
    await j.ok(['contact', 'add', `Left ${n}`, '--email', `p${n}@x.com`]);
    await j.ok(['contact', 'add', `Right ${n}`, '--email', `p${n}@x.com`, '--new']);
  }
  for (const name of ['Strong One', 'Mighty Two']) {
    const email = `${name.split(' ')[0]!.toLowerCase()}@x.com`;
    await j.ok(['contact', 'add', name, '--email', email]);
    await j.ok(['contact', 'add', name, '--email', email, '--new']);
  }
});
const pairsOf = (stdout: string): string[] => stdout.split('\n').filter(Boolean).map((line) => line.split('  — ')[0]!);
const MERGE_HINT = 'merge a pair with: rel merge "#41" "#42" (the second folds into the first)\n';

describe('rel duplicates: the strongest 20, and what the limit left out', () => {
  it('lists the 20 strongest pairs and says on stderr how many more there are', async () => {
    const j = await many();
    const { code, stdout, stderr } = await j.rel(['duplicates']);
    expect(code).toBe(0);
    expect(pairsOf(stdout)).toEqual(['Strong One (#41)  ·  Strong One (#42)', 'Mighty Two (#43)  ·  Mighty Two (#44)', ...Array.from({ length: 18 }, (_, i) => `Left ${i + 1} (#${2 * i + 1})  ·  Right ${i + 1} (#${2 * i + 2})`)]);
    expect(stderr).toBe(`… and 2 more: rel duplicates --limit 22\n${MERGE_HINT}`);
  });

  it('--limit N shows that many, --all every one; a limit that leaves nothing out says nothing of more', async () => {
    const j = await many();
    expect(await j.rel(['duplicates', '--limit', '3'])).toMatchObject({ code: 0, stderr: `… and 19 more: rel duplicates --limit 22\n${MERGE_HINT}` });
    expect(pairsOf(await j.ok(['duplicates', '--limit', '3']))).toHaveLength(3);
    const every = await j.rel(['duplicates', '--limit', '22']);
    expect(pairsOf(every.stdout)).toHaveLength(22);
    expect(every.stderr).toBe(MERGE_HINT);
    expect(await j.rel(['duplicates', '--all'])).toEqual({ code: 0, stdout: every.stdout, stderr: MERGE_HINT });
    expect(pairsOf(every.stdout).at(-1)).toBe('Left 20 (#39)  ·  Right 20 (#40)');
  });

  it('--json holds the same pairs as the text', async () => {
    const j = await many();
    const { stdout, stderr } = await j.rel(['duplicates', '--json', '--limit', '3']);
    expect((JSON.parse(stdout) as Array<{ people: Array<{ id: number }>; strength: number }>).map((p) => [p.people[0]!.id, p.strength])).toEqual([
      [41, 90],
      [43, 90],
      [1, 50],
    ]);
    expect(stderr).toBe('… and 19 more: rel duplicates --limit 22 --json\n');
    expect(await j.json(['duplicates', '--json'])).toHaveLength(20);
    expect(await j.json(['duplicates', '--json', '--all'])).toHaveLength(22);
  });

  it('refuses a limit of 0 or one that is not a number (usage error)', async () => {
    const j = await many();
    expect(await expectRefused(j, ['duplicates', '--limit', '0'], 2)).toBe('rel: --limit must be at least 1; rel duplicates --all lists every pair');
    expect(await expectRefused(j, ['duplicates', '--limit', 'ten'], 2)).toBe('rel: --limit must be a whole number, got "ten"');
  });
});
