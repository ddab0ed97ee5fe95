// Every command's --help shows how to use it (an "Examples:" section), walking the real commander
// program so a command added later without examples fails here; and a command line without its
// command (`rel`, `rel contact`) is a usage error: the help on stderr, exit 2.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { runRel } from '../harness/inProcess.js';
import { makeJournal } from '../harness/journal.js';

const program = buildProgram(async () => {
  throw new Error('no command runs here');
});

/** Every visible command as the words that name it: ['add'], ['contact', 'add'], … (`__complete` is hidden: the shell scripts call it, people do not). */
function commandPaths(parent: Command, above: string[] = []): string[][] {
  return parent.commands
    .filter((c) => !(c as Command & { _hidden?: boolean })._hidden)
    .flatMap((c) => [[...above, c.name()], ...commandPaths(c, [...above, c.name()])]);
}

const paths = commandPaths(program);
const parents = paths.filter((path) => paths.some((other) => other.length > path.length && path.every((word, i) => other[i] === word)));

describe.concurrent('--help', () => {
  it('walks every command, parents and subcommands', () => {
    expect(paths.length).toBeGreaterThan(30);
    expect(paths).toContainEqual(['contact', 'add']);
    expect(paths).toContainEqual(['reminder', 'reopen']);
    expect(paths).not.toContainEqual(['__complete']);
  });

  it.each([[[] as string[]], ...paths.map((p) => [p])])('rel %j --help has examples of that command', async (path) => {
    const result = await runRel([...path, '--help']);
    expect(result.code).toBe(0);
    const examples = result.stdout.split('\nExamples:\n')[1];
    expect(examples, `rel ${path.join(' ')} --help has no Examples: section`).toBeDefined();
    // Each example line runs this command (or shows what to run before it, as rel log before rel done).
    expect(examples).toMatch(new RegExp(`^ {2}\\$ rel ${path.join(' ')}\\b`, 'm'));
  });
});

describe.concurrent('a command line without its command', () => {
  it('finds the parent commands: contact, conversation, detail, reminder, config', () => {
    expect(parents.map((p) => p.join(' ')).sort()).toEqual(['config', 'contact', 'conversation', 'detail', 'reminder']);
  });

  it.each([['contact'], ['conversation'], ['detail'], ['reminder'], []])('rel %s alone: its help on stderr, exit 2', async (...path: string[]) => {
    const result = await runRel(path);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`Usage: rel ${path.length > 0 ? `${path.join(' ')} ` : ''}[options] [command]`);
    expect(result.stderr).toContain('Examples:');
  });

  it('rel config alone is a command of its own: the settings', async () => {
    const result = await makeJournal().rel(['config']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^cadence +90d/m);
  });

  it('rel help and rel help contact still print help on stdout and exit 0', async () => {
    for (const args of [['help'], ['help', 'contact']]) {
      const result = await runRel(args);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain('Usage: rel');
    }
  });

  it('rel help GROUP COMMAND is that command\'s help; rel help with a word that is no command is refused as rel WORD is', async () => {
    for (const args of [['help', 'contact', 'add'], ['--no-color', 'help', 'reminder', 'reopen']]) {
      const result = await runRel(args);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(new RegExp(`^Usage: rel ${args.slice(-2).join(' ')} `));
    }
    expect(await runRel(['help', 'lst'])).toMatchObject({ code: 2, stdout: '', stderr: "rel: unknown command 'lst' (Did you mean list?) (see rel --help)\n" });
    expect(await runRel(['help', 'history'])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^rel: unknown command 'history': the conversations: rel log;/) });
  });

  it('rel WORD --help (or -h, or rel help WORD) for a command there is none of is refused as rel WORD is, not answered with the whole help', async () => {
    const refusal = (await runRel(['tags'])).stderr;
    expect(refusal).toBe("rel: unknown command 'tags' (Did you mean tag?) (see rel --help)\n");
    for (const args of [['tags', '--help'], ['tags', '-h'], ['help', 'tags'], ['--no-color', 'tags', 'vip', '--help'], ['--help', 'tags']]) {
      expect(await runRel(args), args.join(' ')).toMatchObject({ code: 2, stdout: '', stderr: refusal });
    }
    // Another tool's word, or a group's command without its group, is told as rel WORD tells it.
    expect(await runRel(['reopen', '--help'])).toMatchObject({ code: 2, stdout: '', stderr: (await runRel(['reopen'])).stderr });
    expect((await runRel(['history', '-h'])).stderr).toMatch(/^rel: unknown command 'history': the conversations: rel log;/);
  });

  it('rel GROUP WORD --help for a command the group has none of is refused as rel GROUP WORD is', async () => {
    const refusal = "rel: unknown command 'frob' (see rel contact --help)\n";
    for (const args of [['contact', 'frob'], ['contact', 'frob', '--help'], ['contact', 'frob', '-h'], ['help', 'contact', 'frob']]) {
      expect(await runRel(args), args.join(' ')).toMatchObject({ code: 2, stdout: '', stderr: refusal });
    }
  });

  it('a command that is there keeps its help: rel tag --help, rel contact add -h, rel --help, rel help, rel contact --help', async () => {
    for (const [args, usage] of [
      [['tag', '--help'], 'Usage: rel tag '],
      [['tag', 'vip', '--help'], 'Usage: rel tag '],
      [['contact', 'add', '-h'], 'Usage: rel contact add '],
      [['contact', '--help'], 'Usage: rel contact [options] [command]'],
      [['config', '--help'], 'Usage: rel config '],
      [['--help'], 'Usage: rel [options] [command]'],
      [['-h'], 'Usage: rel [options] [command]'],
      [['help'], 'Usage: rel [options] [command]'],
    ] as const) {
      const result = await runRel([...args]);
      expect(result, args.join(' ')).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout.startsWith(usage), args.join(' ')).toBe(true);
    }
  });
});

/** A jq filter of the examples' kind (".[].person.name", ".contacts", "length") applied to a value; undefined where jq would fail. */
function jqPath(filter: string, value: unknown): unknown[] | undefined {
  if (filter === 'length') return [Array.isArray(value) ? value.length : undefined];
  let values: unknown[] = [value];
  for (const step of filter.match(/\.\[\]|\.[A-Za-z]\w*/g) ?? []) {
    if (step === '.[]') {
      if (!values.every(Array.isArray)) return undefined;
      values = values.flat();
    } else {
      if (!values.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))) return undefined;
      values = values.map((v) => (v as Record<string, unknown>)[step.slice(1)]);
    }
  }
  return values;
}

describe('--help examples piped to jq', () => {
  it('name what the --json output has: each filter finds values in a journal with someone to show', async () => {
    const j = makeJournal({ now: '2026-11-23' });
    await j.ok(['add', 'Jane Doe', '--note', 'lunch', '--on', '2026-06-01', '--follow-up', '2026-11-20: send the quote']);
    const piped = paths.map(async (path) => {
      const help = (await runRel([...path, '--help'])).stdout;
      return [...help.matchAll(/\$ (rel [^|\n]*--json[^|\n]*)\| jq "?([^"\n]+?)"?\s*(?:#|$)/gm)].map((m) => ({ line: m[1]!.trim(), filter: m[2]!.trim() }));
    });
    const examples = (await Promise.all(piped)).flat();
    expect(examples.map((e) => e.line)).toContain('rel today --json');
    for (const { line, filter } of examples) {
      const found = jqPath(filter, JSON.parse(await j.ok(line.split(' ').slice(1))));
      expect(found?.length && found.every((v) => v !== undefined), `${line} | jq "${filter}"`).toBeTruthy();
    }
  });
});
