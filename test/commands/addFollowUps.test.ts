// rel add's follow-ups and remembered details (SPEC §3 `rel add [NAME...]`): --follow-up is
// repeatable as --remember is, each one stored for the person its "NAME:" says, undone together
// with the conversation; the follow-up question on a terminal reads "NAME: when: what" as the flag
// does; a "NAME:" that could be two of the people is refused for --remember as for --follow-up.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom, type TestJournal } from '../harness/journal.js';
import { journalContent } from '../harness/journalContent.js';
import { runRel } from '../harness/inProcess.js';
import { answer, ScriptedTerminal } from '../harness/scriptedTerminal.js';

// Today is 2026-11-23, a Monday (the harness's clock).
const family = journalFrom(async (j) => {
  for (const name of ['Ann Bell', 'Tom Bell', 'Zoe Bell', 'Jane Doe', 'Tom Doe']) await j.ok(['contact', 'add', name]);
});

interface Card {
  details: Array<{ text: string }>;
  reminders: Array<{ text: string; dueOn: string }>;
}
const card = (j: TestJournal, who: string) => j.json<Card>(['show', who, '--json']);
const followUps = async (j: TestJournal, who: string) => (await card(j, who)).reminders.map((r) => [r.dueOn, r.text]);

describe('several --follow-up on one rel add', () => {
  it('stores every one, each for the person its NAME: says (else the first), and says each', async () => {
    const j = await family();
    const out = await j.ok([
      'add', 'Ann Bell', 'Tom Bell', 'Zoe Bell', '--via', 'meal', '--note', 'Family lunch',
      '--follow-up', 'ann: friday: send quote', '--follow-up', 'tom: june: review life cover', '--follow-up', '2027-03: check kids policy',
    ]);
    expect(out).toBe('logged meal with Ann Bell, Tom Bell and Zoe Bell on 2026-11-23 (#1); follow up 2026-11-27 for Ann Bell, 2027-06-01 for Tom Bell and 2027-03-01 for Ann Bell\n');
    expect(await followUps(j, 'Ann Bell')).toEqual([
      ['2026-11-27', 'send quote'],
      ['2027-03-01', 'check kids policy'],
    ]);
    expect(await followUps(j, 'Tom Bell')).toEqual([['2027-06-01', 'review life cover']]);
    expect(await followUps(j, 'Zoe Bell')).toEqual([]);
  });

  it('with one person too, and one rel undo takes the conversation and all its follow-ups back', async () => {
    const j = await family();
    const before = journalContent(j.db);
    expect(await j.ok(['add', 'Jane Doe', '--note', 'call', '--follow-up', 'wednesday: send catalog', '--follow-up', 'friday: send invoice'])).toBe(
      'logged conversation with Jane Doe on 2026-11-23 (#1); follow up 2026-11-25 and 2026-11-27\n',
    );
    expect(await followUps(j, 'Jane Doe')).toEqual([
      ['2026-11-25', 'send catalog'],
      ['2026-11-27', 'send invoice'],
    ]);
    await j.ok(['undo']);
    expect(journalContent(j.db)).toEqual(before);
  });

  it('refuses the whole command when one of them is wrong, with that one\'s own refusal', async () => {
    const j = await family();
    expect(await expectRefused(j, ['add', 'Ann Bell', 'Tom Bell', '--note', 'x', '--follow-up', 'friday: call', '--follow-up', 'Zed: tomorrow: call'], 2)).toBe(
      'rel: --follow-up "Zed: tomorrow: call": "Zed" is not a date, nor one of the people of this conversation (Ann Bell and Tom Bell): write "Tom Bell: tomorrow: call" for one of them, or "tomorrow: call" for Ann Bell, the first; for Zed, name them in the command too',
    );
    expect(await expectRefused(j, ['add', 'Ann Bell', 'Tom Bell', '--note', 'x', '--follow-up', 'friday: call', '--follow-up', 'Jane: friday: call'], 2)).toMatch(
      /^rel: --follow-up "Jane: friday: call": Jane Doe \(#4\) is not in this conversation/,
    );
  });
});

describe('a "NAME:" that could be two of the people', () => {
  it('is refused for --remember as for --follow-up, rather than filed on the first', async () => {
    const j = await family();
    expect(await expectRefused(j, ['add', 'Jane Doe', 'Tom Doe', '--note', 'z', '--remember', 'doe: likes golf'], 2)).toBe(
      'rel: --remember "doe: likes golf": "doe" could be Jane Doe or Tom Doe: write the name whole, e.g. "Jane Doe: likes golf"',
    );
    expect(await expectRefused(j, ['add', 'Jane Doe', 'Tom Doe', '--note', 'z', '--follow-up', 'doe: friday: call'], 2)).toMatch(/could be Jane Doe or Tom Doe: write the name whole/);
    // Whole, it says whose.
    expect(await j.ok(['add', 'Jane Doe', 'Tom Doe', '--note', 'z', '--remember', 'Tom Doe: likes golf'])).toContain('remembered 1 (Tom Doe)');
    expect((await card(j, 'Tom Doe')).details.map((d) => d.text)).toEqual(['likes golf']);
  });
});

describe('the follow-up question of an interactive rel add', () => {
  const interactive = (j: TestJournal, args: string[], terminal: ScriptedTerminal) =>
    runRel(['add', ...args], { journalPath: j.db, now: '2026-11-23', tty: true, interactive: true, prompter: terminal.prompter });

  it('takes "NAME: when: what" for one of the people, as --follow-up does', async () => {
    const j = await family();
    const terminal = new ScriptedTerminal([answer('meal'), answer('lunch'), answer(''), answer('tom: friday: send wine list')]);
    const result = await interactive(j, ['Ann Bell', 'Tom Bell'], terminal);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toBe('logged meal with Ann Bell and Tom Bell on 2026-11-23 (#1); follow up 2026-11-27 for Tom Bell\n');
    expect(terminal.asked.at(-1)).toBe('Follow up? (e.g. "in 1 week: send the catalog", or "Tom Bell: friday: call" for someone other than Ann Bell; empty for none)');
    expect(await followUps(j, 'Tom Bell')).toEqual([['2026-11-27', 'send wine list']]);
    expect(await followUps(j, 'Ann Bell')).toEqual([]);
  });

  it('refuses a NAME nobody of the conversation is, in the flag\'s words, and asks again', async () => {
    const j = await family();
    const terminal = new ScriptedTerminal([answer('call'), answer('lunch'), answer(''), answer('zed: friday: call'), answer('friday: call')]);
    const result = await interactive(j, ['Ann Bell', 'Tom Bell'], terminal);
    expect(result.code).toBe(0);
    expect(terminal.asked.at(-1)).toBe(
      '  refused: --follow-up "zed: friday: call": "zed" is not a date, nor one of the people of this conversation (Ann Bell and Tom Bell): write "Tom Bell: friday: call" for one of them, or "friday: call" for Ann Bell, the first; for zed, name them in the command too',
    );
    expect(await followUps(j, 'Ann Bell')).toEqual([['2026-11-27', 'call']]);
  });

  it('with one person, asks as before', async () => {
    const j = await family();
    const terminal = new ScriptedTerminal([answer('call'), answer('lunch'), answer(''), answer('in 1 week: send the catalog')]);
    expect((await interactive(j, ['Jane Doe'], terminal)).stdout).toBe('logged call with Jane Doe on 2026-11-23 (#1); follow up 2026-11-30\n');
    expect(terminal.asked.at(-1)).toBe('Follow up? (e.g. "in 1 week: send the catalog"; empty for none)');
  });
});
