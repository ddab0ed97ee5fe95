// rel remember and rel forget: the details worth knowing next time.
import { describe, expect, it } from 'vitest';
import { dateForms } from '../../src/domain/dateInput.js';
import { expectRefused, journalFrom, makeJournal, type TestJournal } from './helpers.js';

const withJane = journalFrom((j) => {
  j.ok(['contact', 'add', 'Jane Doe']);
});

const details = (j: TestJournal) => j.json<{ details: Array<{ id: number; text: string; date: string | null; yearly: boolean }> }>(['show', 'jane', '--json']).details;

describe('rel remember', () => {
  it('stores an undated detail, joining the words of TEXT', () => {
    const j = withJane();
    expect(j.rel(['remember', 'jane', 'loves', 'golf'])).toEqual({ code: 0, stdout: 'remembered about Jane Doe: loves golf [detail 1]\n', stderr: '' });
    expect(details(j)).toEqual([{ id: 1, person: { id: 1, name: 'Jane Doe' }, text: 'loves golf', date: null, yearly: false, createdAt: expect.any(String) }]);
  });

  it('stores a dated detail and a month-only one', () => {
    const j = withJane();
    expect(j.ok(['remember', 'jane', 'moves house', '--on', '2027-01-15']).stdout).toBe('remembered about Jane Doe: moves house (2027-01-15) [detail 1]\n');
    expect(j.ok(['remember', 'jane', 'baby due', '--on', '2027-03']).stdout).toBe('remembered about Jane Doe: baby due (March 2027) [detail 2]\n');
    expect(details(j).map((d) => [d.date, d.yearly])).toEqual([
      ['2027-01-15', false],
      ['2027-03', false],
    ]);
  });

  it('--on 06-12 --yearly makes a yearly date without a year', () => {
    const j = withJane();
    expect(j.ok(['remember', 'jane', 'wedding anniversary', '--on', '06-12', '--yearly']).stdout).toBe(
      'remembered about Jane Doe: wedding anniversary (12 June, every year) [detail 1]\n',
    );
    expect(details(j)[0]).toMatchObject({ date: '--06-12', yearly: true });
    expect(j.ok(['show', 'jane']).stdout).toContain('  wedding anniversary — 12 June, every year [detail 1]\n');
  });

  it('--yearly with a full date keeps the month and day', () => {
    const j = withJane();
    j.ok(['remember', 'jane', 'shop opened', '--on', '2019-04-02', '--yearly']);
    expect(details(j)[0]).toMatchObject({ date: '--04-02', yearly: true });
  });

  describe('refuses and writes nothing', () => {
    it('--yearly without a date (usage error)', () => {
      const j = withJane();
      expect(expectRefused(j, ['remember', 'jane', 'anniversary', '--yearly'], 2)).toBe('rel: --yearly needs a date: add --on MM-DD (or YYYY-MM-DD)');
    });

    it('--yearly with only a month', () => {
      const j = withJane();
      expect(expectRefused(j, ['remember', 'jane', 'anniversary', '--on', '2027-03', '--yearly'], 2)).toContain('gives only a month');
    });

    it('a date that is not one', () => {
      const j = withJane();
      expect(expectRefused(j, ['remember', 'jane', 'x', '--on', 'soon'], 2)).toBe(`rel: --on: "soon" is not a date; use ${dateForms({ prefer: 'future', allow: ['month', 'yearless'] })}`);
      expect(expectRefused(j, ['remember', 'jane', 'x', '--on', '02-30'], 2)).toContain('is not a real calendar day');
    });

    it('empty text (usage error)', () => {
      const j = withJane();
      expect(expectRefused(j, ['remember', 'jane', '  '], 2)).toBe('rel: TEXT is empty; give some text');
    });

    it('an unknown person', () => {
      const j = withJane();
      expect(expectRefused(j, ['remember', 'Jnae', 'x'], 1)).toBe('rel: no contact matches "Jnae"; did you mean Jane Doe (#1)?');
    });

    it('no text at all (usage error)', () => {
      const j = withJane();
      expect(expectRefused(j, ['remember', 'jane'], 2)).toContain("missing required argument 'text'");
    });
  });
});

describe('rel forget', () => {
  it('deletes one detail and keeps the others', () => {
    const j = withJane();
    j.ok(['remember', 'jane', 'loves golf']);
    j.ok(['remember', 'jane', 'two kids']);
    expect(j.rel(['forget', '#1'])).toEqual({ code: 0, stdout: 'forgot about Jane Doe: loves golf\n', stderr: '' });
    expect(details(j).map((d) => d.text)).toEqual(['two kids']);
    j.ok(['forget', '2']);
    expect(details(j)).toEqual([]);
  });

  it('refuses an unknown id (exit 1) and a non-number (exit 2), writing nothing', () => {
    const j = withJane();
    j.ok(['remember', 'jane', 'loves golf']);
    expect(expectRefused(j, ['forget', '7'], 1)).toBe("rel: no detail #7; rel show NAME lists a person's details with their ids");
    expect(expectRefused(j, ['forget', 'golf'], 2)).toBe('rel: "golf" is not a detail id; ids are numbers, as shown by rel show NAME');
  });
});
