// rel search finds a word however its apostrophes and its width are typed (migration 0035, SPEC §3):
// `ohare`, `o'hare` and `o’hare` each find O'Hare, O’Hare and OHare in a note, as they do in a name;
// `abc` finds ＡＢＣ typed with a Japanese input method and `１２３` finds 123. Snippets show the text
// as it was written.
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJournal, type TestJournal } from '../harness/journal.js';

describe('rel search and apostrophes', () => {
  let j: TestJournal;
  beforeAll(async () => {
    j = makeJournal();
    await j.ok(['add', 'Ann Lee', '--new', '--note', "Met at O'Hare, flight delayed"]);
    await j.ok(['add', 'Bob Ray', '--new', '--note', 'Lives near OHare airport']);
    await j.ok(['add', 'Cy Tan', '--new', '--note', 'Waited at O’Hare for hours']);
    await j.ok(['add', "Mario D'Angelo", '--new', '--note', "Loves l'été in Provence"]);
    await j.ok(['remember', 'cy', 'works for Dunkin’ Donuts']);
  });

  const NOTES = [
    "  conversation  2026-11-23  Met at [O'Hare], flight delayed [conversation 1]",
    '  conversation  2026-11-23  Lives near [OHare] airport [conversation 2]',
    '  conversation  2026-11-23  Waited at [O’Hare] for hours [conversation 3]',
  ];

  it.each(['ohare', "o'hare", 'o’hare', 'OʼHARE'])('finds every way of writing O\'Hare by %s, each as written', async (query) => {
    const found = await j.ok(['search', query]);
    for (const note of NOTES) expect(found).toContain(`${note}\n`);
    expect(found.split('\n').filter((line) => line.includes('#'))).toHaveLength(3);
  });

  it('finds a French elision and a name by their letters alone, or with either apostrophe', async () => {
    expect(await j.ok(['search', 'lete'])).toBe("Mario D'Angelo #4\n  conversation  2026-11-23  Loves [l'été] in Provence [conversation 4]\n");
    expect(await j.ok(['search', 'l’ete'])).toBe(await j.ok(['search', 'lete']));
    expect(await j.ok(['search', 'd’angelo'])).toBe("Mario D'Angelo #4\n  contact  Mario [D'Angelo]\n");
    expect(await j.ok(['search', 'dunkin', 'donuts'])).toMatch(/^ {2}detail {2}works for \[Dunkin\]’ \[Donuts\] \[detail \d+\]$/m); // the apostrophe at the match's edge stays outside its mark
  });

  it('still finds each part of a word with an apostrophe', async () => {
    expect(await j.ok(['search', 'hare'])).toContain("Met at O'[Hare], flight delayed");
    expect(await j.ok(['search', 'angelo'])).toContain("Mario D'[Angelo]");
  });
});

describe('rel search and full-width letters and digits', () => {
  let j: TestJournal;
  beforeAll(async () => {
    j = makeJournal();
    await j.ok(['add', 'Ken Sato', '--new', '--note', 'Order ＡＢＣ-１２３ shipped, 田中様へ']);
    await j.ok(['add', 'Yui Mori', '--new', '--note', 'Order abc-123 pending']);
  });

  const WIDE = '  conversation  2026-11-23  Order [ＡＢＣ]-１２３ shipped, 田中様へ [conversation 1]';
  const NARROW = '  conversation  2026-11-23  Order [abc]-123 pending [conversation 2]';

  it('finds full-width letters by ASCII ones, and ASCII ones by full-width ones', async () => {
    const found = await j.ok(['search', 'abc']);
    expect(found).toContain(`Ken Sato #1\n${WIDE}\n`);
    expect(found).toContain(`Yui Mori #2\n${NARROW}\n`);
    expect(await j.ok(['search', 'ＡＢＣ'])).toBe(found);
    expect(await j.ok(['search', 'ａｂｃ'])).toBe(found);
  });

  it('finds full-width digits and a phrase of both', async () => {
    expect(await j.ok(['search', '１２３'])).toContain('Order ＡＢＣ-[１２３] shipped');
    expect(await j.ok(['search', '１２３'])).toContain('Order abc-[123] pending');
    expect(await j.ok(['search', 'abc-123'])).toContain('Order [ＡＢＣ-１２３] shipped');
    expect(await j.ok(['search', '田中'])).toContain('shipped, [田中]様へ');
  });
});
