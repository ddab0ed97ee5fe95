// --json among the global options (SPEC §3): `rel --json list` is `rel list --json`.
import { describe, expect, it } from 'vitest';
import { jsonAfterCommand } from '../../src/cliLazy.js';
import { expectRefused } from '../harness/failures.js';
import { journalFrom } from '../harness/journal.js';

const withJane = journalFrom(async (j) => {
  await j.ok(['add', 'Jane Doe', '--note', 'lunch', '--on', '2026-06-01', '--follow-up', '2026-11-20: send the quote']);
});

describe('--json before the command', () => {
  it.each([['list'], ['today'], ['reminders'], ['log'], ['show', 'jane'], ['stats']])('rel --json %s is rel %s --json', async (...command: string[]) => {
    const j = await withJane();
    expect(await j.ok(['--json', ...command])).toBe(await j.ok([...command, '--json']));
  });

  it('is refused by a command without it, as after its name (exit 2), with the commands that take it', async () => {
    const j = await withJane();
    const refusal = await expectRefused(j, ['--json', 'add', 'jane', '--note', 'x'], 2);
    expect(refusal).toBe(await expectRefused(j, ['add', 'jane', '--note', 'x', '--json'], 2));
    expect(refusal).toMatch(/^rel: unknown option '--json': rel add prints no JSON; these do: rel today, rel show, rel list, .*rel search, rel stats/);
    expect(refusal).not.toContain('Did you mean');
    expect(await expectRefused(j, ['contact', 'add', 'Mia Roth', '--json'], 2)).toMatch(/^rel: unknown option '--json': rel contact add prints no JSON; these do: rel today,/);
  });

  it('moves only a --json before the name, and stays before a --', () => {
    const node = ['node', 'rel'];
    expect(jsonAfterCommand([...node, '--db', 'x.db', '--json', 'list', '--tag', 'vip'])).toEqual([...node, '--db', 'x.db', 'list', '--tag', 'vip', '--json']);
    expect(jsonAfterCommand([...node, '--json', 'search', '--', '-word'])).toEqual([...node, 'search', '--json', '--', '-word']);
    expect(jsonAfterCommand([...node, 'search', '--json', 'golf'])).toEqual([...node, 'search', '--json', 'golf']);
    expect(jsonAfterCommand([...node, '--json'])).toEqual([...node, '--json']);
  });
});
