// Colour in-process, as on a terminal: the runner loads chalk as main.ts does for a run that
// colours, and --no-color, a pipe or a test that asks for none keeps the output plain.
import { describe, expect, it } from 'vitest';
import { makeJournal } from '../harness/journal.js';
import { runRel } from '../harness/inProcess.js';

// eslint-disable-next-line no-control-regex -- ANSI escapes are what these tests look for
const ESCAPE = /\u001b\[/;
// eslint-disable-next-line no-control-regex -- as above
const strip = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('colour on a terminal', () => {
  it('colours rel list when stdout is a terminal, and only then', async () => {
    const j = makeJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'hello', '--tag', 'vip']);
    const coloured = await runRel(['list'], { journalPath: j.db, tty: true, color: true });
    expect(coloured.code, coloured.stderr).toBe(0);
    expect(coloured.stdout).toMatch(ESCAPE);
    expect(strip(coloured.stdout)).toContain('Jane Doe');

    for (const options of [{ tty: true, color: true, args: ['--no-color'] }, { tty: false, color: true, args: [] }, { tty: true, color: false, args: [] }]) {
      const plain = await runRel([...options.args, 'list'], { journalPath: j.db, tty: options.tty, color: options.color });
      expect(plain.code, plain.stderr).toBe(0);
      expect(plain.stdout).not.toMatch(ESCAPE);
      expect(plain.stdout).toContain('Jane Doe');
    }
  });
});
