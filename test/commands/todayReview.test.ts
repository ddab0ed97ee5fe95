// rel today --review in-process, driven by a scripted terminal (test/harness/scriptedTerminal.ts):
// each key's action on the journal, the list ranked again after each, undo, quitting, the summary,
// and the refusals off a terminal. The real terminal is test/contract/interactive.test.ts's.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RelError } from '../../src/errors.js';
import { runRel } from '../harness/inProcess.js';
import { journalContent } from '../harness/journalContent.js';
import { planMorning } from '../harness/morning.js';
import { journalFrom, makeJournal, type TestJournal } from '../harness/journal.js';
import { answer, key, ScriptedTerminal, type Step } from '../harness/scriptedTerminal.js';
import { spawnRel } from '../harness/spawned.js';
import type { ScreenSize } from '../../src/ui/terminal.js';

const morning = journalFrom(planMorning);

/** Runs rel today --review (and ARGS) on a terminal that plays `steps`. */
async function review(j: TestJournal, steps: Step[], args: string[] = [], size?: ScreenSize) {
  const terminal = new ScriptedTerminal(steps, size);
  const result = await runRel(['today', '--review', ...args], { journalPath: j.db, tty: true, interactive: true, terminal });
  return { ...result, terminal };
}

const names = async (j: TestJournal): Promise<string[]> => (await j.json<Array<{ person: { name: string } }>>(['today', '--json'])).map((row) => row.person.name);

describe('rel today --review', () => {
  it("shows one person at a time: their reasons, the card's key facts and the keys", async () => {
    const j = await morning();
    const run = await review(j, [key('space'), key('q')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.terminal.frames[0]).toBe(
      [
        'Monday 23 November 2026 — 1 of 4 to reach out to',
        '',
        'Fiona Follow #1',
        '  • follow up: send the quote — due 3 days ago',
        '',
        '  Last talked 2026-11-01 (22 days ago) call: quote talk [conversation 1]',
        '  Follow-ups',
        '    2026-11-20 (3 days ago): send the quote [reminder 1]',
        '',
        '',
        'l log  d done  s snooze  p pause  o card  space/n/→ skip  u undo  q/esc quit',
        '',
      ].join('\n'),
    );
    expect(run.terminal.frames[1]).toContain('2 of 4 to reach out to\n\nGina Gift #2\n  • follow up: call about the order — due tomorrow\n');
    expect(run.terminal.frames[1]).toContain('  Remember\n    loves tulips [detail 1]\n');
    expect(run.terminal.closed).toBe(true);
    expect(run.stdout).toBe('reviewed 1: skipped 1\n');
  });

  it('fits a busy person on an 80×24 terminal, rows kept below for a question', async () => {
    const j = makeJournal({ now: '2026-11-23' });
    await j.ok(['add', 'Jane Doe', '--note', 'first call', '--on', '2026-09-01']);
    for (let i = 1; i <= 7; i++) {
      await j.ok(['remember', 'Jane Doe', `fact number ${i} about her life and her family, a long line`]);
      await j.ok(['remind', 'Jane Doe', `call back about thing ${i}`, '--on', `2026-11-2${i}`]);
    }
    const run = await review(j, [key('q')], [], { rows: 24, columns: 80 });
    expect(run.code, run.stderr).toBe(0);
    const screen = run.terminal.frames[0]!;
    expect(screen.split('\n').length).toBeLessThanOrEqual(22);
    expect(screen).toMatch(/^Monday 23 November 2026 — 1 of 1 to reach out to\n\nJane Doe #1\n/);
    expect(screen).toContain('more: o opens the card');
    // A tall terminal shows five of each kind, as before.
    const tall = await review(j, [key('q')]);
    expect(tall.terminal.frames[0]).toContain('fact number 5 about her life');
  });

  it('l logs a conversation; someone with a promise still due stays on screen, and d then sends them off the list', async () => {
    const j = await morning();
    const run = await review(j, [key('l'), answer(''), answer('call'), answer('sent the quote'), key('d'), key('q')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.terminal.asked).toEqual([
      'Anyone else there? (type part of a name; empty to go on)',
      'How did you talk? [call | email | meeting | meal | message | event | social | visit | other]',
      'What did you talk about?',
    ]);
    const [, afterLog, afterDone] = run.terminal.frames;
    expect(afterLog).toContain('1 of 4 to reach out to\n\nFiona Follow #1 — talked today\n  • follow up: send the quote — due 3 days ago\n');
    expect(afterLog).toContain('  Last talked 2026-11-23 (today) call: sent the quote [conversation 5]\n');
    expect(afterLog).toContain('\nlogged call with Fiona Follow on 2026-11-23 (#5)\n');
    expect(afterDone).toContain('2 of 4 to reach out to\n\nGina Gift #2\n');
    expect(afterDone).toContain('\ndone: send the quote — Fiona Follow\n');
    expect(run.stdout).toBe('reviewed 1: logged 1, done 1\n');
    expect(await names(j)).toEqual(['Gina Gift', 'Dan Drift', 'Eve Early']);
    const card = await j.json(['show', 'fiona', '--json']);
    expect(card.conversations[0]).toMatchObject({ id: 5, happenedOn: '2026-11-23', via: 'call', note: 'sent the quote' });
    expect(card.reminders).toEqual([]);
  });

  it("shows the person's family and colleagues, as the card words them", async () => {
    const j = await morning();
    await j.ok(['relate', 'Gina Gift', '--to', 'Fiona Follow', '--as', 'sister']);
    const run = await review(j, [key('q')]);
    expect(run.terminal.frames[0]).toContain('  Family and colleagues\n    Gina Gift (#2) — sister\n');
  });

  it('someone just talked to with nothing due leaves the list at once', async () => {
    const j = await morning();
    const run = await review(j, [key('n'), key('n'), key('l'), answer(''), answer('visit'), answer(''), key('q')]);
    expect(run.terminal.frames[3]).toContain('4 of 4 to reach out to\n\nEve Early #4\n');
    expect(run.terminal.frames[3]).toContain('\nlogged visit with Dan Drift on 2026-11-23 (#5)\n');
    expect(run.stdout).toBe('reviewed 3: logged 1, skipped 2\n');
    expect((await j.json(['log', 'dan', '--json']))[0]).toMatchObject({ via: 'visit', note: null });
  });

  it('l logs one conversation with the others who were there, and they leave the list too', async () => {
    const j = await morning();
    const run = await review(j, [key('n'), key('n'), key('l'), answer('eve'), answer(''), answer('meal'), answer('lunch')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.terminal.asked.filter((q) => q.startsWith('Anyone else there?'))).toHaveLength(2);
    // Dan and Eve were the last two on the list: both talked to, the review has no one left to
    // show; the two skipped are still on today's list.
    expect(run.stdout).toBe("reviewed 3: logged 1, skipped 2; 2 still on today's list\n");
    expect((await j.json(['log', '--limit', '1', '--json']))[0]).toMatchObject({ people: [{ name: 'Dan Drift' }, { name: 'Eve Early' }], via: 'meal', note: 'lunch' });
    expect(await names(j)).toEqual(['Fiona Follow', 'Gina Gift']);
  });

  it('d asks which follow-up when the person has several on the list, and moves a recurring one to its next date', async () => {
    const j = await morning();
    await j.ok(['remind', 'fiona', 'monthly check-in', '--on', '2026-11-21', '--every', '1m']);
    const run = await review(j, [key('d'), answer('follow up: monthly check-in — due 2 days ago'), key('q')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.terminal.asked).toEqual(['Which follow-up is done? [follow up: send the quote — due 3 days ago | follow up: monthly check-in — due 2 days ago]']);
    expect(run.terminal.screen).toContain('\ndone: monthly check-in — Fiona Follow; next on 2026-12-21\n');
    expect(run.terminal.screen).toContain('Fiona Follow #1\n  • follow up: send the quote — due 3 days ago\n\n');
    const reminders = await j.json<Array<{ text: string; dueOn: string; doneOn: string | null }>>(['reminders', '--json']);
    expect(reminders.map((r) => [r.text, r.dueOn, r.doneOn])).toEqual([
      ['send the quote', '2026-11-20', null],
      ['call about the order', '2026-11-24', null],
      ['monthly check-in', '2026-12-21', null],
    ]);
  });

  it('d and s say so when the person has no follow-up on the list', async () => {
    const j = await morning();
    const before = j.dump();
    const run = await review(j, [key('n'), key('n'), key('d'), key('s'), key('q')]);
    expect(run.terminal.frames[3]).toContain("\nDan Drift has no follow-up on today's list to mark done; o opens the card\n");
    expect(run.terminal.frames[4]).toContain("\nDan Drift has no follow-up on today's list to snooze; o opens the card\n");
    expect(run.stdout).toBe('reviewed 2: skipped 2\n');
    expect(j.dump()).toBe(before);
  });

  it('s snoozes a follow-up to a day read as rel snooze reads it, asking again for a day that is not later', async () => {
    const j = await morning();
    const run = await review(j, [key('n'), key('s'), answer('yesterday'), answer('someday'), answer('in 1 week'), key('q')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.terminal.asked).toEqual([
      'Snooze until? (e.g. monday, in 2 weeks, 2026-12-23)',
      '  refused: until 2026-11-22 is not after today (2026-11-23); snooze to a later day',
      '  refused: until: "someday" is not a date; use YYYY-MM-DD, YYYY-MM (its first day), tomorrow, a weekday, or a phrase such as "in 2 weeks", "next friday"',
    ]);
    expect(run.terminal.screen).toContain('3 of 4 to reach out to\n\nDan Drift #3\n');
    expect(run.terminal.screen).toContain('\nsnoozed until 2026-11-30: call about the order — Gina Gift\n');
    expect(run.stdout).toBe('reviewed 2: snoozed 1, skipped 1\n');
    expect(await names(j)).toEqual(['Fiona Follow', 'Dan Drift', 'Eve Early']);
    expect(await names(j)).toEqual((await j.json<Array<{ person: { name: string } }>>(['today', '--json'])).map((r) => r.person.name));
    expect((await j.json(['reminders', '--json']))[1]).toMatchObject({ text: 'call about the order', snoozedUntil: '2026-11-30' });
  });

  it('p pauses the person until a day, as rel pause does', async () => {
    const j = await morning();
    const run = await review(j, [key('n'), key('n'), key('p'), answer('2027-01-15'), key('q')]);
    expect(run.terminal.asked).toEqual(['Pause Dan Drift until? (e.g. 2027-01-04, in 3 weeks)']);
    expect(run.terminal.screen).toContain('\npaused Dan Drift until 2027-01-15: no drifting reminders till then\n');
    expect(run.stdout).toBe('reviewed 3: paused 1, skipped 2\n');
    expect((await j.json(['show', 'dan', '--json'])).person).toMatchObject({ pausedUntil: '2027-01-15' });
    expect(await names(j)).toEqual(['Fiona Follow', 'Gina Gift', 'Eve Early']);
  });

  it('p reads a month as its first day, as rel pause --until 2027-06 does', async () => {
    const j = await morning();
    const run = await review(j, [key('n'), key('n'), key('p'), answer('2027-06'), key('q')]);
    expect(run.terminal.screen).toContain('\npaused Dan Drift until 2027-06-01: no drifting reminders till then\n');
    expect((await j.json(['show', 'dan', '--json'])).person).toMatchObject({ pausedUntil: '2027-06-01' });
  });

  it('o opens the card as rel show draws it, and any key comes back', async () => {
    const j = await morning();
    const run = await review(j, [key('right'), key('o'), key('x'), key('q')]);
    const show = await runRel(['show', 'gina'], { journalPath: j.db, tty: true });
    expect(run.terminal.frames[2]).toBe(`${show.stdout}\nany key goes back to the review\n`);
    expect(run.terminal.frames[3]).toContain('2 of 4 to reach out to\n\nGina Gift #2\n');
    expect(run.stdout).toBe('reviewed 1: skipped 1\n');
  });

  it('u takes back the last action, as rel undo, and its person comes back', async () => {
    const j = await morning();
    const before = journalContent(j.db);
    const run = await review(j, [key('n'), key('n'), key('l'), answer(''), answer('call'), answer('hello'), key('u'), key('u'), key('q')]);
    expect(run.code, run.stderr).toBe(0);
    const [, , , logged, undone, again] = run.terminal.frames;
    expect(logged).toContain('Eve Early #4');
    expect(undone).toContain('3 of 4 to reach out to\n\nDan Drift #3\n');
    expect(undone).toContain('\nundid: add conversation #5 with Dan Drift (#3) on 2026-11-23: hello\n');
    expect(again).toContain('\nnothing to undo in this review; rel undo takes back older changes\n');
    expect(run.stdout).toBe('reviewed 2: skipped 2\n');
    expect(journalContent(j.db)).toEqual(before);
  });

  it('u leaves alone a change another rel made meanwhile', async () => {
    const j = await morning();
    const run = await review(j, [
      key('n'),
      key('n'),
      key('p'),
      answer('in 2 weeks'),
      { meanwhile: () => spawnRel(['remind', 'eve', 'send a card', '--on', '2026-12-01'], { db: j.db }) },
      key('u'),
      key('q'),
    ]);
    expect(run.terminal.screen).toContain('\nthe newest change in the journal was not made in this review; rel undo --list shows it\n');
    expect((await j.json(['show', 'dan', '--json'])).person).toMatchObject({ pausedUntil: '2026-12-07' });
    expect(run.stdout).toBe('reviewed 3: paused 1, skipped 2\n');
  });

  it('ranks the list again when another rel writes meanwhile', async () => {
    const j = await morning();
    const run = await review(j, [key('n'), { meanwhile: () => spawnRel(['archive', 'dan'], { db: j.db }) }, key('n'), key('q')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.terminal.frames.map((frame) => frame.split('\n').slice(0, 3).join(' | '))).toEqual([
      'Monday 23 November 2026 — 1 of 4 to reach out to |  | Fiona Follow #1',
      'Monday 23 November 2026 — 2 of 4 to reach out to |  | Gina Gift #2',
      'Monday 23 November 2026 — 3 of 3 to reach out to |  | Eve Early #4',
    ]);
  });

  it('each action is one change that rel undo lists and takes back later', async () => {
    const j = await morning();
    await review(j, [key('d'), key('s'), answer('friday'), key('l'), answer(''), answer('meal'), answer('lunch'), key('q')]);
    const list = await j.ok(['undo', '--list']);
    expect(list.split('\n').slice(0, 3).map((line) => line.replace(/^#\d+\s+\S+ \S+\s+/, ''))).toEqual([
      'add conversation #5 with Dan Drift (#3) on 2026-11-23: lunch',
      'snooze follow-up #2 for Gina Gift (#2) until 2026-11-27: call about the order',
      'complete follow-up #1 for Fiona Follow (#1): send the quote',
    ]);
    expect(await j.ok(['undo'])).toBe('undid: add conversation #5 with Dan Drift (#3) on 2026-11-23: lunch\n');
    expect(await names(j)).toEqual(['Dan Drift', 'Eve Early']);
  });

  it('a question cancelled (Ctrl-C) writes nothing and stays on the person', async () => {
    const j = await morning();
    const before = j.dump();
    const run = await review(j, [key('l'), answer(new RelError('cancelled; nothing was written')), key('escape')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.terminal.screen).toContain('Fiona Follow #1\n');
    expect(run.terminal.screen).toContain('\ncancelled; nothing was written\n');
    expect(run.stdout).toBe('reviewed no one\n');
    expect(j.dump()).toBe(before);
  });

  it.each([['q'], ['escape'], ['ctrl-c']])('%s quits; other keys do nothing', async (quit) => {
    const j = await morning();
    const run = await review(j, [key('x'), key('ctrl-l'), key('L'), key(quit)]);
    expect(run.code).toBe(0);
    expect(run.terminal.frames).toHaveLength(4);
    expect(new Set(run.terminal.frames).size).toBe(1);
    expect(run.terminal.left).toEqual([]);
  });

  it('says when the list has run out', async () => {
    const j = await morning();
    const run = await review(j, [key('d'), key('n'), key('n'), key('n')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.terminal.closed).toBe(true);
    expect(run.stdout).toBe("reviewed 4: done 1, skipped 3; 3 still on today's list\n");
  });

  it('after skipping everyone, says how many are still on today\'s list, as rel today lists them', async () => {
    const j = await morning();
    const run = await review(j, [key('n'), key('n'), key('n'), key('n')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe("reviewed 4: skipped 4; 4 still on today's list\n");
    expect(await j.json(['today', '--json'])).toHaveLength(4);
  });

  it('--limit, --days and --all choose the list as for rel today', async () => {
    const j = await morning();
    const run = await review(j, [key('n'), key('n')], ['--limit', '2']);
    expect(run.terminal.frames[0]).toContain('1 of 2 to reach out to');
    expect(run.stdout).toBe("reviewed 2: skipped 2; 2 still on today's list\n");
  });

  it('with nobody on the list, prints what rel today prints and exits 0', async () => {
    const j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'hi']);
    const run = await runRel(['today', '--review'], { journalPath: j.db, tty: true, interactive: true });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe('Monday 23 November 2026\nNo one needs you today, and nothing comes up in the next 14 days. A good day to call someone you like.\n');
  });
});

describe('rel today --review refused', () => {
  it.each([
    [{ tty: false, interactive: false }, [], '--review needs a terminal to ask on (stdin and stdout, and no --no-input); rel today prints the list'],
    [{ tty: true, interactive: false }, [], '--review needs a terminal to ask on (stdin and stdout, and no --no-input); rel today prints the list'],
    [{ tty: true, interactive: true }, ['--no-input'], '--review needs a terminal to ask on (stdin and stdout, and no --no-input); rel today prints the list'],
    [{ tty: true, interactive: true }, ['--json'], '--review and --json do not go together: --json is for programs; rel today --json prints the list'],
    [{ tty: true, interactive: true }, ['--as-of', 'friday'], "--review acts on today's list; leave out --as-of (rel today --as-of DAY shows another day's)"],
  ])('%j %j: a usage error before the journal is touched', async (terminal, args, message) => {
    const j = makeJournal();
    const run = await runRel(['today', '--review', ...args], { journalPath: j.db, ...terminal });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `rel: ${message}\n`]);
    expect(existsSync(j.db)).toBe(false);
  });

  it('off a terminal, bin/rel exits 2 and suggests rel today', async () => {
    const j = await morning();
    const run = await spawnRel(['today', '--review'], { db: j.db });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', 'rel: --review needs a terminal to ask on (stdin and stdout, and no --no-input); rel today prints the list\n']);
  });

  it('is in rel today --help, with an example', async () => {
    const help = (await runRel(['today', '--help'])).stdout;
    expect(help).toContain('--review');
    expect(help).toContain('rel today --review');
  });
});
