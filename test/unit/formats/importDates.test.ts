// Every form of date an importer reads (src/formats/importDates.ts), in the order a file decides.
import { describe, expect, it } from 'vitest';
import { FileDates } from '../../../src/formats/importDates.js';

const monthFirst = FileDates.of(['04/02/1971']); // no proof: month-first
const dayFirst = FileDates.of(['15/03/1985']);

describe('FileDates.read', () => {
  it.each([
    ['1980-03-15', '1980-03-15'],
    ['19800315', '1980-03-15'],
    ['1980-03-15T00:00:00Z', '1980-03-15'],
    ['--03-15', '--03-15'],
    ['--0315', '--03-15'],
    ['03-15', '--03-15'], // rel's own MM-DD
    ['1604-01-05', '--01-05'], // Apple's year for none
    ['1995/05/05', '1995-05-05'],
    ['1995/5/7', '1995-05-07'],
    ['1995.05.07', '1995-05-07'],
    ['15.03.1985', '1985-03-15'], // German: day-first whatever the file
    ['4.2.1971', '1971-02-04'],
    ['12 Mar 2024', '2024-03-12'],
    ['12-Mar-2024', '2024-03-12'],
    ['3 September 2021', '2021-09-03'],
    ['March 12, 2024', '2024-03-12'],
    ['Sept 1 2020', '2020-09-01'],
    ['0/0/00', ''], // Outlook's "no date"
    ['', ''],
  ])('%s is %s whatever the order', (text, day) => {
    expect(monthFirst.read(text)).toEqual({ day });
    expect(dayFirst.read(text)).toEqual({ day });
  });

  it('reads two numbers and a year in the file order', () => {
    expect(monthFirst.read('04/02/1971')).toEqual({ day: '1971-04-02' });
    expect(dayFirst.read('04/02/1971')).toEqual({ day: '1971-02-04' });
    expect(dayFirst.read('4-2-1971')).toEqual({ day: '1971-02-04' });
    expect(monthFirst.read('3/15/1985 0:00:00')).toEqual({ day: '1985-03-15' });
  });

  it('a value of the other order, in a file proven one way, is a problem that says so', () => {
    expect(dayFirst.read('12/25/1980')).toEqual({ problem: '"12/25/1980" is month-first, but this file\'s dates are read day-first' });
  });

  it('two-digit years only where allowed (LinkedIn): this century', () => {
    expect(monthFirst.read('12-Mar-24', { twoDigitYears: true })).toEqual({ day: '2024-03-12' });
    expect(monthFirst.read('12-Mar-24')).toHaveProperty('problem');
  });

  it('a field that needs a year refuses a date without one', () => {
    expect(monthFirst.read('--03-15', { needsYear: true })).toEqual({ problem: '"--03-15" has no year; this needs a full date (YYYY-MM-DD)' });
  });

  it.each(['1980-13-45', '2/30/2010', '--02-30', 'next tuesday', '12 Foo 2024', '31.02.2020', '15/03/85'])('%s is not a date', (text) => {
    expect(monthFirst.read(text)).toEqual({ problem: `"${text}" is not a date; expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY, or --MM-DD without a year` });
  });
});
