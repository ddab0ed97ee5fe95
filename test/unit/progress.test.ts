import { describe, expect, it } from 'vitest';
import { progressBar, renderBar } from '../../src/ui/progress.js';

describe('progressBar', () => {
  it('draws a bar with the share and the counts', () => {
    expect(renderBar('importing x.csv', 45_000, 100_000)).toBe(`importing x.csv [${'#'.repeat(14)}${'-'.repeat(16)}]  45% 45,000/100,000`);
    expect(renderBar('restoring', 10, 10)).toBe(`restoring [${'#'.repeat(30)}] 100% 10/10`);
  });

  it('redraws at most ten times a second, always at the end, and erases itself', () => {
    const written: string[] = [];
    let now = 0;
    const bar = progressBar({ write: (text: string) => written.push(text) }, 5000, 'importing', () => now);
    for (let done = 1; done <= 5000; done++) {
      if (done % 100 === 0) now += 5; // 5,000 records in 250 ms
      bar.update(done);
    }
    bar.finish();
    // Drawn at 0, 100 and 200 ms, then the final count, then erased.
    expect(written).toHaveLength(5);
    expect(written[3]).toContain('5,000/5,000');
    expect(written[4]).toBe('\r\x1b[K');
  });

  describe('on a terminal of 40 and 80 columns', () => {
    const path = '/home/someone/Documents/contacts/exports/2026/all-the-contacts-from-the-old-phone.csv';
    /** Every line the bar draws on a fake terminal this wide, as the terminal shows it. */
    function drawn(columns: number, label: string, total = 92_606): string[] {
      const written: string[] = [];
      let now = 0;
      const bar = progressBar({ write: (text: string) => written.push(text), columns }, total, label, () => now);
      for (const done of [1, 10_517, 50_000, total]) {
        now += 1000;
        bar.update(done);
      }
      return written.map((text) => {
        // From the line's start, the rest of it cleared.
        expect(text.startsWith('\r') && text.endsWith('\x1b[K') && !/[\r\n]/.test(text.slice(1))).toBe(true);
        return text.slice(1, -3);
      });
    }

    it.each([40, 80])('never runs past the last column but one (%i columns)', (columns) => {
      for (const label of ['importing big.csv', `importing ${path}`, 'restoring x']) {
        for (const line of drawn(columns, label)) expect(line.length).toBeLessThan(columns);
      }
    });

    it('shortens the bar first, then the path, keeping the base name, then leaves the bar out', () => {
      const wide = drawn(80, 'importing big.csv');
      expect(wide[1]).toBe(`importing big.csv [${'#'.repeat(3)}${'-'.repeat(27)}]  11% 10,517/92,606`);
      expect(drawn(60, 'importing big.csv')[1]).toBe(`importing big.csv [${'#'.repeat(2)}${'-'.repeat(18)}]  11% 10,517/92,606`);
      expect(drawn(40, 'importing big.csv')[1]).toBe('importing big.csv  11% 10,517/92,606');
      const deep = drawn(80, 'importing /home/someone/Documents/contacts/exports/2026/from the old phone/contacts.csv');
      expect(deep[1]).toBe('importing …2026/from the old phone/contacts.csv [#---------]  11% 10,517/92,606');
      expect(drawn(80, `importing ${path}`)[1]).toBe('importing all-the-contacts-from-the-old-phone.… [#---------]  11% 10,517/92,606');
      expect(drawn(40, `importing ${path}`)[1]).toBe('importing all-the-c…  11% 10,517/92,606');
    });

    it('keeps the counts on a very narrow terminal', () => {
      expect(drawn(20, `importing ${path}`)[3]).toBe('100% 92,606/92,606');
    });
  });

  it('leaves nothing behind when it never drew', () => {
    const written: string[] = [];
    progressBar({ write: (text: string) => written.push(text) }, 10, 'x').finish();
    expect(written).toEqual([]);
  });
});
