// The pure parts of rel today --review: which key does what, the screen drawn from plain data,
// the summary line, and how the walk moves through a list that changes under it.
import { describe, expect, it } from 'vitest';
import { Walk } from '../../src/commands/todayReview.js';
import type { RankedContact, Reason } from '../../src/domain/ranking.js';
import type { Conversation, Detail, Reminder } from '../../src/domain/records.js';
import { actionOf, REVIEW_LEGEND } from '../../src/ui/reviewKeys.js';
import { renderReviewScreen, reviewSummary, type ReviewPerson } from '../../src/ui/reviewScreen.js';
import type { Screen } from '../../src/ui/screen.js';

describe('actionOf', () => {
  it.each([
    [{ name: 'l' }, 'log'],
    [{ name: 'd' }, 'done'],
    [{ name: 's' }, 'snooze'],
    [{ name: 'p' }, 'pause'],
    [{ name: 'o' }, 'open'],
    [{ name: 'space' }, 'skip'],
    [{ name: 'n' }, 'skip'],
    [{ name: 'right' }, 'skip'],
    [{ name: 'u' }, 'undo'],
    [{ name: 'q' }, 'quit'],
    [{ name: 'escape' }, 'quit'],
    [{ name: 'escape', meta: true }, 'quit'],
    [{ name: 'c', ctrl: true }, 'quit'],
  ] as const)('%j is %s', (key, action) => {
    expect(actionOf(key)).toBe(action);
  });

  it.each([[{ name: 'x' }], [{ name: 'l', ctrl: true }], [{ name: 'q', meta: true }], [{ name: 'left' }], [{ sequence: 'é' }], [{ name: 'return' }]])('%j does nothing', (key) => {
    expect(actionOf(key)).toBeUndefined();
  });

  it('the legend names every key in one line', () => {
    expect(REVIEW_LEGEND).toBe('l log  d done  s snooze  p pause  o card  space/n/→ skip  u undo  q/esc quit');
  });
});

const reason = (kind: Reason['kind'], text: string, reminderId?: number): Reason => ({ kind, source: reminderId ? 'reminder' : 'cadence', date: '2026-11-20', days: -3, text, weight: 6000, reminderId });
const row = (contactId: number, name: string, reasons: Reason[] = [reason('drifting', 'last talked 40 days ago — every 30 days')]): RankedContact => ({
  contactId,
  name,
  score: 6000,
  reasons,
  talkedToday: false,
  setAside: false,
});

describe('renderReviewScreen', () => {
  const screen: Screen = { color: false, stdoutIsTTY: true, today: '2026-11-23' };
  const conversation: Conversation = { id: 7, people: [{ id: 1, name: 'Jane Doe' }, { id: 2, name: 'Tom Doe' }], happenedOn: '2026-11-01', via: 'call', note: 'catalog', complaint: false, resolvedOn: null, resolutionNote: null, createdAt: '' };
  const detail = (id: number, text: string, date: string | null = null): Detail => ({ id, contactId: 1, contactName: 'Jane Doe', text, date, yearly: false, createdAt: '' });
  const reminder: Reminder = { id: 3, contactId: 1, contactName: 'Jane Doe', text: 'send the catalog', dueOn: '2026-11-20', every: '1m', anchorDay: null, doneOn: null, snoozedUntil: null, conversationId: null, createdAt: '' };
  const jane: ReviewPerson = {
    row: { ...row(1, 'Jane Doe', [reason('follow-up', 'follow up: send the catalog — due 3 days ago', 3), reason('drifting', 'last talked 22 days ago — every 14 days')]), talkedToday: true },
    lastConversation: conversation,
    details: [detail(1, 'expecting her first baby', '2027-03'), detail(2, 'loves tulips')],
    followUps: [reminder],
    relations: [],
  };

  it('draws the person, their reasons, the key facts, the last action and the keys', () => {
    expect(renderReviewScreen({ person: jane, position: 2, total: 5, status: 'logged call with Jane Doe on 2026-11-23 (#8)' }, screen)).toBe(
      [
        'Monday 23 November 2026 — 2 of 5 to reach out to',
        '',
        'Jane Doe #1 — talked today',
        '  • follow up: send the catalog — due 3 days ago',
        '  • last talked 22 days ago — every 14 days',
        '',
        '  Last talked 2026-11-01 (22 days ago) call with Tom Doe: catalog [conversation 7]',
        '  Remember',
        '    expecting her first baby — March 2027 [detail 1]',
        '    loves tulips [detail 2]',
        '  Follow-ups',
        '    2026-11-20 (3 days ago): send the catalog (every 1m) [reminder 3]',
        '',
        'logged call with Jane Doe on 2026-11-23 (#8)',
        REVIEW_LEGEND,
        '',
      ].join('\n'),
    );
    // A large journal's list: its counts grouped, as rel today's first line has them.
    expect(renderReviewScreen({ person: jane, position: 1200, total: 4989, status: undefined }, screen)).toMatch(/^Monday 23 November 2026 — 1,200 of 4,989 to reach out to\n/);
  });

  it('says "never" for someone never talked to, shows relations when there are some, and leaves the rest to the card', () => {
    const details = Array.from({ length: 7 }, (_, i) => detail(i + 1, `fact ${i + 1}`));
    const text = renderReviewScreen({ person: { ...jane, lastConversation: undefined, details, followUps: [], relations: ['Tom Doe — husband'] }, position: 1, total: 1, status: undefined }, screen);
    expect(text).toContain('  Last talked never\n  Remember\n    fact 1 [detail 1]\n');
    expect(text).toContain('    fact 5 [detail 5]\n    … 2 more: o opens the card\n  Family and colleagues\n    Tom Doe — husband\n\n\n');
    expect(text).not.toContain('fact 6');
    expect(text).not.toContain('Follow-ups');
  });
});

describe('renderReviewScreen on a small terminal', () => {
  const screen: Screen = { color: false, stdoutIsTTY: true, today: '2026-11-23' };
  const reasons = [
    reason('follow-up', 'follow up: send the catalog — due 3 days ago', 3),
    reason('drifting', 'last talked 40 days ago — every 30 days'),
    reason('upcoming', 'birthday in 2 days'),
  ];
  const upTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
  const busy: ReviewPerson = {
    row: row(1, 'Jane Doe', reasons),
    lastConversation: undefined,
    details: upTo(7).map((i): Detail => ({ id: i, contactId: 1, contactName: 'Jane Doe', text: `fact ${i}`, date: null, yearly: false, createdAt: '' })),
    followUps: upTo(7).map((i): Reminder => ({ id: i, contactId: 1, contactName: 'Jane Doe', text: `call back ${i}`, dueOn: '2026-12-01', every: null, anchorDay: null, doneOn: null, snoozedUntil: null, conversationId: null, createdAt: '' })),
    relations: upTo(7).map((i) => `Relative ${i} — cousin`),
  };
  /** Rows the text takes with the cursor's last line, as a terminal `columns` wide shows it. */
  const rowsOf = (text: string, columns: number): number => text.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / columns)), 0);

  it('shows fewer lines of each kind until the screen fits, keeping the person, the reasons and the keys', () => {
    const frame = { person: busy, position: 1, total: 3, status: undefined };
    const tall = renderReviewScreen(frame, screen);
    expect(rowsOf(tall, 80)).toBeGreaterThan(24); // five of each kind: the name would scroll off
    const fitted = renderReviewScreen(frame, screen, { rows: 24, columns: 80 });
    expect(rowsOf(fitted, 80)).toBeLessThanOrEqual(24);
    expect(fitted).toMatch(/^Monday 23 November 2026 — 1 of 3 to reach out to\n\nJane Doe #1\n/);
    for (const r of reasons) expect(fitted).toContain(r.text);
    expect(fitted).toContain('    fact 1 [detail 1]\n');
    expect(fitted).toMatch(/… \d more: o opens the card/);
    expect(fitted.endsWith(`${REVIEW_LEGEND}\n`)).toBe(true);
    // A screen tall enough keeps the five of each kind.
    expect(renderReviewScreen(frame, screen, { rows: 60, columns: 80 })).toBe(tall);
  });

  it('then shows fewer reasons, the strongest first, when the lines of each kind are down to one', () => {
    const many = upTo(20).map((i) => reason('follow-up', `follow up: call back ${i} — due ${i} days ago`, i));
    const frame = { person: { ...busy, row: row(1, 'Jane Doe', many) }, position: 1, total: 3, status: undefined };
    const fitted = renderReviewScreen(frame, screen, { rows: 24, columns: 80 });
    expect(rowsOf(fitted, 80)).toBeLessThanOrEqual(24);
    expect(fitted).toMatch(/^Monday 23 November 2026 — 1 of 3 to reach out to\n\nJane Doe #1\n {2}• follow up: call back 1 — due 1 days ago\n/);
    expect(fitted).toMatch(/\n {2}… \d+ more reasons: o opens the card\n/);
    expect(fitted).not.toContain('call back 20 ');
    expect(renderReviewScreen(frame, screen)).toContain('call back 20 — due 20 days ago');
  });

  it('counts a line wrapped by a narrow screen as the rows it takes', () => {
    const frame = { person: { ...busy, followUps: [], relations: [] }, position: 1, total: 3, status: undefined };
    const narrow = renderReviewScreen(frame, screen, { rows: 20, columns: 40 });
    expect(rowsOf(narrow, 40)).toBeLessThanOrEqual(20);
    expect(renderReviewScreen(frame, screen, { rows: 20, columns: 200 })).toContain('fact 5 [detail 5]');
  });
});

describe('reviewSummary', () => {
  const none = { reviewed: 0, logged: 0, done: 0, snoozed: 0, paused: 0, skipped: 0 };
  it.each([
    [{ ...none, reviewed: 5, logged: 2, done: 1, snoozed: 1, skipped: 1 }, undefined, 'reviewed 5: logged 2, done 1, snoozed 1, skipped 1'],
    [{ ...none, reviewed: 1, paused: 1 }, undefined, 'reviewed 1: paused 1'],
    [none, undefined, 'reviewed no one'],
    [{ ...none, reviewed: 2, logged: 2 }, 0, "reviewed 2: logged 2; no one left on today's list"],
    [{ ...none, reviewed: 2, skipped: 2 }, 2, "reviewed 2: skipped 2; 2 still on today's list"],
  ])('%j (still on the list when it ran out: %s) → %s', (tally, left, line) => {
    expect(reviewSummary(tally, left)).toBe(line);
  });
});

describe('Walk', () => {
  const [a, b, c] = [row(1, 'Ann'), row(2, 'Bob'), row(3, 'Cy')];

  it('starts at the top and skips to the next person not reviewed', () => {
    const walk = new Walk();
    expect(walk.next([a, b, c])).toBe(a);
    expect(walk.position([a, b, c])).toEqual({ position: 1, total: 3 });
    walk.skip();
    expect(walk.next([a, b, c])).toBe(b);
    expect(walk.position([a, b, c])).toEqual({ position: 2, total: 3 });
    walk.skip();
    walk.skip(); // nobody on screen: nothing more to skip
    expect(walk.next([a, b, c])).toBe(c);
    walk.skip();
    expect(walk.next([a, b, c])).toBeUndefined();
    expect(walk.tally()).toEqual({ reviewed: 3, logged: 0, done: 0, snoozed: 0, paused: 0, skipped: 3 });
  });

  it('stays on a person acted on while they are on the list, and moves on once they leave it', () => {
    const walk = new Walk();
    walk.next([a, b, c]);
    walk.acted.push({ kind: 'logged', contactId: 1, changeId: 10 });
    expect(walk.next([a, b, c])).toBe(a);
    expect(walk.position([a, b, c])).toEqual({ position: 1, total: 3 });
    walk.acted.push({ kind: 'done', contactId: 1, changeId: 11 });
    expect(walk.next([b, c])).toBe(b);
    expect(walk.position([b, c])).toEqual({ position: 2, total: 3 });
    // Someone new on the list (a limited list moves up) counts in the total.
    const d = row(4, 'Di');
    expect(walk.position([b, c, d])).toEqual({ position: 2, total: 4 });
    expect(walk.tally()).toEqual({ reviewed: 1, logged: 1, done: 1, snoozed: 0, paused: 0, skipped: 0 });
  });

  it('after an undo, shows the person of the action taken back, no longer counted', () => {
    const walk = new Walk();
    walk.next([a, b]);
    walk.acted.push({ kind: 'snoozed', contactId: 1, changeId: 10 });
    walk.skip();
    expect(walk.next([b])).toBe(b);
    walk.forgetLast();
    expect(walk.next([a, b])).toBe(a);
    expect(walk.tally()).toEqual({ reviewed: 0, logged: 0, done: 0, snoozed: 0, paused: 0, skipped: 0 });
    walk.forgetLast(); // nothing left to forget
    expect(walk.next([a, b])).toBe(a);
  });

  it('counts a person both acted on and skipped once, by the action', () => {
    const walk = new Walk();
    walk.next([a, b]);
    walk.acted.push({ kind: 'logged', contactId: 1, changeId: 10 });
    walk.skip();
    expect(walk.next([a, b])).toBe(b);
    expect(walk.tally()).toEqual({ reviewed: 1, logged: 1, done: 0, snoozed: 0, paused: 0, skipped: 0 });
  });
});
