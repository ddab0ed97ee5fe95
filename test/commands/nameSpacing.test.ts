// A name or an alias as rel keeps it: trimmed, each inner run of white space one space (tidyName),
// however it comes in: rel contact add, rel add NEWNAME, rel edit --name/--alias, an import.
import { describe, expect, it } from 'vitest';
import { tidyName } from '../../src/domain/nameText.js';
import type { Choice, Prompter } from '../../src/ui/prompter.js';
import { expectRefused } from '../harness/failures.js';
import { runRel } from '../harness/inProcess.js';
import { makeJournal, type TestJournal } from '../harness/journal.js';

const person = async (j: TestJournal, query: string) => {
  const { person } = await j.json<{ person: { name: string; aliases: string[] } }>(['show', query, '--json']);
  return { name: person.name, aliases: person.aliases };
};

describe('tidyName', () => {
  it('trims, and makes each inner run of white space one space', () => {
    expect(tidyName('  Gina   Rossi  ')).toBe('Gina Rossi');
    expect(tidyName('Jean\u00a0\u00a0Pierre \u3000Dupont')).toBe('Jean Pierre Dupont');
    expect(tidyName('José Núñez')).toBe('José Núñez');
  });
});

describe('names with runs of spaces', () => {
  it('rel contact add keeps the name and its aliases tidy, and says so', async () => {
    const j = makeJournal();
    expect(await j.ok(['contact', 'add', '  Gina   Rossi  ', '--alias', ' La   Gina '])).toBe('added Gina Rossi (#1)\n');
    expect(await person(j, '#1')).toEqual({ name: 'Gina Rossi', aliases: ['La Gina'] });
    expect(await j.ok(['list'])).toContain('#1  Gina Rossi  never contacted');
  });

  it('rel add NEWNAME creates the person tidy; rel undo says the tidy name', async () => {
    const j = makeJournal();
    expect(await j.rel(['add', 'Mo   Farah', '--note', 'hi'])).toMatchObject({ code: 0, stdout: 'logged conversation with Mo Farah on 2026-11-23 (#1)\n', stderr: 'created Mo Farah (#1)\n' });
    expect(await j.ok(['undo'])).toBe('undid: add conversation #1 with Mo Farah (#1) on 2026-11-23 (new person: Mo Farah): hi\n');
  });

  it('rel edit --name with only more spaces changes nothing (exit 1); --alias is kept tidy', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Lena Ortiz']);
    expect(await expectRefused(j, ['edit', 'Lena Ortiz', '--name', 'Lena  Ortiz '], 1)).toBe('rel: Lena Ortiz (#1) already has all that; nothing changed');
    expect(await j.ok(['edit', 'Lena Ortiz', '--name', ' Lena   Ortiz  Ruiz', '--alias', 'Lenny   O'])).toBe('updated Lena Ortiz Ruiz (#1): name (was Lena Ortiz), alias added\n');
    expect(await person(j, '#1')).toEqual({ name: 'Lena Ortiz Ruiz', aliases: ['Lenny O'] });
  });

  it('an import keeps names and aliases tidy, from a CSV and a vCard', async () => {
    const j = makeJournal();
    await j.ok(['import', '-', '--format', 'csv'], { input: 'name,aliases\n"Tom    Hart","T   H; Tommy  H"\n' });
    expect(await person(j, 'Tom Hart')).toEqual({ name: 'Tom Hart', aliases: ['T H', 'Tommy H'] });
    await j.ok(['import', '-', '--format', 'vcf'], { input: 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada   Lovelace\r\nNICKNAME:Countess   Ada\r\nEND:VCARD\r\n' });
    expect(await person(j, 'Ada Lovelace')).toEqual({ name: 'Ada Lovelace', aliases: ['Countess Ada'] });
  });

  it('rel add on a terminal: a new person picked as typed is created tidy', async () => {
    const j = makeJournal();
    const offered: string[] = [];
    const typed = ['  Zed   Newman ', ''];
    // Picks the last choice for what is typed: the new person, then "no one else".
    const search = <T>(_message: string, source: (term: string) => Array<Choice<T>>): Promise<T> => {
      const choices = source(typed.shift()!);
      offered.push(choices.at(-1)!.name);
      return Promise.resolve(choices.at(-1)!.value);
    };
    const prompter: Prompter = {
      search,
      select: <T>(_message: string, choices: Array<Choice<T>>) => Promise.resolve(choices[0]!.value),
      input: (message: string) => Promise.resolve(message === 'What did you talk about?' ? 'coffee' : ''),
      confirm: () => Promise.resolve(true),
    };
    const result = await runRel(['add'], { journalPath: j.db, now: '2026-11-23', tty: true, interactive: true, prompter });
    expect(result).toMatchObject({ code: 0, stderr: 'created Zed Newman (#1)\n' });
    expect(offered).toEqual(['+ new person: Zed Newman', 'no one else']);
    expect(await person(j, '#1')).toEqual({ name: 'Zed Newman', aliases: [] });
  });
});
