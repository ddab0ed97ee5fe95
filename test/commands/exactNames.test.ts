// A name typed exactly as someone's is that person, though another's name folds the same (José
// Núñez beside Jose Nunez), in every command that names people.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom, type TestJournal } from '../harness/journal.js';

const accents = journalFrom(async (j) => {
  await j.ok(['contact', 'add', 'José Núñez']);
  await j.ok(['contact', 'add', 'Jose Nunez', '--new', '--phone', '+34 612 345 678']);
  await j.ok(['contact', 'add', 'Amy Chen']);
  await j.ok(['contact', 'add', 'Amy Chén', '--new']);
});

const shown = async (j: TestJournal, query: string) => (await j.json<{ person: { id: number } }>(['show', query, '--json'])).person.id;

describe('a name as written', () => {
  it('rel show finds the one whose name it is, accents and all, ignoring case and spaces', async () => {
    const j = await accents();
    expect(await shown(j, 'José Núñez')).toBe(1);
    expect(await shown(j, 'Jose Nunez')).toBe(2);
    expect(await shown(j, '  jose   NUNEZ ')).toBe(2);
    expect(await shown(j, 'Amy Chén')).toBe(4);
    expect(await shown(j, 'amy chen')).toBe(3);
  });

  it('rel add logs to them, as an exact name (nothing said on stderr)', async () => {
    const j = await accents();
    expect(await j.rel(['add', 'Jose Nunez', '--note', 'called'])).toEqual({ code: 0, stdout: 'logged conversation with Jose Nunez on 2026-11-23 (#1)\n', stderr: '' });
    expect(await j.rel(['add', 'José Núñez', 'Amy Chén', '--note', 'lunch'])).toMatchObject({ code: 0, stdout: 'logged conversation with José Núñez and Amy Chén on 2026-11-23 (#2)\n' });
  });

  it('--referred-by, rel relate, rel remind and rel merge take them too', async () => {
    const j = await accents();
    await j.ok(['contact', 'add', 'Pepe', '--referred-by', 'José Núñez']);
    expect((await j.json(['show', 'Pepe', '--json'])).person.referredBy).toEqual({ id: 1, name: 'José Núñez' });
    expect(await j.ok(['relate', 'José Núñez', '--to', 'Jose Nunez', '--as', 'sibling'])).toBe('related: José Núñez — sibling of Jose Nunez\n');
    expect(await j.ok(['remind', 'Amy Chén', 'send the photos', '--on', '2026-12-01'])).toContain('Amy Chén');
    expect(await j.ok(['merge', 'Amy Chen', 'Amy Chén', '--dry-run'])).toContain('would merge Amy Chén (#4) into Amy Chen (#3)');
  });

  it('two people of the very same name are still a choice, and only the #id tells them apart', async () => {
    const j = await accents();
    await j.ok(['contact', 'add', 'José Núñez', '--new']);
    expect(await expectRefused(j, ['show', 'josé núñez'], 1)).toBe('rel: "josé núñez" matches 2 people: José Núñez (#1), José Núñez (#5); use the #id');
    expect(await expectRefused(j, ['add', 'José Núñez', '--note', 'hi'], 1)).toBe('rel: "José Núñez" matches 2 people: José Núñez (#1), José Núñez (#5); use the #id');
    expect(await shown(j, 'Jose Nunez')).toBe(2);
  });

  it('a whole name written as nobody writes it: the #id, or the name as written; a part of it: more of the name', async () => {
    const j = await accents();
    expect(await expectRefused(j, ['show', 'Jose Núñez'], 1)).toBe('rel: "Jose Núñez" matches 2 people: José Núñez (#1), Jose Nunez (#2); use the #id or the name exactly as written');
    expect(await expectRefused(j, ['show', 'nunez'], 1)).toBe('rel: "nunez" matches 2 people: José Núñez (#1), Jose Nunez (#2); use the #id or more of the name');
  });
});
