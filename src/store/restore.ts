// Restoring a `rel export all` document: every record with its id and stored times, so that
// export all → import → export all gives the same bytes (SPEC §5). Only into an empty journal:
// merging someone's whole journal into another would clash on ids and mix two histories.
import { normalizeName } from '../domain/names.js';
import { phoneKey } from '../domain/phoneNumbers.js';
import { RelError } from '../errors.js';
import type { JournalDocument } from '../domain/records.js';
import { keepIdsGiven } from './idsGiven.js';
import type { Journal } from './journal.js';
import { rhythmMoved } from './rhythm.js';
import { peopleInJournal } from './statusCounts.js';
import { restoreRelation } from './relations.js';
import { everyColumn } from './reminders.js';
import { addPeopleInBulk } from './undoLog.js';

/** How many rows the journal holds that a restore would have to merge with. */
export function journalRowCount(j: Journal): number {
  return j.stmt<[], { n: number }>('SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM tags) + (SELECT count(*) FROM settings) AS n').get()!.n;
}

export function documentSize(doc: JournalDocument): number {
  return doc.contacts.length + doc.conversations.length + doc.details.length + doc.reminders.length;
}

/**
 * Refuses a whole journal (`file`) for a journal that is not empty: the restore, and its dry run.
 * `argument` is how the command line named it, for the command that would work (`-` for stdin).
 */
export function refuseUnlessEmpty(j: Journal, file: string, argument = file): void {
  if (journalRowCount(j) === 0) return;
  const existing = peopleInJournal(j);
  throw new RelError(
    `${file} is a whole journal, and it restores only into an empty one; ${j.path} already has ${existing === 0 ? 'settings or tag cadences' : existing === 1 ? '1 contact' : `${existing} contacts`}. Import it into a new journal: rel --db NEW.db import ${argument}`,
  );
}

/** Writes the document. Call inside journal.write(); `file` names it in the error, as `argument` on the command line. */
export function restoreJournal(j: Journal, doc: JournalDocument, file: string, argument: string, onProgress?: (done: number) => void): void {
  refuseUnlessEmpty(j, file, argument);
  // A contact may name a referrer with a higher id: check the references at commit instead.
  j.db.pragma('defer_foreign_keys = ON');
  addPeopleInBulk(j);
  let done = 0;
  const tick = () => onProgress?.(++done);
  insertContacts(j, doc, tick);
  const conversation = j.stmt(
    'INSERT INTO conversations (id, contact_id, happened_on, via, note, complaint, resolved_on, resolution_note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const person = j.stmt('INSERT INTO conversation_people (conversation_id, contact_id, position, happened_on) VALUES (?, ?, ?, ?)');
  for (const v of doc.conversations) {
    conversation.run(v.id, v.people[0], v.happenedOn, v.via, v.note, v.complaint ? 1 : 0, v.resolvedOn, v.resolutionNote, v.createdAt);
    v.people.forEach((contactId, position) => person.run(v.id, contactId, position, v.happenedOn));
    tick();
  }
  const detail = j.stmt('INSERT INTO details (id, contact_id, text, date, yearly, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const d of doc.details) {
    detail.run(d.id, d.contactId, d.text, d.date, d.yearly ? 1 : 0, d.createdAt);
    tick();
  }
  const reminder = j.stmt('INSERT INTO reminders (id, contact_id, text, due_on, every, done_on, snoozed_until, created_at, conversation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const r of doc.reminders) {
    reminder.run(r.id, r.contactId, r.text, r.dueOn, everyColumn(r.every, r.anchorDay), r.doneOn, r.snoozedUntil, r.createdAt, r.conversationId);
    tick();
  }
  for (const r of doc.relations) restoreRelation(j, r);
  const tag = j.stmt('INSERT INTO tags (tag, cadence) VALUES (?, ?)');
  for (const t of doc.tags) tag.run(t.tag, t.cadence);
  const setting = j.stmt('INSERT INTO settings (key, value) VALUES (?, ?)');
  for (const [key, value] of Object.entries(doc.settings)) setting.run(key, value);
  // The counters as high as the document's journal had them (each row above set its table's to its id).
  keepIdsGiven(j, doc.highestIds);
  // Written with their own statements: the stored rhythm of everyone, from the domain, at commit.
  rhythmMoved(j, 'everyone', 'recount');
}

function insertContacts(j: Journal, doc: JournalDocument, tick: () => void): void {
  const contact = j.stmt(
    `INSERT INTO contacts (id, name, name_key, company, role, birthday, customer_since, cadence, met, referred_by, archived, paused_until, imported, created_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const email = j.stmt('INSERT OR IGNORE INTO contact_emails (contact_id, email, position) VALUES (?, ?, ?)');
  const phone = j.stmt('INSERT OR IGNORE INTO contact_phones (contact_id, phone, position, phone_key) VALUES (?, ?, ?, ?)');
  const alias = j.stmt('INSERT OR IGNORE INTO contact_aliases (contact_id, alias, alias_key) VALUES (?, ?, ?)');
  const tag = j.stmt('INSERT OR IGNORE INTO contact_tags (contact_id, tag) VALUES (?, ?)');
  for (const c of doc.contacts) {
    contact.run(c.id, c.name, normalizeName(c.name), c.company, c.role, c.birthday, c.customerSince, c.cadence, c.met, c.referredBy, c.archived ? 1 : 0, c.pausedUntil, c.imported ? 1 : 0, c.createdOn, c.createdAt, c.updatedAt);
    c.emails.forEach((e, i) => email.run(c.id, e, i));
    c.phones.forEach((p, i) => phone.run(c.id, p, i, phoneKey(p)));
    for (const a of c.aliases) alias.run(c.id, a, normalizeName(a));
    for (const t of c.tags) tag.run(c.id, t);
    tick();
  }
}
