// The examples of README.md as steps a test can run: which ```console blocks there are, the
// commands in them, and the output shown under each. The rules are written down in
// test/docs/readme.test.ts, which runs them.

/** One `$ rel ...` line of a console block and what the README shows under it. */
export interface ExampleStep {
  /** The command as written (continuation lines joined), for the test's name. */
  command: string;
  /** The words after `rel`, as a shell would pass them. */
  args: string[];
  /** The lines shown under the command; undefined for a setup step, whose output is not shown. */
  expected: string[] | undefined;
  /** Its line in README.md. */
  line: number;
}

/** A `## ` section of the README: its examples run in order, in one journal. */
export interface ExampleSection {
  title: string;
  steps: ExampleStep[];
}

/** Why a line cannot run in-process as one rel command. */
export class NotRunnable extends Error {}

/**
 * A command line split into words as bash would: single quotes, double quotes (with \" and \\),
 * backslash escapes, and a `#` comment. Anything a shell would do more (a pipe, a redirection,
 * a variable, `~`) is not runnable here: such an example belongs in a ```sh block.
 */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  const add = (text: string) => (word = (word ?? '') + text);
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new NotRunnable(`an unclosed ' in: ${line}`);
      add(line.slice(i + 1, end));
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      let text = '';
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '$' || line[j] === '`') throw new NotRunnable(`a shell expansion in: ${line}`);
        if (line[j] === '\\' && ['"', '\\', '$', '`'].includes(line[j + 1] ?? '')) j++;
        text += line[j];
      }
      if (j >= line.length) throw new NotRunnable(`an unclosed " in: ${line}`);
      add(text);
      i = j;
    } else if (c === '\\') {
      add(line[++i] ?? '');
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === '#' && word === undefined) {
      break; // a comment, to the end of the line
    } else if ('|&;<>()$`*?'.includes(c) || (c === '~' && word === undefined)) {
      throw new NotRunnable(`"${c}" needs a shell: ${line}`);
    } else {
      add(c);
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** The words of a `rel ...` command, without `rel`. */
export function relArgs(command: string): string[] {
  const [program, ...args] = shellWords(command);
  if (program !== 'rel') throw new NotRunnable(`not a rel command: ${command}`);
  return args;
}

function argsAt(command: string, line: number): string[] {
  try {
    return relArgs(command);
  } catch (error) {
    if (!(error instanceof NotRunnable)) throw error;
    throw new NotRunnable(`README.md:${line}: ${error.message}; a block that cannot run in-process is a \`\`\`sh block, not \`\`\`console`);
  }
}

/** The commands and outputs of a console block's (or a setup comment's) lines. */
function steps(lines: Array<{ text: string; line: number }>, withOutput: boolean): ExampleStep[] {
  const found: ExampleStep[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { text, line } = lines[i]!;
    if (!text.startsWith('$ ')) {
      if (found.length === 0 || !withOutput) throw new NotRunnable(`README.md:${line}: output with no command above it: ${text}`);
      found.at(-1)!.expected!.push(text);
      continue;
    }
    let command = text.slice(2);
    while (command.endsWith('\\') && i + 1 < lines.length) command = `${command.slice(0, -1).trimEnd()} ${lines[++i]!.text.trim()}`;
    found.push({ command, args: argsAt(command, line), expected: withOutput ? [] : undefined, line });
  }
  return found;
}

/** The README's ## sections that have examples to run, each with its steps in order. */
export function readmeExamples(markdown: string): ExampleSection[] {
  const sections: ExampleSection[] = [];
  const lines = markdown.split('\n');
  let block: { kind: 'console' | 'setup' | 'other'; lines: Array<{ text: string; line: number }> } | undefined;
  let title = '(before the first section)';
  const finish = () => {
    if (!block || block.kind === 'other') return;
    let section = sections.at(-1);
    if (section?.title !== title) sections.push((section = { title, steps: [] }));
    section.steps.push(...steps(block.lines, block.kind === 'console'));
  };
  lines.forEach((text, index) => {
    const line = index + 1;
    if (block) {
      const closes = block.kind === 'setup' ? text.trim() === '-->' : text.startsWith('```');
      if (!closes) return void block.lines.push({ text: text.trimEnd(), line });
      finish();
      block = undefined;
    } else if (text.startsWith('```')) {
      block = { kind: text.trim() === '```console' ? 'console' : 'other', lines: [] };
    } else if (text.trim() === '<!-- docs-test setup') {
      block = { kind: 'setup', lines: [] };
    } else if (text.startsWith('## ')) {
      title = text.slice(3).trim();
    }
  });
  if (block) throw new NotRunnable(`README.md: a block is not closed at the end`);
  return sections;
}

/** Output matches the lines shown: a line `…` alone stands for any number of lines left out. */
export function matchesShown(output: string, shown: string[]): boolean {
  const actual = output.split('\n').map((l) => l.trimEnd());
  if (actual.at(-1) === '') actual.pop();
  const parts = shown.map((l) => l.trimEnd());
  const match = (a: number, s: number): boolean => {
    if (s === parts.length) return a === actual.length;
    if (parts[s] === '…') return Array.from({ length: actual.length - a + 1 }, (_, k) => a + k).some((next) => match(next, s + 1));
    return a < actual.length && actual[a] === parts[s] && match(a + 1, s + 1);
  };
  return match(0, 0);
}
