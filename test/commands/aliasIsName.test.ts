// A person's name is no alias of theirs (SPEC §3): refused as an alias they have already, and an
// alias that a new name is goes with the rename, in the same change.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom, type TestJournal } from '../harness/journal.js';

const annLee = journalFrom(async (j) => {
  await j.ok(['contact', 'add', 'Ann Lee', '--alias', 'Ann Leigh', '--alias', 'Annie']);
});

const aliases = async (j: TestJournal, name: string) => {
  const { person } = await j.json<{ person: { name: string; aliases: string[] } }>(['show', name, '--json']);
  return { name: person.name, aliases: person.aliases };
};

describe('an alias that is the name', () => {
  it('rel edit --alias with their own name, in any case or accent, has all that already (exit 1)', async () => {
    const j = await annLee();
    for (const alias of ['Ann Lee', 'ANN  LÉE']) expect(await expectRefused(j, ['edit', 'Ann Lee', '--alias', alias], 1)).toBe('rel: Ann Lee (#1) already has all that; nothing changed');
    // Beside a real change, only the change is made and said.
    expect(await j.ok(['edit', 'Ann Lee', '--alias', 'ann lee', '--alias', 'Lee'])).toBe('updated Ann Lee (#1): alias added\n');
    expect((await aliases(j, '#1')).aliases).toEqual(['Ann Leigh', 'Annie', 'Lee']);
  });

  it('rel edit --name and --alias: the new name is no alias, the old one may be', async () => {
    const j = await annLee();
    expect(await j.ok(['edit', 'Ann Lee', '--name', 'Ann Park', '--alias', 'Ann Park', '--alias', 'Ann Lee'])).toBe('updated Ann Park (#1): name (was Ann Lee), alias added\n');
    expect(await aliases(j, '#1')).toEqual({ name: 'Ann Park', aliases: ['Ann Lee', 'Ann Leigh', 'Annie'] });
  });

  it('rel edit --name with one of their aliases drops that alias in the same change, and says so; rel undo takes back both', async () => {
    const j = await annLee();
    expect(await j.ok(['edit', 'Ann Lee', '--name', 'Ann Leigh'])).toBe('updated Ann Leigh (#1): name (was Ann Lee), alias "Ann Leigh" removed (it is the name now)\n');
    expect(await aliases(j, '#1')).toEqual({ name: 'Ann Leigh', aliases: ['Annie'] });
    expect(await j.ok(['show', '#1'])).not.toContain('also known as: Ann Leigh');
    expect(await j.ok(['undo'])).toBe('undid: edit Ann Leigh (#1): name (was Ann Lee), alias "Ann Leigh" removed (it is the name now)\n');
    expect(await aliases(j, '#1')).toEqual({ name: 'Ann Lee', aliases: ['Ann Leigh', 'Annie'] });
  });

  it('an alias removed by the flag too is removed once, and said once', async () => {
    const j = await annLee();
    expect(await j.ok(['edit', 'Ann Lee', '--name', 'annie', '--remove-alias', 'Annie'])).toBe('updated annie (#1): name (was Ann Lee), alias removed\n');
    expect(await aliases(j, '#1')).toEqual({ name: 'annie', aliases: ['Ann Leigh'] });
  });

  it('rel contact add --alias with the name keeps the other aliases only', async () => {
    const j = await annLee();
    expect(await j.ok(['contact', 'add', 'Bo Ek', '--alias', 'BO EK', '--alias', 'Bobo'])).toBe('added Bo Ek (#2)\n');
    expect((await aliases(j, 'Bo Ek')).aliases).toEqual(['Bobo']);
  });
});
