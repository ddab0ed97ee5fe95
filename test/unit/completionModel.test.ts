import { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { bashScript } from '../../src/completion/bash.js';
import { completionModel, type CommandSpec } from '../../src/completion/model.js';

const program = buildProgram(async () => {
  throw new Error('no command runs here');
});
const model = completionModel(program);
const spec = (path: string): CommandSpec => {
  const found = model.commands.find((c) => c.path === path);
  if (!found) throw new Error(`no ${path}`);
  return found;
};

describe('completionModel', () => {
  it('has every visible command of the program, and its subcommands', () => {
    const visible = program.commands.filter((c) => c.name() !== '__complete').map((c) => c.name());
    expect(spec('').subcommands.map((s) => s.name)).toEqual([...visible, 'help']);
    expect(spec('contact').subcommands.map((s) => s.name)).toEqual(['add', 'help']);
    expect(spec('config set').path).toBe('config set');
  });
  it("knows each command's flags and what follows them", () => {
    const flags = (path: string) => Object.fromEntries(spec(path).flags.map((f) => [f.long ?? f.short, f.value]));
    expect(flags('show')).toMatchObject({ '--tree': { kind: 'none' }, '--json': { kind: 'none' } });
    expect(flags('add')['--via']).toEqual({ kind: 'choice', choices: ['call', 'email', 'meeting', 'meal', 'message', 'event', 'social', 'visit', 'other'] });
    expect(flags('edit')['--referred-by']).toEqual({ kind: 'name' });
    expect(flags('edit')['--company']).toEqual({ kind: 'text' });
    expect(flags('unrelate')['--to']).toEqual({ kind: 'relative' });
    expect(flags('relate')['--to']).toEqual({ kind: 'name' });
    expect(model.globalFlags.find((f) => f.long === '--db')?.value).toEqual({ kind: 'file' });
  });
  it('completes names where the first argument is an existing contact, not a new one', () => {
    const first = (path: string) => spec(path).args[0]?.value.kind;
    expect(['show', 'edit', 'add', 'remember', 'rm', 'log', 'merge'].map(first)).toEqual(Array(7).fill('name'));
    expect(['contact add', 'search', 'forget', 'today'].map(first)).toEqual(['text', 'text', 'text', undefined]);
  });
  it("knows every argument: a contact after another, several names, an argument's choices", () => {
    expect(spec('merge').args.map((a) => a.value)).toEqual([{ kind: 'name' }, { kind: 'name' }]);
    expect(spec('export').args.map((a) => a.value.kind)).toEqual(['choice', 'name']);
    expect(spec('add').args).toEqual([{ value: { kind: 'name' }, variadic: true }]);
    expect(spec('config set').args[0]?.value).toEqual({ kind: 'choice', choices: ['cadence', 'days', 'limit', 'backups'] });
  });
  it('follows the program it is given, so a new command or flag is in the script at once', () => {
    const other = new Command('rel');
    other.command('zap').argument('<name>').addOption(new Option('--mode <m>').choices(['fast', 'slow']));
    const script = bashScript(completionModel(other));
    expect(script).toContain("'') echo 'zap help' ;;");
    expect(script).toContain("'zap|--mode') echo 'choice:fast slow' ;;");
    expect(script).toContain("'zap|0') echo 'name' ;;");
  });
});
