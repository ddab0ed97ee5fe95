import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import { BAR_WIDTH, bar, renderStats, type StatsView } from '../../src/ui/statsView.js';

describe('bar', () => {
  it('is one character per conversation up to the width', () => {
    expect(bar(3, 3, false)).toBe('###');
    expect(bar(3, 10, true)).toBe('███');
    expect(bar(0, 10, true)).toBe('');
  });
  it('scales to the width past it, with eighths on a terminal and never empty for a non-zero count', () => {
    expect(bar(80, 80, false)).toBe('#'.repeat(BAR_WIDTH));
    expect(bar(1, 80, false)).toBe('#');
    expect(bar(1, 80, true)).toBe('▌'); // 0.5 of a cell
    expect(bar(3, 80, true)).toBe('█▌'); // 1.5 cells
  });
});

describe('renderStats', () => {
  const view: StatsView = {
    date: '2026-11-23',
    contacts: { active: 1, archived: 0, onTrack: 1, dueSoon: 0, drifting: 0, neverContacted: 0, paused: 0 },
    weeks: [
      { week: '2026-11-16', count: 2 },
      { week: '2026-11-23', count: 0 },
    ],
    channels: [{ via: 'call', count: 2 }],
    complaints: { open: 0, openArchived: 0, resolved: 0, averageDaysToResolve: null },
    referrers: [],
  };
  const ctx = (tty: boolean) => ({ stdoutIsTTY: tty, color: false, today: '2026-11-23' }) as Context;

  it('draws block bars on a terminal and # bars when piped', () => {
    expect(renderStats(view, ctx(true))).toContain('2026-11-16  ██  2\n2026-11-23    0\n');
    expect(renderStats(view, ctx(false))).toContain('2026-11-16  ##  2\n2026-11-23    0\n');
  });
});
