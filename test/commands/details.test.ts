// rel remember and rel forget: the details worth knowing next time.
import { describe, expect, it } from 'vitest';
import { dateForms } from '../../src/domain/dateInput.js';
import { expectRefused } from '../harness/failures.js';
import { journalFrom, type TestJournal } from '../harness/journal.js';

const withJane = journalFrom(async (j) => {
  await j.ok(['contact', 'add', 'Jane Doe']);
});

const details = async (j: TestJournal) => (await j.json<{ details: Array<{ id: number; text: string; date: string | null; yearly: boolean }> }>(['show', 'jane', '--json'])).details;

describe('rel remember', () => {
  it('stores an undated detail, joining the words of TEXT', async () => {
    const j = await withJane();
    expect(await j.rel(['remember', 'jane', 'loves', 'golf'])).toEqual({ code: 0, stdout: 'remembered about Jane Doe: loves golf [detail 1]\n', stderr: '' });
    expect(await details(j)).toEqual([{ id: 1, person: { id: 1, name: 'Jane Doe' }, text: 'loves golf', date: null, yearly: false, createdAt: expect.any(String) }]);
  });

  it('stores a dated detail and a month-only one', async () => {
    const j = await withJane();
    expect(await j.ok(['remember', 'jane', 'moves house', '--on', '2027-01-15'])).toBe('remembered about Jane Doe: moves house (2027-01-15) [detail 1]\n');
    expect(await j.ok(['remember', 'jane', 'baby due', '--on', '2027-03'])).toBe('remembered about Jane Doe: baby due (March 2027) [detail 2]\n');
    expect((await details(j)).map((d) => [d.date, d.yearly])).toEqual([
      ['2027-01-15', false],
      ['2027-03', false],
    ]);
  });

  it('--on 06-12 --yearly makes a yearly date without a year', async () => {
    const j = await withJane();
    expect(await j.ok(['remember', 'jane', 'wedding anniversary', '--on', '06-12', '--yearly'])).toBe(
      'remembered about Jane Doe: wedding anniversary (12 June, every year) [detail 1]\n',
    );
    expect((await details(j))[0]).toMatchObject({ date: '--06-12', yearly: true });
    expect(await j.ok(['show', 'jane'])).toContain('  wedding anniversary — 12 June, every year [detail 1]\n');
  });

  it('--on 12-24 without --yearly comes back every year too, as rel remember --help says', async () => {
    const j = await withJane();
    expect(await j.ok(['remember', 'jane', 'christmas party', '--on', '12-24'])).toBe('remembered about Jane Doe: christmas party (24 December, every year) [detail 1]\n');
    expect((await details(j))[0]).toMatchObject({ date: '--12-24', yearly: true });
    const help = await j.ok(['remember', '--help']);
    expect(help).toMatch(/--on <date> +date it: YYYY-MM-DD, YYYY-MM \(month only\), MM-DD \(every year\)\n/);
    expect(help).not.toContain('with --yearly');
  });

  it('--yearly with a full date keeps its year, to count the years', async () => {
    const j = await withJane();
    expect(await j.ok(['remember', 'jane', 'shop opened', '--on', '2019-04-02', '--yearly'])).toBe('remembered about Jane Doe: shop opened (2 April, every year since 2019) [detail 1]\n');
    expect((await details(j))[0]).toMatchObject({ date: '2019-04-02', yearly: true });
    await j.ok(['remember', 'jane', 'name day', '--on', '07-26', '--yearly']);
    expect((await details(j))[1]).toMatchObject({ date: '--07-26', yearly: true });
  });

  describe('refuses and writes nothing', () => {
    it('--yearly without a date (usage error)', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['remember', 'jane', 'anniversary', '--yearly'], 2)).toBe('rel: --yearly needs a date: add --on MM-DD (or YYYY-MM-DD)');
    });

    it('--yearly with only a month', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['remember', 'jane', 'anniversary', '--on', '2027-03', '--yearly'], 2)).toContain('gives only a month');
    });

    it('a date that is not one', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['remember', 'jane', 'x', '--on', 'soon'], 2)).toBe(`rel: --on: "soon" is not a date; use ${dateForms({ prefer: 'future', allow: ['month', 'yearless'] })}`);
      expect(await expectRefused(j, ['remember', 'jane', 'x', '--on', '02-30'], 2)).toContain('is not a real calendar day');
    });

    it('empty text (usage error)', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['remember', 'jane', '  '], 2)).toBe('rel: TEXT is empty; give some text');
    });

    it('an unknown person', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['remember', 'Jnae', 'x'], 1)).toBe('rel: no contact matches "Jnae"; did you mean Jane Doe (#1)?');
    });

    it('no text at all (usage error)', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['remember', 'jane'], 2)).toContain("missing required argument 'text'");
    });
  });
});

describe('rel forget', () => {
  it('deletes one detail and keeps the others', async () => {
    const j = await withJane();
    await j.ok(['remember', 'jane', 'loves golf']);
    await j.ok(['remember', 'jane', 'two kids']);
    expect(await j.rel(['forget', '#1'])).toEqual({ code: 0, stdout: 'forgot about Jane Doe: loves golf\n', stderr: '' });
    expect((await details(j)).map((d) => d.text)).toEqual(['two kids']);
    await j.ok(['forget', '2']);
    expect(await details(j)).toEqual([]);
  });

  it('refuses an unknown id (exit 1) and a non-number (exit 2), writing nothing', async () => {
    const j = await withJane();
    await j.ok(['remember', 'jane', 'loves golf']);
    expect(await expectRefused(j, ['forget', '7'], 1)).toBe("rel: no detail #7; rel show NAME lists a person's details with their ids");
    expect(await expectRefused(j, ['forget', 'golf'], 2)).toBe('rel: "golf" is not a detail id; ids are numbers, as shown by rel show NAME');
  });

  it('given a name, meant as "forget this person", also says how a person is deleted or erased', async () => {
    const j = await withJane();
    expect(await expectRefused(j, ['forget', 'jane'], 2)).toBe(
      'rel: "jane" is not a detail id; ids are numbers, as shown by rel show NAME; to forget a person: rel rm "Jane Doe" (rel undo brings them back), or rel rm "Jane Doe" --purge to erase every trace for good',
    );
  });
});
