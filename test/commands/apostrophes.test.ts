// A name is found without its apostrophes, as people type it (SPEC §3 "Naming people"): names are
// matched, and people's rows of the search index hold them, without ' ‘ ’ ʼ (migration 0033).
import { describe, expect, it } from 'vitest';
import { journalFrom } from '../harness/journal.js';

const people = journalFrom(async (j) => {
  await j.ok(['add', "Pat O'Brien", '--note', 'golf at the club']);
  await j.ok(['add', 'Maria D’Angelo', '--note', "met at O'Hare on the way back"]);
  await j.ok(['contact', 'add', 'Kai Obrien', '--alias', 'Kai ʼOkelo']);
});

describe('names without their apostrophes', () => {
  it('rel show finds the person by the name typed without its apostrophe, or with another one', async () => {
    const j = await people();
    expect((await j.ok(['show', 'pat obrien'])).split('\n')[0]).toBe("Pat O'Brien #1");
    expect((await j.ok(['show', 'dangelo'])).split('\n')[0]).toBe('Maria D’Angelo #2');
    expect((await j.ok(['show', "Maria D'Angelo"])).split('\n')[0]).toBe('Maria D’Angelo #2');
    expect((await j.ok(['show', 'okelo'])).split('\n')[0]).toBe('Kai Obrien #3');
  });

  it('rel search finds the name typed either way, and shows it in its own letters', async () => {
    const j = await people();
    expect(await j.ok(['search', 'dangelo'])).toBe('Maria D’Angelo #2\n  contact  Maria [D’Angelo]\n');
    for (const query of ['obrien', "o'brien", 'O’Brien']) {
      const found = await j.ok(['search', query]);
      expect(found).toContain("Pat O'Brien #1\n  contact  Pat [O'Brien]\n");
      expect(found).toContain('Kai Obrien #3\n  contact  Kai [Obrien]');
    }
    // A note is found as written, and without its apostrophes too (0035).
    expect(await j.ok(['search', "o'hare"])).toContain("met at [O'Hare]");
    expect(await j.ok(['search', 'ohare'])).toContain("met at [O'Hare]");
  });

  it('refuses a second person whose name differs only by an apostrophe', async () => {
    const j = await people();
    const r = await j.rel(['contact', 'add', 'Pat OBrien']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Pat O'Brien (#1: same name)");
    expect(JSON.parse(await j.ok(['duplicates', '--json']))).toEqual([]);
  });
});
