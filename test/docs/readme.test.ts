// The README's examples, run. Every ```console block of README.md is a transcript that must be
// true:
// - A line `$ rel ...` is a command (a line ending in \ goes on on the next); the lines under it,
//   up to the next `$`, are what it prints: stdout and stderr together, in the order written, as a
//   terminal without colour shows them (relative dates included; rel never prompts here, so an
//   example gives every flag). A line `…` alone stands for lines left out.
// - The blocks of one `## ` section run in order against ONE fresh journal of their own, on the
//   harness's clock (REL_NOW 2026-11-23T10:00:00, a Monday; TZ=UTC), in a directory holding the
//   import fixtures of test/fixtures/import (so `rel import google-contacts.csv` finds a file).
//   A section's journal starts empty; sections do not see each other's.
// - A section can prepare its journal with commands hidden from the reader in an HTML comment
//   (`<!-- docs-test setup`, `$ rel ...` lines, `-->`): they must succeed, their output is not shown.
// - Anything else is not run: ```sh blocks (a pipe, a redirection, `npm install`, a terminal-only
//   command such as `rel today --review`), ```json, indented blocks. A console block whose line
//   needs a shell fails here, saying to make it a ```sh block.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runShown } from '../harness/inProcess.js';
import { FIXTURES, NOW, REPO } from '../harness/paths.js';
import { matchesShown, NotRunnable, readmeExamples, relArgs, shellWords } from '../harness/readmeExamples.js';
import { tempDir } from '../harness/tempFiles.js';

const sections = readmeExamples(readFileSync(join(REPO, 'README.md'), 'utf8'));

describe('README.md examples', () => {
  it('has console examples in the sections a newcomer reads first', () => {
    const titles = sections.map((s) => s.title);
    expect(titles).toContain('The daily rhythm');
    expect(sections.reduce((n, s) => n + s.steps.filter((step) => step.expected).length, 0)).toBeGreaterThan(20);
  });

  for (const section of sections) {
    describe.sequential(section.title, () => {
      const dir = tempDir('rel-readme-');
      cpSync(join(FIXTURES, 'import'), dir, { recursive: true });
      const journalPath = join(dir, 'rel.db');
      for (const step of section.steps) {
        it(`README.md:${step.line} $ ${step.command}`, async () => {
          const result = await runShown(step.args, { journalPath, cwd: dir, now: NOW, tty: true });
          if (step.expected === undefined) {
            expect(result.code, `a setup step failed: ${result.stderr}`).toBe(0);
            return;
          }
          const shown = step.expected.join('\n');
          // On a mismatch, the diff is the README's lines against what rel printed.
          if (!matchesShown(result.output, step.expected)) expect(result.output.trimEnd()).toBe(shown);
        });
      }
    });
  }
});

describe('reading the README', () => {
  it('splits words as bash does: quotes, escapes, a comment', () => {
    expect(shellWords(`rel add "Jane Doe" --note 'Lunch at "Luigi'"'"'s"' --tag vip   # a comment`)).toEqual(['rel', 'add', 'Jane Doe', '--note', 'Lunch at "Luigi\'s"', '--tag', 'vip']);
    expect(shellWords('rel show "#12" a\\ b "say \\"hi\\""')).toEqual(['rel', 'show', '#12', 'a b', 'say "hi"']);
  });

  it.each(['rel export contacts > contacts.csv', 'rel log --json | jq length', 'rel --db ~/new.db import x', 'rel show "$NAME"', 'npm test', "rel search gol*"])('refuses what needs a shell: %s', (line) => {
    expect(() => relArgs(line)).toThrow(NotRunnable);
  });

  it('finds console blocks and setup comments in their sections, and skips the rest', () => {
    const markdown = [
      '## One',
      '```sh',
      'rel export all > x.json',
      '```',
      '<!-- docs-test setup',
      '$ rel contact add "Bob Lee"',
      '-->',
      '```console',
      '$ rel add bob \\',
      '    --note hi',
      'logged conversation with Bob Lee on 2026-11-23 (#1)',
      '$ rel log',
      '```',
      '## Two',
      '    $ rel undo',
    ].join('\n');
    expect(readmeExamples(markdown)).toEqual([
      {
        title: 'One',
        steps: [
          { command: 'rel contact add "Bob Lee"', args: ['contact', 'add', 'Bob Lee'], expected: undefined, line: 6 },
          { command: 'rel add bob --note hi', args: ['add', 'bob', '--note', 'hi'], expected: ['logged conversation with Bob Lee on 2026-11-23 (#1)'], line: 9 },
          { command: 'rel log', args: ['log'], expected: [], line: 12 },
        ],
      },
    ]);
  });

  it('matches output to the lines shown, … standing for lines left out', () => {
    expect(matchesShown('a\nb\nc\n', ['a', 'b', 'c'])).toBe(true);
    expect(matchesShown('a\nb\nc\n', ['a', '…', 'c'])).toBe(true);
    expect(matchesShown('a\nc\n', ['a', '…', 'c'])).toBe(true);
    expect(matchesShown('a\nb\n', ['a'])).toBe(false);
    expect(matchesShown('a\nb\n', ['a', 'c'])).toBe(false);
    expect(matchesShown('', [])).toBe(true);
  });
});
