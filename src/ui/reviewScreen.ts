// The screens of rel today --review: one person of the morning list with the card's key facts,
// their full card, and the line that sums the review up. Drawn from what the command hands over.
import type { RankedContact } from '../domain/ranking.js';
import type { Conversation, Detail, Reminder } from '../domain/records.js';
import { conversationLine, detailLine, followUpLine, renderCard, type Card } from './card.js';
import { REVIEW_LEGEND } from './reviewKeys.js';
import type { Screen } from './screen.js';
import type { ScreenSize } from './terminal.js';
import { visibleWidth } from './textWidth.js';
import { formatCount, hangingIndent, makeStyle, type Style } from './style.js';
import { longDate, personBlock } from './todayView.js';

/** A person of the list, with what the card says first. */
export interface ReviewPerson {
  row: RankedContact;
  lastConversation: Conversation | undefined;
  details: Detail[];
  /** Open follow-ups, soonest first. */
  followUps: Reminder[];
  /** Family and colleagues, one line each as the card words them (issue 13, item 2 fills it). */
  relations: string[];
}

export interface ReviewFrame {
  person: ReviewPerson;
  /** Which person this is, of the people reviewed so far plus those still on the list. */
  position: number;
  total: number;
  /** What the last key did ("done: send the quote — Fiona"), or why it did nothing. */
  status: string | undefined;
}

/** Lines of one kind shown at most, fewer on a small screen; the card (o) has them all. */
const MOST_LINES = 5;

function block(title: string, items: string[], most: number, s: Style): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, most).map((item) => `    ${hangingIndent(item, '      ')}`);
  if (items.length > most) shown.push(s.dim(`    … ${items.length - most} more: o opens the card`));
  return [`  ${s.bold(title)}`, ...shown];
}

/**
 * The screen of one person, fitted to `size` when given, so that their name stays at the top of
 * an 80×24 terminal: fewer lines of each kind first, down to one, then fewer reasons, the
 * strongest kept (the list is ranked by them).
 */
export function renderReviewScreen(frame: ReviewFrame, ctx: Screen, size?: ScreenSize): string {
  const fits = (text: string): boolean => size === undefined || rowsTaken(text, size.columns) <= size.rows;
  const reasons = frame.person.row.reasons.length;
  for (let most = MOST_LINES; most > 1; most--) {
    const text = reviewLines(frame, ctx, most, reasons);
    if (fits(text)) return text;
  }
  for (let shown = reasons; shown > 1; shown--) {
    const text = reviewLines(frame, ctx, 1, shown);
    if (fits(text)) return text;
  }
  return reviewLines(frame, ctx, 1, 1);
}

/** The rows `text` takes on a screen `columns` wide, its long lines wrapped, the line the cursor ends on included. */
function rowsTaken(text: string, columns: number): number {
  return text.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(visibleWidth(line) / columns)), 0);
}

/** The screen with at most `most` lines of each kind and the first `reasons` reasons. */
function reviewLines(frame: ReviewFrame, ctx: Screen, most: number, reasons: number): string {
  const s = makeStyle(ctx.color);
  const { person } = frame;
  const left = person.row.reasons.length - reasons;
  const last = person.lastConversation ? conversationLine(person.lastConversation, person.row.contactId, ctx, s) : 'never';
  const lines = [
    `${s.bold(longDate(ctx.today))} — ${formatCount(frame.position)} of ${formatCount(frame.total)} to reach out to`,
    '',
    ...personBlock(left > 0 ? { ...person.row, reasons: person.row.reasons.slice(0, reasons) } : person.row, s),
    ...(left > 0 ? [s.dim(`  … ${left} more ${left === 1 ? 'reason' : 'reasons'}: o opens the card`)] : []),
    '',
    `  ${s.bold('Last talked')} ${hangingIndent(last, '    ')}`,
    ...block('Remember', person.details.map((d) => detailLine(d, s)), most, s),
    ...block('Follow-ups', person.followUps.map((r) => followUpLine(r, ctx, s)), most, s),
    ...block('Family and colleagues', person.relations, most, s),
    '',
    frame.status ?? '',
    s.dim(REVIEW_LEGEND),
  ];
  return `${lines.join('\n')}\n`;
}

/** The full card, as rel show draws it, until any key. */
export function renderCardScreen(card: Card, ctx: Screen): string {
  return `${renderCard(card, ctx)}\n${makeStyle(ctx.color).dim('any key goes back to the review')}\n`;
}

export interface ReviewTally {
  /** People acted on or skipped. */
  reviewed: number;
  logged: number;
  done: number;
  snoozed: number;
  paused: number;
  /** People passed over without an action. */
  skipped: number;
}

/**
 * "reviewed 5: logged 2, done 1, snoozed 1, skipped 1"; `left`, when everyone on the list was
 * reviewed, is how many are still on it (skipped ones stay, as rel today lists them): "no one left
 * on today's list" only when none are.
 */
export function reviewSummary(tally: ReviewTally, left?: number): string {
  const counts = (['logged', 'done', 'snoozed', 'paused', 'skipped'] as const).filter((key) => tally[key] > 0).map((key) => `${key} ${tally[key]}`);
  const summary = tally.reviewed === 0 ? 'reviewed no one' : `reviewed ${tally.reviewed}: ${counts.join(', ')}`;
  if (left === undefined) return summary;
  return `${summary}; ${left === 0 ? "no one left on today's list" : `${left} still on today's list`}`;
}
