// The person's card as people read it (rel show).
import type { Contact, Conversation, Detail, Reminder } from '../domain/records.js';
import type { Context } from '../context.js';
import { readStoredDate } from '../domain/dateInput.js';
import { monthName } from '../domain/calendar.js';
import type { Reason } from '../domain/ranking.js';
import type { Duration } from '../domain/duration.js';
import { makeStyle, showDay } from './style.js';
import { describeEvery } from '../domain/duration.js';

export interface Card {
  contact: Contact;
  referredBy: { id: number; name: string } | null;
  referrals: Array<{ id: number; name: string }>;
  details: Detail[];
  reminders: Reminder[];
  conversations: Conversation[];
  openComplaints: Conversation[];
  /** Dates in the coming year, worded as rel today words them. */
  upcoming: Reason[];
  rhythm: { lastContact: string | null; nextDue: string; cadence: Duration; cadenceSource: 'contact' | 'tag' | 'default' };
}

/** '--03-15' → "15 March", '2027-03' → "March 2027", a day stays ISO. */
export function describeStoredDate(stored: string): string {
  const value = readStoredDate(stored);
  if (value.kind === 'yearless') {
    const [month, day] = value.monthDay.split('-').map(Number);
    return `${day} ${monthName(month ?? 1)}`;
  }
  if (value.kind === 'month') {
    const [year, month] = value.month.split('-').map(Number);
    return `${monthName(month ?? 1)} ${year}`;
  }
  return value.day;
}

function factLines(c: Contact): Array<[string, string]> {
  const facts: Array<[string, string | null | undefined]> = [
    ['company', [c.role, c.company].filter(Boolean).join(' at ') || null],
    ['email', c.emails.join(', ') || null],
    ['phone', c.phones.join(', ') || null],
    ['birthday', c.birthday && describeStoredDate(c.birthday)],
    ['customer since', c.customerSince],
    ['met', c.met],
    ['also known as', c.aliases.join(', ') || null],
    ['tags', c.tags.join(', ') || null],
    ['paused until', c.pausedUntil],
  ];
  return facts.filter((f): f is [string, string] => typeof f[1] === 'string' && f[1] !== '');
}

export function renderCard(card: Card, ctx: Context): string {
  const s = makeStyle(ctx.color);
  const tty = ctx.stdoutIsTTY;
  const day = (d: string) => showDay(d, ctx.today, tty);
  const { contact } = card;
  const lines: string[] = [`${s.bold(contact.name)} ${s.dim(`#${contact.id}`)}${contact.archived ? s.yellow(' (archived)') : ''}`];
  for (const [label, value] of factLines(contact)) lines.push(`  ${s.dim(`${label}:`)} ${value}`);
  if (card.referredBy) lines.push(`  ${s.dim('referred by:')} ${card.referredBy.name} (#${card.referredBy.id})`);
  if (card.referrals.length > 0) lines.push(`  ${s.dim('referred:')} ${card.referrals.map((r) => `${r.name} (#${r.id})`).join(', ')}`);
  const { lastContact, nextDue, cadence } = card.rhythm;
  const last = lastContact === null ? 'never talked' : `last talked ${day(lastContact)}`;
  lines.push(`  ${s.dim('rhythm:')} ${last}; ${describeEvery(cadence)}, next ${nextDue < ctx.today ? s.red(`due ${day(nextDue)}`) : day(nextDue)}`);

  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push('', s.bold(title), ...items.map((i) => `  ${i}`));
  };
  section(
    'Coming up',
    card.upcoming.map((r) => `${r.month ? describeStoredDate(r.month) : r.date}: ${r.text}`),
  );
  section(
    'Remember',
    card.details.map((d) => `${d.text}${d.date ? ` — ${describeStoredDate(d.date)}${d.yearly ? ', every year' : ''}` : ''} ${s.dim(`[detail ${d.id}]`)}`),
  );
  section(
    'Follow-ups',
    card.reminders.map((r) => `${day(r.dueOn)}: ${r.text}${r.every ? ` (every ${r.every})` : ''}${r.snoozedUntil && r.snoozedUntil > ctx.today ? ` (snoozed until ${r.snoozedUntil})` : ''} ${s.dim(`[reminder ${r.id}]`)}`),
  );
  section(
    'Open complaints',
    card.openComplaints.map((v) => `${day(v.happenedOn)}: ${v.note ?? '(no note)'} ${s.dim(`[resolve with: rel resolve ${v.id}]`)}`),
  );
  section(
    'Last conversations',
    card.conversations.map((v) => `${day(v.happenedOn)}${v.via ? ` ${v.via}` : ''}${v.complaint ? s.red(v.resolvedOn ? ' complaint (resolved)' : ' complaint') : ''}: ${v.note ?? ''}`),
  );
  if (card.conversations.length === 0) lines.push('', s.dim(`No conversations yet. Log one: rel add "${contact.name}" --note "..."`));
  return `${lines.join('\n')}\n`;
}
