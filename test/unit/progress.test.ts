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

  it('leaves nothing behind when it never drew', () => {
    const written: string[] = [];
    progressBar({ write: (text: string) => written.push(text) }, 10, 'x').finish();
    expect(written).toEqual([]);
  });
});
