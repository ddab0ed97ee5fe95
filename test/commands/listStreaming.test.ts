// rel list writes as it reads (issue 16): a long list is laid out by its first rows and streamed,
// and its JSON is the same text JSON.stringify gives for the whole array.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateJournal } from '../bench/generate.mjs';
import { runRel } from '../harness/inProcess.js';
import { tempDir } from '../harness/tempFiles.js';

const path = join(tempDir(), 'long.db');
const today = '2026-11-23T10:00:00';
const list = async (...args: string[]) => {
  const result = await runRel(['list', ...args], { journalPath: path, now: today });
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
};

describe('rel list on a journal longer than one layout of rows', () => {
  beforeAll(() => generateJournal(path, { contacts: 2600, conversations: 3000 }), 60_000);

  it('lists everyone not archived, in name order, one line each, the columns lined up', async () => {
    const text = await list();
    const lines = text.trimEnd().split('\n');
    const people = JSON.parse(await list('--json')) as Array<{ id: number; name: string }>;
    expect(people.length).toBeGreaterThan(2000);
    expect(lines.map((line) => Number(/^#(\d+)/.exec(line)?.[1]))).toEqual(people.map((p) => p.id));
    // The second column starts where the first layout put it, on every line whose id fits it.
    const nameAt = lines[0]!.indexOf(people[0]!.name);
    const idWidth = lines[0]!.indexOf(' ');
    for (const [i, line] of lines.entries()) if (`#${people[i]!.id}`.length <= idWidth) expect(line.indexOf(people[i]!.name), line).toBe(nameAt);
  });

  it('writes the JSON array exactly as a whole array would be written', async () => {
    for (const args of [[], ['--sort', 'last'], ['--sort', 'next'], ['--overdue'], ['--archived']]) {
      const text = await list(...args, '--json');
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
  });

  it('orders by the last conversation and by the next one due as the rhythm says', async () => {
    const byLast = JSON.parse(await list('--sort', 'last', '--json')) as Array<{ rhythm: { lastContactOn: string | null } }>;
    const last = byLast.map((p) => p.rhythm.lastContactOn ?? '');
    expect(last).toEqual([...last].sort());
    const byNext = JSON.parse(await list('--sort', 'next', '--json')) as Array<{ rhythm: { dueOn: string | null } }>;
    const next = byNext.map((p) => p.rhythm.dueOn ?? '~');
    expect(next).toEqual([...next].sort());
  });
});
