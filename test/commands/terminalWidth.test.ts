// Tables on a terminal fit its width (rel list, rel reminders, rel log, rel search): one long
// name or note made every row wider than the terminal, so every row wrapped. The widest free-text
// column is cut, ending in "…"; ids, days and statuses stay whole. Off a terminal nothing changes.
import { describe, expect, it } from 'vitest';
import { runRel } from '../harness/inProcess.js';
import { journalFrom, type TestJournal } from '../harness/journal.js';
import { textWidth } from '../../src/ui/textWidth.js';

const LONG_NAME = 'Maximilian Alexander Friedrich von Hohenzollern-Sigmaringen und Brandenburg-Ansbach Jr';
const LONG_TEXT = 'send her the long report on the quarterly numbers and the hiring plan for next year, with the charts';

const people = journalFrom(async (j) => {
  await j.ok(['add', 'Ann Bell', '--note', 'coffee', '--on', '2026-11-01', '--follow-up', `2026-12-20: ${LONG_TEXT}`]);
  await j.ok(['add', LONG_NAME, '--note', 'met at the trade show, talked about a very long list of things', '--on', '2026-11-20']);
  await j.ok(['add', 'Bob Lee', '--note', 'lunch', '--on', '2026-06-01', '--follow-up', '2026-12-10: call']);
  await j.ok(['remind', 'Maximilian', 'ask about the thing', '--on', '2026-12-12']);
});

const run = async (j: TestJournal, args: string[], terminal: { tty: boolean; columns?: number }) => {
  const result = await runRel(args, { journalPath: j.db, now: '2026-12-06', ...terminal });
  expect(result.code).toBe(0);
  return result.stdout;
};

const widths = (stdout: string) => stdout.trimEnd().split('\n').map(textWidth);

describe('tables on a terminal fit its width', () => {
  it('rel list: a long name is cut to what fits an 80-column terminal, ending in "…"', async () => {
    const j = await people();
    // Each row 80 wide at most: the name column takes what the other columns leave.
    expect(await run(j, ['list'], { tty: true, columns: 80 })).toBe(
      [
        '#1  Ann Bell                                  last 35 days ago   next in 55 days',
        '#3  Bob Lee                                   last 188 days ago  due 98 days ago',
        '#2  Maximilian Alexander Friedrich von Hohe…  last 16 days ago   next in 74 days',
        '',
      ].join('\n'),
    );
  });

  it('rel list off a terminal is as it was, the name whole, whatever stdout says of a width', async () => {
    const j = await people();
    const expected = [
      '#1  Ann Bell                                                                                last 2026-11-01  next 2027-01-30',
      '#3  Bob Lee                                                                                 last 2026-06-01  due 2026-08-30',
      `#2  ${LONG_NAME}  last 2026-11-20  next 2027-02-18`,
      '',
    ].join('\n');
    expect(await run(j, ['list'], { tty: false })).toBe(expected);
    expect(await run(j, ['list'], { tty: false, columns: 80 })).toBe(expected);
    expect(await run(j, ['list', '--json'], { tty: true, columns: 80 })).toBe(await run(j, ['list', '--json'], { tty: false }));
  });

  it('a terminal wide enough, or a width unknown, leaves the table as it is', async () => {
    const j = await people();
    const whole = await run(j, ['list'], { tty: true });
    expect(whole).toContain(LONG_NAME);
    expect(await run(j, ['list'], { tty: true, columns: 200 })).toBe(whole);
  });

  it('a name of wide letters counts two columns a letter, and its row fits with the others in line', async () => {
    const j = await people();
    await j.ok(['contact', 'add', '爱新觉罗·玄烨康熙皇帝与他的二十四个儿子们和三十个女儿们还有很多孙子', '--tag', 'vip']);
    const lines = (await run(j, ['list'], { tty: true, columns: 60 })).trimEnd().split('\n');
    expect(lines.every((line) => textWidth(line) <= 60)).toBe(true);
    const wide = lines.find((line) => line.startsWith('#4'))!;
    // 14 columns left for the name: six letters of two and the dot of one (13), then "…"; 康 would pass them.
    expect(wide).toMatch(/^#4 {2}爱新觉罗·玄烨… {2}never contacted {4}next in \d+ days {2}#vip$/);
    // The columns after the name start where every other row's do.
    const column = (line: string) => textWidth(line.slice(0, line.search(/(last|never) /)));
    expect(new Set(lines.map(column)).size).toBe(1);
  });

  it('when even the shortest cut does not fit, the table is printed as it is', async () => {
    const j = await people();
    expect(await run(j, ['list'], { tty: true, columns: 40 })).toBe(await run(j, ['list'], { tty: true }));
  });

  it('rel reminders: the long name and the long follow-up share what is left, the days whole', async () => {
    const j = await people();
    const shown = await run(j, ['reminders'], { tty: true, columns: 80 });
    expect(shown).toBe(
      [
        '#2  2026-12-10 (in 4 days)   Bob Lee                   call',
        '#3  2026-12-12 (in 6 days)   Maximilian Alexander Fr…  ask about the thing',
        '#1  2026-12-20 (in 14 days)  Ann Bell                  send her the long repor…',
        '',
      ].join('\n'),
    );
    expect(await run(j, ['reminders'], { tty: false, columns: 80 })).toContain(`${LONG_NAME}  ask about the thing\n`);
  });

  it('rel log and rel search fit too; search keeps each match\'s [kind id] whole', async () => {
    const j = await people();
    for (const args of [['log'], ['search', 'the']]) {
      const shown = await run(j, args, { tty: true, columns: 80 });
      expect(widths(shown).every((w) => w <= 80)).toBe(true);
      expect(shown).toContain('…');
      expect(widths(await run(j, args, { tty: false, columns: 80 })).some((w) => w > 80)).toBe(true);
    }
    const search = await run(j, ['search', 'the'], { tty: true, columns: 80 });
    expect(search).toMatch(/^ {2}conversation .*… \[conversation 2\]$/m);
    expect(search).toMatch(/^Maximilian Alexander .*… #2$/m);
  });
});
