// rel export all --rescue: the export all document of what can still be read of a damaged journal
// with no backup to bring back (src/store/rescue.ts), then on stderr what could not be read and
// how to restore the rest. rel doctor's fix leads here.
import type { Writable } from 'node:stream';
import type { Context } from '../context.js';
import type { NumberedRecord } from '../domain/records.js';
import type { Journal } from '../store/journal.js';
import { lostAnything, rescueJournal, UNNAMED, type IdRange, type RescueLosses } from '../store/rescue.js';
import { isoInstant } from '../store/journal.js';
import { isDamage } from '../store/journalAccess.js';
import { rhythmSettingsOf } from '../store/rhythm.js';
import { peopleOf } from './export.js';

/** One read transaction, as export all: every list sees the journal as it stood when the rescue began. */
export async function exportRescue(j: Journal, out: Writable, ctx: Context): Promise<void> {
  const { writeJournalDocument } = await import('../formats/journalJson.js');
  j.db.exec('BEGIN');
  try {
    const rescued = rescueJournal(j, { today: ctx.today, at: isoInstant(ctx.now) });
    const names = new Map(rescued.contacts.map((c) => [c.id, c.name]));
    const withReferrers = rescued.contacts.map((contact) => ({ contact, referrerName: contact.referredBy === null ? null : (names.get(contact.referredBy) ?? null) }));
    const contacts = peopleOf(rhythmSettingsOf(rescued.settings.cadence, rescued.tags), withReferrers, ctx.today);
    await writeJournalDocument(out, { ...rescued, contacts });
    ctx.err.write(rescueReport(rescued.losses));
  } finally {
    endRead(j);
  }
}

/** Ends the read: after a damaged page SQLite's COMMIT says so again, and the transaction is over. */
function endRead(j: Journal): void {
  try {
    j.db.exec('COMMIT');
  } catch (error) {
    if (!isDamage(error)) throw error;
  }
}

const RESTORE_IT = 'restore it into a new journal with rel --db NEW.db import rescue.json (the file you saved), then use that one (--db or REL_DB)';

const KIND_WORDS: Record<NumberedRecord, string> = { contacts: 'people', conversations: 'conversations', details: 'details', reminders: 'follow-ups', relations: 'relations' };

const LIST_WORDS: Record<RescueLosses['lists'][number], string> = { tags: "the tags' cadences", settings: 'the settings (rel config)', highestIds: 'the highest ids given' };

/** Ranges shown at most, per kind. */
const RANGES_SHOWN = 5;

/** What the rescue holds, what it lost, and what to do next. */
export function rescueReport(losses: RescueLosses): string {
  if (!lostAnything(losses)) return `note: every record was read: the rescue holds the whole journal; ${RESTORE_IT}\n`;
  const lines = Object.entries(losses.unreadable)
    .filter(([, ranges]) => ranges.length > 0)
    .map(([kind, ranges]) => `${KIND_WORDS[kind as NumberedRecord]} ${rangesText(ranges)}: on damaged pages, not read${kind === 'contacts' ? rebuiltText(losses.rebuilt) : ''}`);
  const leftOut = Object.entries(losses.leftOut).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${KIND_WORDS[kind as NumberedRecord]}`);
  if (leftOut.length > 0) lines.push(`${leftOut.join(', ')}: left out, as they were of people not read`);
  if (losses.referrersCleared > 0) lines.push(`${losses.referrersCleared} ${losses.referrersCleared === 1 ? 'referrer' : 'referrers'} cleared: the person who referred them was not read`);
  for (const list of losses.lists) lines.push(`${LIST_WORDS[list]}: on damaged pages, not read`);
  return `rel: warning: the rescue holds all that could be read of the journal, except:\n${lines.map((l) => `  ${l}\n`).join('')}${RESTORE_IT}\n`;
}

/** What became of the people not read: rebuilt from the search index, with their records. */
function rebuiltText({ named, unnamed }: RescueLosses['rebuilt']): string {
  const count = named.length + unnamed.length;
  if (count === 0) return '';
  const who = count === 1 ? 'the person' : `the ${count} people`;
  const nameless = unnamed.length === 0 ? '' : ` (${unnamed.length} with no name left: ${JSON.stringify(UNNAMED(unnamed[0]!))}${unnamed.length > 1 ? ' and the like' : ''})`;
  return `; ${who} there kept by the name, emails and phones the search index holds${nameless}, with their conversations, details and follow-ups; the rest of their cards is lost`;
}

function rangesText(ranges: readonly IdRange[]): string {
  const shown = ranges.slice(0, RANGES_SHOWN).map((r) => (r.from === r.to ? `#${r.from}` : `#${r.from}–#${r.to}`));
  const more = ranges.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more ${more === 1 ? 'range' : 'ranges'}` : ''}`;
}
