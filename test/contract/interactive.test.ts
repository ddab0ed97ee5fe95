// The interactive side of rel, driven in a real pseudo-terminal: `rel add` with no arguments asks
// who, how, what, what to remember and when to follow up; rm asks before deleting; --no-input
// never asks; rel today --review walks through a morning. The screen is read back with the ANSI
// escapes removed.
import pty, { type IPty } from 'node-pty';
import { afterEach, describe, expect, it } from 'vitest';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import { planMorning } from '../harness/morning.js';
import { BIN, REPO } from '../harness/paths.js';
import { childEnv, spawnRel, type Env } from '../harness/spawned.js';

const ENTER = '\r';
const DOWN = '\u001b[B';

/** Removes CSI, OSC and the other escape sequences a prompt library writes. */
function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[()][0-9A-Za-z]|\u001b[=>78DEHMc]/g, '');
}

class Terminal {
  private raw = '';
  /** Where the next wait starts looking, so an old prompt on the screen never satisfies a new wait. */
  private cursor = 0;
  readonly exited: Promise<{ exitCode: number; signal?: number }>;
  private readonly process: IPty;

  constructor(args: string[], env: Env) {
    // node-pty sets TERM to `name`: a test's TERM (dumb) goes there.
    const term = env.TERM ?? 'xterm-256color';
    this.process = pty.spawn(process.execPath, [BIN, ...args], { name: term, cols: 160, rows: 50, cwd: REPO, env: childEnv({ env: { ...env, TERM: term } }) });
    this.process.onData((data) => {
      this.raw += data;
    });
    this.exited = new Promise((resolve) => this.process.onExit(resolve));
  }

  /** What rel wrote, escapes included. */
  get output(): string {
    return this.raw;
  }

  get screen(): string {
    return stripAnsi(this.raw);
  }

  /** Polls the output for `expected` after the previous match. */
  async waitFor(expected: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen;
      const at = screen.indexOf(expected, this.cursor);
      if (at >= 0) {
        this.cursor = at + expected.length;
        return;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${JSON.stringify(expected)}; the screen after the last match:\n${screen.slice(this.cursor)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  type(keys: string): void {
    this.process.write(keys);
  }

  async exitCode(timeoutMs = 10_000): Promise<number> {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`rel did not exit; screen:\n${this.screen}`)), timeoutMs));
    return (await Promise.race([this.exited, timeout])).exitCode;
  }

  kill(): void {
    try {
      this.process.kill();
    } catch {
      // already gone
    }
  }
}

const terminals: Terminal[] = [];
afterEach(() => {
  for (const t of terminals.splice(0)) t.kill();
});

function terminal(j: TestJournal, args: string[], env: Env = {}): Terminal {
  const t = new Terminal(args, { REL_DB: j.db, ...env });
  terminals.push(t);
  return t;
}

/** The rest of rel add's questions: by call, about `note`, nothing to remember, no follow-up. */
async function byCallAbout(t: Terminal, note: string): Promise<void> {
  await t.waitFor('❯ call');
  t.type(ENTER);
  await t.waitFor('What did you talk about?');
  t.type(`${note}${ENTER}`);
  await t.waitFor('Something to remember about them?');
  t.type(ENTER);
  await t.waitFor('Follow up?');
  t.type(ENTER);
}

describe('interactive rel add', () => {
  it('finds a contact from part of the name, asks who else was there, and stores one conversation with both, a dated detail and a follow-up', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe', '--company', 'Doe Flowers']);
    await j.ok(['contact', 'add', 'Bob Lee']);
    const t = terminal(j, ['add']);

    await t.waitFor('Who did you talk to? (type part of a name)');
    t.type('jan');
    await t.waitFor('❯ Jane Doe (#1, Doe Flowers)');
    await t.waitFor('+ new person: jan');
    t.type(ENTER);
    await t.waitFor('✔ Who did you talk to? (type part of a name) Jane Doe (#1, Doe Flowers)');
    await t.waitFor('Anyone else there? (type part of a name; empty to go on)');
    t.type('bo');
    await t.waitFor('❯ Bob Lee (#2)');
    t.type(ENTER);
    await t.waitFor('Anyone else there?');
    await t.waitFor('❯ no one else');
    t.type(ENTER);

    await t.waitFor('How did you talk?');
    await t.waitFor('❯ call');
    t.type(DOWN);
    await t.waitFor('❯ email');
    t.type(ENTER);
    await t.waitFor('✔ How did you talk? email');

    await t.waitFor('What did you talk about?');
    t.type(`Talked about the spring catalog${ENTER}`);
    await t.waitFor('Something to remember about them? (empty to go on)');
    t.type(`expecting her first baby${ENTER}`);
    await t.waitFor('Does it have a date? (e.g. 2027-03-15, 2027-03; empty for none)');
    t.type(`2027-03${ENTER}`);
    // A dated detail stands alone (like --remember-on), so the next question is the follow-up.
    await t.waitFor('Follow up? (e.g. "in 1 week: send the catalog", or "Bob Lee: friday: call" for someone other than Jane Doe; empty for none)');
    t.type(`in 1 week: send the catalog${ENTER}`);

    await t.waitFor('logged email with Jane Doe and Bob Lee on 2026-11-23 (#1); remembered 1 (Jane Doe); follow up 2026-11-30 for Jane Doe');
    expect(await t.exitCode()).toBe(0);

    const card = await j.json(['show', 'jane', '--json']);
    expect(card.conversations).toEqual([
      { id: 1, people: [{ id: 1, name: 'Jane Doe' }, { id: 2, name: 'Bob Lee' }], happenedOn: '2026-11-23', via: 'email', note: 'Talked about the spring catalog', complaint: false, resolvedOn: null, resolutionNote: null, createdAt: expect.any(String) },
    ]);
    expect(card.details).toEqual([{ id: 1, person: { id: 1, name: 'Jane Doe' }, text: 'expecting her first baby', date: '2027-03', yearly: false, createdAt: expect.any(String) }]);
    expect(card.reminders).toEqual([{ id: 1, person: { id: 1, name: 'Jane Doe' }, text: 'send the catalog', dueOn: '2026-11-30', every: null, anchorDay: null, doneOn: null, snoozedUntil: null, conversationId: null, createdAt: expect.any(String) }]);
    expect(await j.json(['list', '--json'])).toHaveLength(2);
  });

  it('offers no "+ new person" for text the command line refuses as a name: the reason under it, and the user types again', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    const t = terminal(j, ['add']);

    await t.waitFor('Who did you talk to?');
    t.type('99');
    await t.waitFor('"99" reads as an id (rel show "#99" is that person), so it cannot be a name');
    t.type(ENTER); // nothing to take: the line stays
    t.type('\u007f\u007fZed Newman');
    await t.waitFor('❯ + new person: Zed Newman');
    t.type(ENTER);
    await t.waitFor('✔ Who did you talk to? (type part of a name) + new person: Zed Newman');
    expect(t.screen).not.toContain('+ new person: 99');
    t.kill();
  });

  it('creates a new person chosen as "+ new person: ..."; an empty line ends the details', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    const t = terminal(j, ['add']);

    await t.waitFor('Who did you talk to?');
    t.type('Maria Garcia');
    await t.waitFor('❯ + new person: Maria Garcia');
    t.type(ENTER);
    await t.waitFor('✔ Who did you talk to? (type part of a name) + new person: Maria Garcia');
    await t.waitFor('Anyone else there?');
    t.type(ENTER);
    await t.waitFor('❯ call');
    t.type(ENTER);
    await t.waitFor('What did you talk about?');
    t.type(`Wedding flowers${ENTER}`);
    await t.waitFor('Something to remember about them?');
    t.type(`loves tulips${ENTER}`);
    await t.waitFor('Does it have a date?');
    t.type(ENTER);
    await t.waitFor('Something to remember about them?');
    t.type(`has two kids${ENTER}`);
    await t.waitFor('Something to remember about them?');
    t.type(ENTER);
    await t.waitFor('Follow up?');
    t.type(ENTER);

    await t.waitFor('created Maria Garcia (#2)');
    await t.waitFor('logged call with Maria Garcia on 2026-11-23 (#1); remembered 2');
    expect(await t.exitCode()).toBe(0);

    const card = await j.json(['show', 'maria', '--json']);
    expect(card).toMatchObject({ person: { id: 2, name: 'Maria Garcia' }, reminders: [] });
    expect(card.details.map((d: { text: string; date: string | null }) => [d.text, d.date])).toEqual([
      ['loves tulips', null],
      ['has two kids', null],
    ]);
    expect(card.conversations).toMatchObject([{ via: 'call', note: 'Wedding flowers' }]);
  });

  it('takes the choice of the text on the screen when Enter comes with it (a name pasted with its newline)', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    const t = terminal(j, ['add']);

    await t.waitFor('Who did you talk to?');
    t.type(`jane${ENTER}`);
    await t.waitFor('✔ Who did you talk to? (type part of a name) Jane Doe (#1)');
    await t.waitFor('❯ no one else');
    // In one write, as a paste sends it: the choices of "Zed Newman" must be the ones Enter takes.
    t.type(`Zed Newman${ENTER}`);
    await t.waitFor('✔ Anyone else there? (type part of a name; empty to go on) + new person: Zed Newman');
    await t.waitFor('❯ no one else');
    t.type(ENTER);
    await byCallAbout(t, 'lunch');

    await t.waitFor('logged call with Jane Doe and Zed Newman on 2026-11-23 (#1)');
    expect(await t.exitCode()).toBe(0);
    expect((await j.json(['show', 'zed', '--json'])).conversations).toMatchObject([{ people: [{ name: 'Jane Doe' }, { name: 'Zed Newman' }], note: 'lunch' }]);
  });

  it('asks before creating a second person with an existing name', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    const before = j.dump();
    const t = terminal(j, ['add']);

    await t.waitFor('Who did you talk to?');
    t.type('jane doe');
    await t.waitFor('❯ Jane Doe (#1)\r\n  + new person: jane doe');
    t.type(DOWN);
    await t.waitFor('❯ + new person: jane doe');
    t.type(ENTER);
    // The existing person is the default: Enter logs to her, and nothing typed is lost.
    await t.waitFor('"jane doe" may be someone already in the journal. Who is it?');
    await t.waitFor('❯ Jane Doe (#1): same name');
    t.type(ENTER);
    await t.waitFor('Anyone else there?');
    t.type(ENTER);
    await byCallAbout(t, 'hello');
    await t.waitFor('logged call with Jane Doe on 2026-11-23 (#1)');
    expect(await t.exitCode()).toBe(0);
    expect(await j.json(['list', '--json'])).toHaveLength(1);
    expect(j.dump()).not.toBe(before);
  });

  it('off the name a typo away from someone, picks them by default and keeps the typed note (issue 11)', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'José Núñez']);
    const t = terminal(j, ['add', 'Jose Nunes', '--via', 'call', '--note', 'the typed note', '--remember', 'likes roses']);
    await t.waitFor('"Jose Nunes" may be someone already in the journal. Who is it?');
    await t.waitFor('❯ José Núñez (#1): name a typo away\r\n  + new person: Jose Nunes');
    t.type(ENTER);
    await t.waitFor('logged call with José Núñez on 2026-11-23 (#1); remembered 1');
    expect(await t.exitCode()).toBe(0);
    const card = await j.json(['show', '#1', '--json']);
    expect(card.conversations).toMatchObject([{ note: 'the typed note' }]);
    expect(await j.json(['list', '--json'])).toHaveLength(1);
  });

  it('a second person of the same name when chosen as such', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'José Núñez']);
    const t = terminal(j, ['add', 'Jose Nunes', '--via', 'call', '--note', 'hi', '--remember', 'x']);
    await t.waitFor('❯ José Núñez (#1): name a typo away');
    t.type(DOWN);
    await t.waitFor('❯ + new person: Jose Nunes');
    t.type(ENTER);
    await t.waitFor('created Jose Nunes (#2)');
    expect(await t.exitCode()).toBe(0);
  });

  it('Ctrl-C at a question cancels in one line and writes nothing', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    const before = j.dump();
    const t = terminal(j, ['add']);
    await t.waitFor('Who did you talk to?');
    t.type('jan');
    await t.waitFor('❯ Jane Doe');
    t.type(ENTER);
    await t.waitFor('Anyone else there?');
    t.type(ENTER);
    await t.waitFor('❯ call');
    t.type(ENTER);
    await t.waitFor('What did you talk about?');
    t.type('\u0003');
    await t.waitFor('rel: cancelled; nothing was written');
    expect(await t.exitCode()).toBe(1);
    expect(t.screen).not.toMatch(/^\s+at /m);
    expect(j.dump()).toBe(before);
  });

  it('asks which person an ambiguous name means', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    await j.ok(['contact', 'add', 'Jane Smith', '--company', 'Acme']);
    const t = terminal(j, ['add', 'jane', '--via', 'call', '--note', 'hello', '--remember', 'x']);

    await t.waitFor('"jane" could be several people. Which one?');
    await t.waitFor('❯ Jane Doe (#1)');
    t.type(DOWN);
    await t.waitFor('❯ Jane Smith (#2, Acme)');
    t.type(ENTER);
    await t.waitFor('logged call with Jane Smith on 2026-11-23 (#1); remembered 1');
    expect(await t.exitCode()).toBe(0);
    expect(await j.json(['log', 'smith', '--json'])).toHaveLength(1);
  });
});

describe('rel rm on a terminal', () => {
  it('asks first: no keeps everything, yes deletes', async () => {
    const j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'hello']);
    const before = j.dump();

    const no = terminal(j, ['rm', 'jane']);
    await no.waitFor('Delete Jane Doe (#1) and all their conversations, details and reminders?');
    no.type(`n${ENTER}`);
    await no.waitFor('rel: nothing was deleted');
    expect(await no.exitCode()).toBe(1);
    expect(j.dump()).toBe(before);

    const yes = terminal(j, ['rm', 'jane']);
    await yes.waitFor('Delete Jane Doe (#1)');
    yes.type(`y${ENTER}`);
    await yes.waitFor('deleted Jane Doe (#1) and everything about them');
    expect(await yes.exitCode()).toBe(0);
    expect(await j.json(['list', '--json'])).toEqual([]);
  });
});

describe('--no-input on a terminal', () => {
  it.each([
    [['--no-input', 'add'], 'rel: missing NAME: rel add NAME --note TEXT (several names log one conversation with all of them; with stdin and stdout on a terminal and no --no-input, rel add asks instead)'],
    [['--no-input', 'add', 'jane'], 'rel: missing --note: rel add "jane" --note "what you talked about"'],
    [['--no-input', 'rm', 'jane'], 'rel: deleting Jane Doe (#1) removes all their conversations'],
    [['--no-input', 'contact', 'add', 'Jane Doe'], 'rel: "Jane Doe" may be someone already in the journal: Jane Doe (#1: same name)'],
  ])('%j never prompts: a usage error naming what is missing', async (args, message) => {
    const j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'hello']);
    const before = j.dump();
    const t = terminal(j, args);
    const code = await t.exitCode();
    expect(code).toBe(message.includes('already in the journal') ? 1 : 2);
    expect(t.screen).toContain(message);
    expect(t.screen).not.toContain('?');
    expect(t.screen.trim().split('\n')).toHaveLength(1);
    expect(j.dump()).toBe(before);
  });
});

describe('output on a terminal', () => {
  it('shows relative dates, in colour unless NO_COLOR or --no-color', async () => {
    const j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--via', 'call', '--note', 'hi', '--on', 'yesterday', '--follow-up', 'in 1 week: send the catalog']);
    const raw = async (args: string[], env: Env) => {
      const t = terminal(j, args, env);
      expect(await t.exitCode()).toBe(0);
      return t;
    };

    const coloured = await raw(['show', 'jane'], { NO_COLOR: undefined });
    expect(coloured.screen).toBe(['Jane Doe #1', '  rhythm: last talked 2026-11-22 (yesterday); every 90 days, next 2027-02-20 (in 89 days)', '', 'Follow-ups', '  2026-11-30 (in 7 days): send the catalog [reminder 1]', '', 'Last conversations', '  2026-11-22 (yesterday) call: hi [conversation 1]', ''].join('\r\n'));
    expect(coloured.output).toContain('\u001b[1mJane Doe\u001b[22m');

    const noColor = await raw(['show', 'jane'], { NO_COLOR: '1' });
    expect(noColor.output).toBe(coloured.screen);
    const flag = await raw(['--no-color', 'list'], { NO_COLOR: undefined });
    expect(flag.output).toBe('#1  Jane Doe  last yesterday  next in 89 days\r\n');
  });
});

describe('no colour in the prompts either', () => {
  // eslint-disable-next-line no-control-regex -- colour (SGR) escapes, not the cursor's
  const COLOUR = /\u001b\[[0-9;]*m/;
  const rmAnswered = async (args: string[], env: Env): Promise<Terminal> => {
    const j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'hello']);
    const t = terminal(j, args, env);
    await t.waitFor('Delete Jane Doe');
    t.type(`n${ENTER}`);
    await t.exitCode();
    return t;
  };

  it('colours the question by default, and not with NO_COLOR, --no-color or TERM=dumb', async () => {
    // CI=true alone makes Node's colour check (which the prompts read) say no colours: left out here.
    expect((await rmAnswered(['rm', 'jane'], { NO_COLOR: undefined, CI: undefined })).output).toMatch(COLOUR);
    for (const [args, env] of [
      [['rm', 'jane'], { NO_COLOR: '1' }],
      [['--no-color', 'rm', 'jane'], { NO_COLOR: undefined }],
      [['rm', 'jane', '--no-color'], { NO_COLOR: undefined, FORCE_COLOR: '1' }],
      [['rm', 'jane'], { NO_COLOR: undefined, TERM: 'dumb' }],
    ] as Array<[string[], Env]>) {
      const t = await rmAnswered(args, env);
      expect(t.screen, args.join(' ')).toContain('Delete Jane Doe');
      expect(t.output, `${args.join(' ')} ${JSON.stringify(env)}`).not.toMatch(COLOUR);
    }
  });

  it("leaves rel's own output plain with TERM=dumb", async () => {
    const j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'hi', '--on', 'yesterday']);
    const t = terminal(j, ['show', 'jane'], { NO_COLOR: undefined, TERM: 'dumb' });
    expect(await t.exitCode()).toBe(0);
    expect(t.output).not.toMatch(COLOUR);
    expect(t.output).toContain('Jane Doe #1');
  });
});

describe('rel today --review in a terminal', () => {
  it('quits on Esc, as the legend says (a lone Esc reaches readline as escape with meta)', async () => {
    const j = makeJournal();
    await planMorning(j);
    const t = terminal(j, ['today', '--review']);
    await t.waitFor('q/esc quit');
    t.type('\u001b');
    await t.waitFor('reviewed no one');
    expect(await t.exitCode()).toBe(0);
  });

  it('walks through a morning: marks a follow-up done, snoozes another, logs a call, skips, quits; rel today and rel undo --list show it', async () => {
    const j = makeJournal();
    await planMorning(j); // Fiona owes a quote, Gina expects a call tomorrow, Dan and Eve drift
    await j.ok(['add', 'Hal Later', '--note', 'hi', '--on', '2026-08-10']);
    const t = terminal(j, ['today', '--review']);

    await t.waitFor('1 of 5 to reach out to');
    await t.waitFor('Fiona Follow #1');
    await t.waitFor('follow up: send the quote — due 3 days ago');
    await t.waitFor('l log  d done  s snooze  p pause  o card  space/n/→ skip  u undo  q/esc quit');
    t.type('d');
    await t.waitFor('2 of 5 to reach out to');
    await t.waitFor('Gina Gift #2');
    await t.waitFor('loves tulips [detail 1]');
    await t.waitFor('done: send the quote — Fiona Follow');

    t.type('s');
    await t.waitFor('Snooze until? (e.g. monday, in 2 weeks, 2026-12-23)');
    t.type(`in 1 week${ENTER}`);
    await t.waitFor('3 of 5 to reach out to');
    await t.waitFor('Dan Drift #3');
    await t.waitFor('snoozed until 2026-11-30: call about the order — Gina Gift');

    t.type('l');
    await t.waitFor('Anyone else there?');
    await t.waitFor('❯ no one else');
    t.type(ENTER);
    await t.waitFor('How did you talk?');
    await t.waitFor('❯ call');
    t.type(ENTER);
    await t.waitFor('What did you talk about?');
    t.type(`Caught up on the new shop${ENTER}`);
    await t.waitFor('4 of 5 to reach out to');
    await t.waitFor('Eve Early #4');
    await t.waitFor('logged call with Dan Drift on 2026-11-23 (#6)');

    t.type(' ');
    await t.waitFor('5 of 5 to reach out to');
    await t.waitFor('Hal Later #5');
    t.type('q');
    await t.waitFor('reviewed 4: logged 1, done 1, snoozed 1, skipped 1');
    expect(await t.exitCode()).toBe(0);
    // The review drew on the terminal's other screen and gave the first one back.
    expect(t.output).toContain('\u001b[?1049h');
    expect(t.output.lastIndexOf('\u001b[?1049l')).toBeLessThan(t.output.lastIndexOf('reviewed 4'));

    const rel = (args: string[]) => spawnRel(args, { db: j.db });
    const today = await rel(['today']);
    expect([today.code, today.stdout]).toEqual([
      0,
      ['Monday 23 November 2026 — 2 people to reach out to', '', 'Eve Early #4', '  • last talked 114 days ago — every 90 days', 'Hal Later #5', '  • last talked 105 days ago — every 90 days', ''].join('\n'),
    ]);
    const undo = await rel(['undo', '--list']);
    expect(undo.stdout.split('\n').slice(0, 3).map((line) => line.replace(/^#\d+\s+\S+ \S+\s+/, ''))).toEqual([
      'add conversation #6 with Dan Drift (#3) on 2026-11-23: Caught up on the new shop',
      'snooze follow-up #2 for Gina Gift (#2) until 2026-11-30: call about the order',
      'complete follow-up #1 for Fiona Follow (#1): send the quote',
    ]);
  });
});
