// The picker of an interactive `rel add` (SPEC §3 `rel add [NAME...]`) offers "+ new person" only
// for text the command line would take as a new name: "99" reads as an id, "nobody@x.com" and
// "+48 601 234 567" are an email and a phone nobody has, "lunch today" says when. For such text it
// shows the command line's reason under what was typed, and the user types again.
import { describe, expect, it } from 'vitest';
import { journalFrom, type TestJournal } from '../harness/journal.js';
import { runRel } from '../harness/inProcess.js';
import { answer, ScriptedTerminal } from '../harness/scriptedTerminal.js';

const three = journalFrom(async (j) => {
  for (const name of ['Ann Bell', 'Tom Bell', 'Jane Doe']) await j.ok(['contact', 'add', name]);
});

const interactive = (j: TestJournal, terminal: ScriptedTerminal) =>
  runRel(['add'], { journalPath: j.db, now: '2026-11-23', tty: true, interactive: true, prompter: terminal.prompter });

const names = async (j: TestJournal) => (await j.json<Array<{ name: string }>>(['list', '--json'])).map((p) => p.name);

describe('"+ new person" in the picker of an interactive rel add', () => {
  it.each([
    ['99', /^ {2}hint: a new person: "99" reads as an id \(rel show "#99" is that person\), so it cannot be a name/],
    ['nobody@x.com', /^ {2}hint: no contact has the email nobody@x.com/],
    ['+48 601 234 567', /^ {2}hint: no contact has the phone number \+48 601 234 567/],
    ['lunch today', /^ {2}hint: "lunch today" is no one in the journal, and "today" says when, not who/],
  ])('is not offered for %s, which the command line refuses as a new name: the reason, and the user types again', async (typed, hint) => {
    const j = await three();
    const terminal = new ScriptedTerminal([answer(typed), answer('Zed Newman'), answer(''), answer('call'), answer('hi'), answer(''), answer('')]);
    const result = await interactive(j, terminal);
    expect([result.code, result.stderr]).toEqual([0, 'created Zed Newman (#4)\n']);
    expect(terminal.asked[0]).toBe('Who did you talk to? (type part of a name)');
    expect(terminal.asked[1]).toMatch(hint);
    expect(await names(j)).toEqual(['Ann Bell', 'Jane Doe', 'Tom Bell', 'Zed Newman']);
  });

  it('nor at "Anyone else there?"; a name the command line takes is offered there as before', async () => {
    const j = await three();
    const terminal = new ScriptedTerminal([answer('ann'), answer('99'), answer('Zed Newman'), answer(''), answer('call'), answer('hi'), answer(''), answer('')]);
    const result = await interactive(j, terminal);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('logged call with Ann Bell and Zed Newman on 2026-11-23 (#1)\n');
    expect(terminal.asked.filter((q) => q.startsWith('  hint:'))).toEqual(['  hint: a new person: "99" reads as an id (rel show "#99" is that person), so it cannot be a name; add a word, e.g. "Room 99"']);
  });
});
