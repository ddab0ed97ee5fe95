// The tables of rel list and rel log keep their columns in line whatever the script of a name: a
// Chinese letter takes two columns of a terminal, an accent typed as a combining mark none.
import { describe, expect, it } from 'vitest';
import { makeJournal } from '../harness/journal.js';
import { textWidth } from '../../src/ui/textWidth.js';

/** The terminal column at which `marker` starts on each line. */
const columnsOf = (text: string, marker: RegExp): number[] =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => textWidth(line.slice(0, line.search(marker))));

describe('names of every script in a table', () => {
  it('rel list and rel log line up the cells after 王小明, José typed with a combining accent, and Ana', async () => {
    const j = makeJournal();
    await j.ok(['add', '王小明', '--note', 'tea']);
    await j.ok(['add', 'Jose\u0301 Nun\u0303ez', '--via', 'call', '--note', 'call back']);
    await j.ok(['add', 'Ana Souza', '--note', 'coffee']);

    const list = await j.ok(['list']);
    expect(list).toContain('王小明');
    expect(columnsOf(list, /last /)).toEqual([16, 16, 16]);

    const log = await j.ok(['log']);
    expect(columnsOf(log, /tea|call back|coffee/)).toEqual([34, 34, 34]);
  });
});
