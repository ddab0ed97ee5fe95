// The order of a file's numeric dates (src/domain/dateOrder.ts): proof either way, both ways,
// neither (then --date-order, else month-first, said as a guess).
import { describe, expect, it } from 'vitest';
import { decideDateOrder, describeDateOrder, isWorthSaying, monthAndDay, numericDateParts, orderProvenBy } from '../../src/domain/dateOrder.js';

describe('numericDateParts and orderProvenBy', () => {
  it.each([
    ['15/03/1985', { first: 15, second: 3, year: 1985 }, 'dmy'],
    ['03/15/1985', { first: 3, second: 15, year: 1985 }, 'mdy'],
    ['4-2-1971', { first: 4, second: 2, year: 1971 }, undefined],
    ['3/15/1985 0:00:00', { first: 3, second: 15, year: 1985 }, 'mdy'],
    ['31/31/1985', { first: 31, second: 31, year: 1985 }, undefined], // no month either way: proves nothing
  ])('%s', (text, parts, proven) => {
    expect(numericDateParts(text)).toEqual(parts);
    expect(orderProvenBy(parts)).toBe(proven);
  });

  it('is only for two numbers and a four-digit year, with / or -', () => {
    for (const text of ['15.03.1985', '1985-03-15', '1985/03/15', '15/03/85', '12 Mar 2024', '15/03-1985', '']) expect(numericDateParts(text)).toBeUndefined();
  });

  it('reads month and day in an order', () => {
    const date = { first: 4, second: 2, year: 1971 };
    expect(monthAndDay(date, 'dmy')).toEqual({ month: 2, day: 4 });
    expect(monthAndDay(date, 'mdy')).toEqual({ month: 4, day: 2 });
  });
});

describe('decideDateOrder', () => {
  it('no numeric date at all: nothing to decide', () => {
    expect(decideDateOrder(['1985-03-15', '15.03.1985', '', '12 Mar 2024'])).toBeUndefined();
  });

  it('one value proves day-first: 15/03/1985 makes 04/02/1971 the 4th of February', () => {
    const d = decideDateOrder(['04/02/1971', '15/03/1985', ''])!;
    expect(d).toEqual({ order: 'dmy', by: 'proof', proof: '15/03/1985', against: 0, ambiguous: 1 });
    expect(describeDateOrder(d)).toBe('dates day-first');
    expect(isWorthSaying(d)).toBe(false);
  });

  it('one value proves month-first', () => {
    expect(decideDateOrder(['04/02/1971', '12/25/1980'])).toMatchObject({ order: 'mdy', by: 'proof', proof: '12/25/1980' });
  });

  it('proof wins over --date-order, and says that the flag did not apply', () => {
    const d = decideDateOrder(['04/02/1971', '15/03/1985'], 'mdy')!;
    expect(d).toMatchObject({ order: 'dmy', by: 'proof', overruled: 'mdy' });
    expect(describeDateOrder(d)).toBe('dates day-first (15/03/1985 proves it; --date-order mdy does not apply)');
    expect(isWorthSaying(d)).toBe(true);
  });

  it('no proof: --date-order decides', () => {
    const d = decideDateOrder(['04/02/1971'], 'dmy')!;
    expect(d).toEqual({ order: 'dmy', by: 'flag', against: 0, ambiguous: 1 });
    expect(describeDateOrder(d)).toBe('dates day-first (--date-order dmy)');
    expect(isWorthSaying(d)).toBe(false);
  });

  it('no proof and no flag: month-first, said as a guess with the flag that corrects it', () => {
    const d = decideDateOrder(['04/02/1971', '01/05/1990'])!;
    expect(d).toEqual({ order: 'mdy', by: 'default', against: 0, ambiguous: 2 });
    expect(describeDateOrder(d)).toBe('dates read month-first; use --date-order dmy if they are day-first');
    expect(isWorthSaying(d)).toBe(true);
  });

  it('no proof, but nothing depends on the order (5/5/1990): nothing to say', () => {
    const d = decideDateOrder(['05/05/1990'])!;
    expect(d).toMatchObject({ order: 'mdy', by: 'default', ambiguous: 0 });
    expect(describeDateOrder(d)).toBe('dates month-first');
    expect(isWorthSaying(d)).toBe(false);
  });

  it('proof both ways: the order most values prove, the others against it; --date-order decides instead when given', () => {
    const texts = ['15/03/1985', '20/01/1990', '12/25/1980', '04/02/1971'];
    const d = decideDateOrder(texts)!;
    expect(d).toEqual({ order: 'dmy', by: 'most', proof: '15/03/1985', against: 1, ambiguous: 1 });
    expect(describeDateOrder(d)).toBe('dates day-first (most of them; 1 is month-first and left out; --date-order decides)');
    expect(isWorthSaying(d)).toBe(true);
    expect(decideDateOrder(texts, 'mdy')).toMatchObject({ order: 'mdy', by: 'flag', against: 2 });
    // A tie is month-first, the default.
    expect(decideDateOrder(['15/03/1985', '12/25/1980'])).toMatchObject({ order: 'mdy', by: 'most', against: 1 });
  });
});
