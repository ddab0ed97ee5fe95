// Shell completion end to end: the bash script is valid, completes commands, flags, values and
// contact names in a real bash; the hidden name lookup is quick to call and never creates a journal.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import { shell, spawnRel } from '../harness/spawned.js';
import { tempDir } from '../harness/tempFiles.js';

/** A bash script run against the journal, with `rel` on the PATH running this checkout. */
const bash = (j: TestJournal, script: string) => shell(script, { db: j.db });

let scriptFile: Promise<string> | undefined;

/** The bash script, printed once for the file (it does not depend on the journal): each completion then starts one rel, not two. */
function bashScriptFile(): Promise<string> {
  scriptFile ??= spawnRel(['completion', 'bash']).then(({ stdout }) => {
    const file = join(tempDir(), 'rel.bash');
    writeFileSync(file, stdout);
    return file;
  });
  return scriptFile;
}

/** Sources the script, fills COMP_WORDS as bash would for the words given, and prints COMPREPLY one a line. */
async function complete(j: TestJournal, words: string[]): Promise<string[]> {
  const quoted = words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
  const { stdout, stderr, code } = await bash(j, `source '${await bashScriptFile()}' && COMP_WORDS=(${quoted}) && COMP_CWORD=${words.length - 1} && _rel && printf '%s\\n' "\${COMPREPLY[@]}"`);
  if (code !== 0) throw new Error(`bash exited ${code}: ${stderr}`);
  return stdout.split('\n').filter((line) => line !== '');
}

describe('rel completion bash', () => {
  let j: TestJournal;
  beforeAll(async () => {
    j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    await j.ok(['contact', 'add', 'Jasper Lee', '--alias', 'Jazz']);
    await j.ok(['contact', 'add', "Sam O'Brien"]);
    await j.ok(['contact', 'add', 'José Núñez']);
  });

  it('prints a script that bash -n accepts', async () => {
    const script = await j.ok(['completion', 'bash']);
    expect(script).toContain('complete -F _rel rel');
    const check = await bash(j, `bash -n <<'SCRIPT'\n${script}\nSCRIPT`);
    expect([check.code, check.stderr]).toEqual([0, '']);
  });

  it('completes a command name', async () => {
    expect(await complete(j, ['rel', 'sh'])).toEqual(['show']);
    expect(await complete(j, ['rel', 'st'])).toEqual(['stats']);
    expect(await complete(j, ['rel', ''])).toEqual(expect.arrayContaining(['add', 'today', 'search', 'stats', 'completion', 'contact']));
    expect(await complete(j, ['rel', ''])).not.toContain('__complete');
    expect(await complete(j, ['rel', 'contact', ''])).toContain('add');
  });

  it("completes each command's own flags and the global ones", async () => {
    const flags = await complete(j, ['rel', 'show', '--']);
    expect(flags).toEqual(expect.arrayContaining(['--tree', '--json', '--db', '--no-color']));
    expect(flags).not.toContain('--note');
    expect(await complete(j, ['rel', 'add', '--no'])).toEqual(['--note', '--no-input', '--no-color']);
  });

  it('completes fixed choices after a flag', async () => {
    expect(await complete(j, ['rel', 'add', 'jane', '--via', 'me'])).toEqual(['meeting', 'meal', 'message']);
    expect(await complete(j, ['rel', 'list', '--sort', ''])).toEqual(['name', 'last', 'next']);
  });

  it('completes contact names, quoting those with spaces, ignoring case and accents', async () => {
    expect(await complete(j, ['rel', 'show', 'ja'])).toEqual(["'Jane Doe'", "'Jasper Lee'"]);
    expect(await complete(j, ['rel', 'show', 'jaz'])).toEqual(["'Jasper Lee'"]); // by alias
    expect(await complete(j, ['rel', 'edit', 'jose'])).toEqual(["'José Núñez'"]);
    expect(await complete(j, ['rel', 'contact', 'add', 'Bob', '--referred-by', 'sam'])).toEqual([`'Sam O'\\''Brien'`]);
    expect(await complete(j, ['rel', 'show', "'Jane D"])).toEqual(['Jane Doe']); // readline closes the quote
    expect(await complete(j, ['rel', 'show', 'jane', ''])).toEqual([]); // show takes one name
    expect(await complete(j, ['rel', 'contact', 'add', 'ja'])).toEqual([]); // a new person's name
  });

  it('completes every argument that names a contact, not only the first', async () => {
    expect(await complete(j, ['rel', 'merge', 'ja'])).toEqual(["'Jane Doe'", "'Jasper Lee'"]);
    expect(await complete(j, ['rel', 'merge', 'Jane Doe', 'ja'])).toEqual(["'Jane Doe'", "'Jasper Lee'"]);
    expect(await complete(j, ['rel', 'merge', 'jane', 'jasper', ''])).toEqual([]);
    expect(await complete(j, ['rel', 'export', 'person', 'sam'])).toEqual([`'Sam O'\\''Brien'`]);
    expect(await complete(j, ['rel', 'add', 'jane', 'ja'])).toEqual(["'Jane Doe'", "'Jasper Lee'"]); // add takes several names
    expect(await complete(j, ['rel', 'add', 'jane', '--via', 'call', 'jose', 'sa'])).toEqual([`'Sam O'\\''Brien'`]);
  });

  it("completes rel unrelate NAME --to with NAME's relatives, also one kept as a name", async () => {
    await j.ok(['relate', 'jane', '--to', 'jasper', '--as', 'sister']);
    await j.ok(['relate', 'jane', '--to', "Kim O'Hara", '--as', 'friend']); // nobody in the journal
    expect(await complete(j, ['rel', 'unrelate', 'Jane Doe', '--to', ''])).toEqual(["'Jasper Lee'", `'Kim O'\\''Hara'`]);
    expect(await complete(j, ['rel', 'unrelate', "'Jane Doe'", '--to', '"k'])).toEqual(["Kim O'Hara"]);
    expect(await complete(j, ['rel', 'unrelate', 'jasper', '--to', '=', 'ja'])).toEqual(["'Jane Doe'"]);
    expect(await complete(j, ['rel', 'unrelate', 'sam', '--to', ''])).toEqual([]); // no relatives
  });

  it("completes an argument's fixed choices", async () => {
    expect(await complete(j, ['rel', 'config', 'set', ''])).toEqual(['cadence', 'days', 'limit', 'backups']);
    expect(await complete(j, ['rel', 'config', 'set', 'c'])).toEqual(['cadence']);
    expect(await complete(j, ['rel', 'config', 'set', 'days', ''])).toEqual([]); // the value is free
    expect(await complete(j, ['rel', 'export', 'p'])).toEqual(['person']);
    expect(await complete(j, ['rel', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
  });

  it('gives names that bash reads back as the exact name', async () => {
    const { stdout } = await bash(j, `source <(rel completion bash) && COMP_WORDS=(rel show sam) && COMP_CWORD=2 && _rel && eval "name=\${COMPREPLY[0]}" && printf '%s' "$name"`);
    expect(stdout).toBe("Sam O'Brien");
  });

  it('reads names from the journal given with --db on the line', async () => {
    const other = makeJournal();
    await other.ok(['contact', 'add', 'Zed Other']);
    expect(await complete(j, ['rel', '--db', other.db, 'show', 'z'])).toEqual(["'Zed Other'"]);
    expect(await complete(j, ['rel', 'show', 'z'])).toEqual([]);
  });
});

describe('rel completion bash, in the quoting the word opened', () => {
  let j: TestJournal;
  beforeAll(async () => {
    j = makeJournal();
    for (const name of ['Jane Doe', "Zoë O'Brien", 'Bob "Bobby" Lee', 'Robert "Rob"', "Chris Jones'", 'Dee $Cash `Tick` Back\\Slash']) await j.ok(['contact', 'add', name]);
  });

  /**
   * The word readline leaves for a lone match, read by bash: readline replaces only the text after
   * a quote left open (`kept` is what comes before it), then closes that quote unless the match ends with it.
   */
  async function completedWord(typed: string, kept: string): Promise<string> {
    const replies = await complete(j, ['rel', 'show', typed]);
    expect(replies).toHaveLength(1);
    const reply = replies[0]!;
    const quote = /['"]$/.exec(kept)?.[0] ?? '';
    const word = `${kept}${reply}${quote !== '' && reply.endsWith(quote) ? '' : quote}`;
    const { stdout, code } = await shell(`eval "name=$WORD" && printf '%s' "$name"`, { env: { WORD: word } });
    expect(code).toBe(0);
    return stdout;
  }

  it('after a double quote, escapes " \\ $ and ` and adds no quotes of its own', async () => {
    expect(await complete(j, ['rel', 'show', '"Ja'])).toEqual(['Jane Doe']);
    expect(await complete(j, ['rel', 'show', '"bob'])).toEqual(['Bob \\"Bobby\\" Lee']);
    expect(await complete(j, ['rel', 'show', '"Zo'])).toEqual(["Zoë O'Brien"]);
    expect(await complete(j, ['rel', 'show', '"dee'])).toEqual(['Dee \\$Cash \\`Tick\\` Back\\\\Slash']);
    expect(await complete(j, ['rel', 'show', '"Robert'])).toEqual(['Robert \\"Rob\\""']); // closed here: readline would not
  });

  it('after a single quote, answers in the form single quotes take', async () => {
    expect(await complete(j, ['rel', 'show', "'Zo"])).toEqual([`Zoë O'\\''Brien`]);
    expect(await complete(j, ['rel', 'show', "'Bob"])).toEqual(['Bob "Bobby" Lee']);
    expect(await complete(j, ['rel', 'show', "'Chris"])).toEqual([`Chris Jones'\\'''`]);
  });

  it('gives words that bash reads back as the exact name', async () => {
    expect(await completedWord('"Ja', '"')).toBe('Jane Doe');
    expect(await completedWord('"Bob', '"')).toBe('Bob "Bobby" Lee');
    expect(await completedWord('"Zo', '"')).toBe("Zoë O'Brien");
    expect(await completedWord('"Dee', '"')).toBe('Dee $Cash `Tick` Back\\Slash');
    expect(await completedWord('"Rob', '"')).toBe('Robert "Rob"');
    expect(await completedWord("'Zo", "'")).toBe("Zoë O'Brien");
    expect(await completedWord("'Chris", "'")).toBe("Chris Jones'");
    expect(await completedWord('Bob', '')).toBe('Bob "Bobby" Lee');
  });

  it('reads a word quoted in pieces as bash does, and completes the rest of it', async () => {
    // A completed name edited back: readline keeps 'Zoë O'\'' and replaces the B.
    expect(await complete(j, ['rel', 'show', `'Zoë O'\\''B`])).toEqual(['Brien']);
    expect(await completedWord(`'Zoë O'\\''B`, `'Zoë O'\\''`)).toBe("Zoë O'Brien");
    expect(await complete(j, ['rel', 'show', '"Bob \\"B'])).toEqual(['Bob \\"Bobby\\" Lee']);
    expect(await complete(j, ['rel', 'show', "Zoë\\ O\\'B"])).toEqual([`'Zoë O'\\''Brien'`]);
    // No quote left open: readline replaces the whole word.
    expect(await complete(j, ['rel', 'show', `'Zoë O'\\'B`])).toEqual([`'Zoë O'\\''Brien'`]);
    expect(await complete(j, ['rel', 'show', '"Jane "D'])).toEqual(["'Jane Doe'"]);
  });
});

describe('rel __complete names', () => {
  it('prints matching names one a line, by name or alias, ignoring case and accents', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'José Núñez']);
    await j.ok(['contact', 'add', 'Josh Brown', '--alias', 'JB']);
    await j.ok(['contact', 'add', 'Ann Lee']);
    expect(await j.ok(['__complete', 'names', 'JO'])).toBe('José Núñez\nJosh Brown\n');
    expect(await j.ok(['__complete', 'names', 'jb'])).toBe('Josh Brown\n');
    expect(await j.ok(['__complete', 'names'])).toBe('Ann Lee\nJosé Núñez\nJosh Brown\n');
    expect(await j.rel(['__complete', 'names', 'x'])).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(await j.ok(['--help'])).not.toContain('__complete');
  });

  it("prints the names of a person's relatives, also those kept as a name, by the start of the name", async () => {
    const j = makeJournal();
    for (const name of ['Jane Doe', 'Tom Doe', 'Jo Doe']) await j.ok(['contact', 'add', name]);
    await j.ok(['relate', 'tom', '--to', 'jane', '--as', 'husband']);
    await j.ok(['relate', 'tom', '--to', 'jane', '--as', 'colleague']);
    await j.ok(['relate', 'tom', '--to', 'Émile Zola', '--as', 'friend']);
    expect(await j.ok(['__complete', 'relatives', '--of', 'tom'])).toBe('Jane Doe\nÉmile Zola\n'); // Jane once
    expect(await j.ok(['__complete', 'relatives', '--of', 'Tom Doe', 'em'])).toBe('Émile Zola\n');
    expect(await j.ok(['__complete', 'relatives', '--of', 'jane'])).toBe('Tom Doe\n');
    expect(await j.ok(['__complete', 'relatives', '--of', 'jo'])).toBe(''); // no relatives
    expect(await j.ok(['__complete', 'relatives', '--of', 'doe'])).toBe(''); // three people
    expect(await j.ok(['__complete', 'relatives', '--of', 'nobody'])).toBe('');
  });

  it('prints nothing and creates no journal where there is none', async () => {
    const j = makeJournal();
    expect(await j.rel(['__complete', 'names', 'a'])).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(existsSync(j.db)).toBe(false);
  });
});

/** Only where fish is installed: its own `complete -C` says what a Tab offers, no terminal needed. */
const hasFish = spawnSync('fish', ['--version']).status === 0;

describe.runIf(hasFish)('rel completion fish, in a real fish', () => {
  let j: TestJournal;
  beforeAll(async () => {
    j = makeJournal();
    for (const name of ['Jane Doe', "Zoë O'Brien", 'Bob "Bobby" Lee', 'Dee Back\\Slash']) await j.ok(['contact', 'add', name]);
  });

  async function fishCompletes(line: string): Promise<string[]> {
    const { stdout, stderr, code } = await shell(`fish --no-config -c 'rel completion fish | source; complete -C "$LINE"'`, { db: j.db, env: { LINE: line } });
    if (code !== 0) throw new Error(`fish exited ${code}: ${stderr}`);
    return stdout.split('\n').filter((l) => l !== '').map((l) => l.split('\t')[0]!);
  }

  it('reads the typed word as fish does, quotes and backslashes included', async () => {
    expect(await fishCompletes("rel show 'Zoë O\\'B")).toEqual(["Zoë O'Brien"]);
    expect(await fishCompletes("rel show Zoë\\ O\\'B")).toEqual(["Zoë O'Brien"]);
    expect(await fishCompletes('rel show "Bob \\"B')).toEqual(['Bob "Bobby" Lee']);
    expect(await fishCompletes("rel show 'Dee Back\\\\S")).toEqual(['Dee Back\\Slash']);
  });

  it('completes every argument that names a contact, and the choices of one', async () => {
    expect(await fishCompletes('rel merge jane Zo')).toEqual(["Zoë O'Brien"]);
    expect(await fishCompletes('rel add jane Bo')).toEqual(['Bob "Bobby" Lee']);
    expect(await fishCompletes('rel export person Ja')).toEqual(['Jane Doe']);
    expect(await fishCompletes('rel config set ')).toEqual(['backups', 'cadence', 'days', 'limit']);
  });

  it("completes rel unrelate NAME --to with NAME's relatives", async () => {
    await j.ok(['relate', 'jane', '--to', 'Ann Lee', '--as', 'friend']);
    expect(await fishCompletes('rel unrelate "Jane Doe" --to ')).toEqual(['Ann Lee']);
  });
});

describe('rel completion zsh and fish', () => {
  it('prints scripts for each, built from the same commands', async () => {
    const j = makeJournal();
    const zsh = await j.ok(['completion', 'zsh']);
    expect(zsh.startsWith('#compdef rel\n')).toBe(true);
    expect(zsh).toContain('compdef _rel rel');
    expect(zsh).toContain("'show:the person'\\''s card");
    const fish = await j.ok(['completion', 'fish']);
    expect(fish).toContain("complete -c rel -n '__rel_at \\'\\' 0' -a 'stats'");
    expect(fish).toContain("complete -c rel -n '__rel_at \\'show\\'' -l tree");
    expect(fish).toContain("complete -c rel -n '__rel_at \\'show\\' 0' -a '(__rel_names)'");
    expect(fish).toContain("complete -c rel -n '__rel_at \\'merge\\' 1' -a '(__rel_names)'");
    expect(fish).toContain("complete -c rel -n '__rel_at \\'add\\' 0+' -a '(__rel_names)'");
    expect(fish).toContain("complete -c rel -n '__rel_at \\'config set\\' 0' -a 'cadence days limit backups'");
    expect((await j.rel(['completion', 'tcsh'])).code).toBe(2);
  });
});
