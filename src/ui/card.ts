// The person's card as people read it (rel show).
import type { Contact, Conversation, Detail, Reminder } from '../domain/records.js';
import { relativeLabel, type Relative } from '../domain/relations.js';
import type { Screen } from './screen.js';
import type { Reason } from '../domain/ranking.js';
import type { Rhythm, RhythmStatus } from '../domain/rhythm.js';
import { commandWord, dueWords, hangingIndent, makeStyle, showDay, type Style } from './style.js';
import { isPaused } from '../domain/cadence.js';
import { describeEvery } from '../domain/duration.js';
import { dueOfReminder } from '../domain/followUpDue.js';
import { followUpNotes } from './followUpNotes.js';
import { describeDetailDate, describeStoredDate } from './storedDates.js';

export interface Card {
  contact: Contact;
  referredBy: { id: number; name: string } | null;
  referrals: Array<{ id: number; name: string }>;
  /** Family and colleagues, each as this person's: "Tom Doe — husband". */
  relatives: Relative[];
  /** Who among the people above is archived: each is marked so, as rel list and the referral tree mark them. */
  archivedPeople: ReadonlySet<number>;
  details: Detail[];
  reminders: Reminder[];
  conversations: Conversation[];
  /** Whether they have conversations older than those the card shows. */
  olderConversations: boolean;
  openComplaints: Conversation[];
  /** Dates in the coming year, worded as rel today words them. */
  upcoming: Reason[];
  /** Dated details just gone by, which rel today lists to ask how it went. */
  justPast: Reason[];
  rhythm: Rhythm;
}

/** " with Tom Doe, Bob Lee": the others a conversation on this person's card was with. */
function withOthers(v: Conversation, cardOf: number): string {
  const others = v.people.filter((p) => p.id !== cardOf).map((p) => p.name);
  return others.length === 0 ? '' : ` with ${others.join(', ')}`;
}

/** Said after the rhythm line when it is news: on track and never contacted speak for themselves. */
const STATUS_NOTE: Partial<Record<RhythmStatus, string>> = { dueSoon: 'due soon', drifting: 'drifting', paused: 'paused', archived: 'archived' };

/** The card's facts; a pause over by `today` is no fact of theirs any more (the rhythm line says they are not paused). */
function factLines(c: Contact, today: string): Array<[string, string]> {
  const facts: Array<[string, string | null | undefined]> = [
    // "CEO at Acme" under company; a role alone is no company.
    c.company ? ['company', [c.role, c.company].filter(Boolean).join(' at ')] : ['role', c.role],
    ['email', c.emails.join(', ') || null],
    ['phone', c.phones.join(', ') || null],
    ['birthday', c.birthday && describeStoredDate(c.birthday)],
    ['customer since', c.customerSince],
    ['met', c.met],
    ['also known as', c.aliases.join(', ') || null],
    ['tags', c.tags.join(', ') || null],
    ['paused until', isPaused(c.pausedUntil, today) ? c.pausedUntil : null],
  ];
  return facts.filter((f): f is [string, string] => typeof f[1] === 'string' && f[1] !== '');
}

// One line per record, as the card lists them (the morning review shows the same lines).

export function detailLine(d: Detail, s: Style): string {
  return `${d.text}${d.date ? ` — ${describeDetailDate(d.date, d.yearly)}` : ''} ${s.dim(`[detail ${d.id}]`)}`;
}

/** An open follow-up on the day it is due (its snooze day, if put off: as rel today counts it), a done one on its own. */
export function followUpLine(r: Reminder, ctx: Screen, s: Style): string {
  const due = r.doneOn ? r.dueOn : dueOfReminder(r);
  const notes = followUpNotes(r, due);
  return `${showDay(due, ctx.today, ctx.stdoutIsTTY)}: ${r.text}${notes ? ` (${notes})` : ''} ${s.dim(`[reminder ${r.id}]`)}`;
}


/** A conversation as `cardOf`'s card shows it: the others who were there named. */
export function conversationLine(v: Conversation, cardOf: number, ctx: Screen, s: Style): string {
  // How it was put right, before a meeting with them: the day and the note of rel resolve.
  const resolved = v.resolvedOn && ` complaint (resolved ${showDay(v.resolvedOn, ctx.today, ctx.stdoutIsTTY)}${v.resolutionNote ? `: ${v.resolutionNote}` : ''})`;
  const complaint = v.complaint ? s.red(resolved || ' complaint') : '';
  return `${showDay(v.happenedOn, ctx.today, ctx.stdoutIsTTY)}${v.via ? ` ${v.via}` : ''}${withOthers(v, cardOf)}${complaint}: ${v.note ? `${v.note} ` : ''}${s.dim(`[conversation ${v.id}]`)}`;
}

/** "Tom Doe (#2)", "Tom Doe (#2, archived)": someone on the card, by name and id. */
function personOnCard(person: { id: number; name: string }, archived: ReadonlySet<number>): string {
  return `${person.name} (#${person.id}${archived.has(person.id) ? ', archived' : ''})`;
}

/** "Tom Doe (#2) — husband"; someone not in the journal by name alone. */
export function relativeLine(r: Relative, archived: ReadonlySet<number>): string {
  return `${r.person.id === null ? r.person.name : personOnCard({ id: r.person.id, name: r.person.name }, archived)} — ${relativeLabel(r)}`;
}

export function renderCard(card: Card, ctx: Screen): string {
  const s = makeStyle(ctx.color);
  const tty = ctx.stdoutIsTTY;
  const day = (d: string) => showDay(d, ctx.today, tty);
  const { contact } = card;
  const lines: string[] = [`${s.bold(contact.name)} ${s.dim(`#${contact.id}`)}${contact.archived ? s.yellow(' (archived)') : ''}`];
  for (const [label, value] of factLines(contact, ctx.today)) lines.push(`  ${s.dim(`${label}:`)} ${hangingIndent(value, '    ')}`);
  if (card.referredBy) lines.push(`  ${s.dim('referred by:')} ${personOnCard(card.referredBy, card.archivedPeople)}`);
  if (card.referrals.length > 0) lines.push(`  ${s.dim('referred:')} ${card.referrals.map((r) => personOnCard(r, card.archivedPeople)).join(', ')}`);
  const { lastContactOn, dueOn, cadence, status } = card.rhythm;
  const last = lastContactOn === null ? 'never talked' : `last talked ${day(lastContactOn)}`;
  const note = STATUS_NOTE[status];
  const next = dueOn === null ? 'nothing due until you first talk (imported)' : `${describeEvery(cadence)}, ${dueWords(status, dueOn, ctx.today, day(dueOn), s)}`;
  lines.push(`  ${s.dim('rhythm:')} ${last}; ${next}${note ? ` (${note})` : ''}`);

  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    // A note of several lines keeps its breaks, each further line indented under the record's.
    lines.push('', s.bold(title), ...items.map((i) => `  ${hangingIndent(i, '    ')}`));
  };
  section(
    'Family and colleagues',
    card.relatives.map((r) => relativeLine(r, card.archivedPeople)),
  );
  // A month-only detail's text names its month already ("baby due in March 2027", "… this month").
  const dated = (r: Reason) => (r.month ? r.text : `${r.date}: ${r.text}`);
  section('Just gone by', card.justPast.map(dated));
  section(
    'Coming up',
    card.upcoming.map(dated),
  );
  section('Remember', card.details.map((d) => detailLine(d, s)));
  section('Follow-ups', card.reminders.map((r) => followUpLine(r, ctx, s)));
  section(
    'Open complaints',
    card.openComplaints.map((v) => `${day(v.happenedOn)}${withOthers(v, contact.id)}: ${v.note ?? '(no note)'} ${s.dim(`[resolve with: rel resolve ${v.id}]`)}`),
  );
  section(
    'Last conversations',
    card.conversations.map((v) => conversationLine(v, contact.id, ctx, s)),
  );
  if (card.olderConversations) lines.push(s.dim(`  … older ones: rel log ${commandWord(contact.name)}`));
  if (card.conversations.length === 0) lines.push('', s.dim(`No conversations yet. Log one: rel add ${commandWord(contact.name)} --note "..."`));
  return `${lines.join('\n')}\n`;
}
