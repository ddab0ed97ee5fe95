// A run builds only the command it names (src/cli.ts): what it says must be what the whole
// registry says. `rel help NAME` builds every command, `rel NAME --help` only NAME.
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { commandNamed } from '../../src/cliLazy.js';
import { spawnRel } from '../harness/spawned.js';
import { newJournal } from '../harness/tempFiles.js';

const everyCommand = buildProgram(async () => {
  throw new Error('not run');
}).commands.map((c) => c.name());

describe('building only the command that runs', () => {
  it('finds the command a command line names, past the global options', () => {
    expect(commandNamed(['node', 'rel', 'today'])).toBe('today');
    expect(commandNamed(['node', 'rel', '--db', '/tmp/x.db', '--no-color', 'show', 'jane'])).toBe('show');
    expect(commandNamed(['node', 'rel', '--no-input', 'contact', 'add', 'Jane'])).toBe('contact');
    expect(commandNamed(['node', 'rel', '--version'])).toBeUndefined();
    expect(commandNamed(['node', 'rel'])).toBeUndefined();
  });

  it("every command's help, built alone, is the whole registry's", async () => {
    const db = newJournal();
    expect(everyCommand.length).toBeGreaterThan(30);
    const pairs = await Promise.all(everyCommand.map(async (name) => [await spawnRel([name, '--help'], { db }), await spawnRel(['help', name], { db })] as const));
    pairs.forEach(([alone, whole], i) => {
      expect(alone.code, everyCommand[i]).toBe(0);
      expect(alone.stdout, everyCommand[i]).toBe(whole.stdout);
    });
  }, 120_000);

  it('--version builds no command, and says the version as ever', async () => {
    for (const flag of ['--version', '-V']) {
      const result = await spawnRel([flag], { db: newJournal() });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    }
  });

  it('a mistyped command is still told the nearest one', async () => {
    const result = await spawnRel(['tday'], { db: newJournal() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Did you mean today\?/);
  });

  it('--help after a mistyped command is refused as the command is, exit 2, rather than the whole help with exit 0', async () => {
    const result = await spawnRel(['tday', '--help'], { db: newJournal() });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: "rel: unknown command 'tday' (Did you mean today?) (see rel --help)\n" });
  });
});
