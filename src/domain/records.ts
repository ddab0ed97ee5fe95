// The records of the journal, as every layer sees them: the store converts its rows to these at
// its boundary; commands, formats and the screen use them and never a row.
import type { Day } from './calendar.js';
import type { Channel } from './channels.js';
import type { NamedContact } from './names.js';
import type { RelationKind } from './relations.js';

/** A reference to a person: wherever one record points at another. */
export interface PersonRef {
  id: number;
  name: string;
}

export interface Contact extends NamedContact {
  id: number;
  name: string;
  company: string | null;
  role: string | null;
  birthday: string | null; // 'YYYY-MM-DD' or '--MM-DD'
  customerSince: string | null;
  cadence: string | null;
  met: string | null;
  referredBy: number | null;
  archived: boolean;
  pausedUntil: Day | null;
  /** The day of the latest conversation, kept by the store with the rhythm. */
  lastContactOn: Day | null;
  /** Came in through an import rather than added by hand (see RhythmFacts.imported). */
  imported: boolean;
  createdOn: Day;
  createdAt: string;
  updatedAt: string;
  emails: string[];
  phones: string[];
  aliases: string[];
  tags: string[];
}

export interface ContactFields {
  name?: string;
  company?: string | null;
  role?: string | null;
  birthday?: string | null;
  customerSince?: string | null;
  cadence?: string | null;
  met?: string | null;
  referredBy?: number | null;
  archived?: boolean;
  pausedUntil?: string | null;
  /** Set by imports only. */
  imported?: boolean;
}

export interface Conversation {
  id: number;
  /** Everyone it was with, in the order named: never empty. */
  people: PersonRef[];
  happenedOn: Day;
  via: Channel | null;
  note: string | null;
  complaint: boolean;
  resolvedOn: Day | null;
  resolutionNote: string | null;
  createdAt: string;
}

export interface NewConversation {
  /** Everyone it was with (contact ids), in the order named: never empty. */
  people: number[];
  happenedOn: Day;
  via: Channel | null;
  note: string | null;
  complaint: boolean;
}

export interface Detail {
  id: number;
  contactId: number;
  contactName: string;
  text: string;
  date: string | null; // 'YYYY-MM-DD', 'YYYY-MM' or '--MM-DD'
  yearly: boolean;
  createdAt: string;
}

export interface Reminder {
  id: number;
  contactId: number;
  contactName: string;
  text: string;
  dueOn: Day;
  /** A recurrence such as '1m'; null for a one-off. */
  every: string | null;
  /**
   * The day of the month a monthly or yearly series keeps while its due day is one a shorter month
   * shortened (31 on 28 February); null when the due day is the anchor's own (see recurrence.ts).
   */
  anchorDay: number | null;
  doneOn: Day | null;
  snoozedUntil: Day | null;
  /**
   * The conversation the follow-up was made from, its text that conversation's (rel add, migration
   * 0037); null for one given its own. It may name a conversation deleted since: ids are never reused.
   */
  conversationId: number | null;
  createdAt: string;
}

/** Where snippet() marks a match: control characters that never occur in what people type. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export type SearchKind = 'contact' | 'conversation' | 'detail' | 'reminder' | 'email' | 'phone';

export interface SearchHit {
  kind: SearchKind;
  /** The id in the kind's table (for a contact, an email or a phone, the contact's id). */
  id: number;
  contactId: number;
  contactName: string;
  archived: boolean;
  /** A stretch of the text around the match, the matched words between MARK_START and MARK_END. */
  snippet: string;
  /** Conversation day, detail date (as stored: 'YYYY-MM-DD', 'YYYY-MM' or '--MM-DD'), reminder due day. */
  date: string | null;
  via: Channel | null;
  complaint: boolean;
  done: boolean;
}

// The shape every contact importer (vCard, Google/Outlook/rel CSV) produces and `rel import`
// stores: plain values, already checked, with the place it came from for messages.
export interface ImportSource {
  file: string;
  /** The line the record starts on (a vCard's BEGIN line, a CSV record's first line). */
  line: number;
}

export interface ImportedContact {
  name: string;
  /**
   * rel's own id for the contact, from the `id` column of its CSV or the UID `rel-contact-12@rel`
   * of its vCards: who the contact is in the journal that exported them (importPlan.ts says when
   * it is believed).
   */
  relId?: number;
  /** A vCard's UID other than rel's own: it tells the cards of one file apart. */
  uid?: string;
  emails: string[];
  phones: string[];
  company?: string;
  role?: string;
  /** 'YYYY-MM-DD', or '--MM-DD' when the year is not known. */
  birthday?: string;
  /** 'YYYY-MM-DD'. */
  customerSince?: string;
  /** A keep-in-touch duration such as '2w' (rel's own CSV only). */
  cadence?: string;
  met?: string;
  /** The referrer's name, resolved against the journal by the importer. */
  referredBy?: string;
  /** The referrer's rel id (rel's own CSV): their record in the same file, or the journal's person of that id and name. */
  referredById?: number;
  aliases: string[];
  tags: string[];
  note?: string;
  /**
   * Yearly dates other than the birthday (Outlook's Anniversary, vCard's ANNIVERSARY, Apple's
   * labelled X-ABDATE), each to remember as a yearly detail: its text ("anniversary", or the
   * label) and its date, 'YYYY-MM-DD' with the year, or '--MM-DD' without one.
   */
  dates?: ImportedDate[];
  /** People the file names as related to this one (Outlook's Spouse, vCard's RELATED, Apple's X-ABRELATEDNAMES). */
  relations?: ImportedRelation[];
  /** rel's own CSV only: the state it was exported in. */
  archived?: boolean;
  pausedUntil?: string;
  source: ImportSource;
}

/** Someone a file names as related to its contact: they are KIND of the contact ("Spouse: Tom Doe"). */
export interface ImportedRelation {
  /** Their name; for a vCard 4.0 RELATED that points at another card (urn:uuid:), the UID instead. */
  name?: string;
  uid?: string;
  kind: RelationKind;
  /** What the file calls them, when it says more than the kind ("mother", a label of the user's). */
  word?: string;
  line: number;
}

export interface ImportedDate {
  text: string;
  date: string;
}

// A whole journal as `rel export all` writes it and `rel import` reads it back, whatever the
// document's version: the records a restore writes.
/** A person as the document holds them: the Contact without the day of the last conversation (the store recounts it). */
export type JournalContact = Omit<Contact, 'lastContactOn'>;

export interface JournalConversation {
  id: number;
  /** Everyone it was with (contact ids), in the order named. */
  people: number[];
  happenedOn: string;
  via: string | null;
  note: string | null;
  complaint: boolean;
  resolvedOn: string | null;
  resolutionNote: string | null;
  createdAt: string;
}

export interface JournalDetail {
  id: number;
  contactId: number;
  text: string;
  date: string | null; // 'YYYY-MM-DD', 'YYYY-MM' or '--MM-DD'
  yearly: boolean;
  createdAt: string;
}

export interface JournalReminder {
  id: number;
  contactId: number;
  text: string;
  dueOn: string;
  every: string | null;
  /** As Reminder.anchorDay. */
  anchorDay: number | null;
  doneOn: string | null;
  snoozedUntil: string | null;
  /** As Reminder.conversationId. */
  conversationId: number | null;
  createdAt: string;
}

/** A relation as the document holds it: the contact is KIND of the other (a contact, or only a name). */
export interface JournalRelation {
  id: number;
  contactId: number;
  otherId: number | null;
  otherName: string | null;
  kind: RelationKind;
  word: string | null;
  otherWord: string | null;
  createdAt: string;
}

/** The records whose ids users see, and are never given again once deleted (SPEC §5). */
export const NUMBERED_RECORDS = ['contacts', 'conversations', 'details', 'reminders', 'relations'] as const;
export type NumberedRecord = (typeof NUMBERED_RECORDS)[number];

/** A keep-in-touch cadence for everyone with the tag. */
export interface JournalTag {
  tag: string;
  cadence: string;
}

export interface JournalDocument {
  format: 'rel-journal';
  /** The version the file was written in. */
  version: number;
  contacts: JournalContact[];
  conversations: JournalConversation[];
  details: JournalDetail[];
  reminders: JournalReminder[];
  /** Empty in documents written before relations (still version 2: the section is only added). */
  relations: JournalRelation[];
  tags: JournalTag[];
  settings: Record<string, string>;
  /**
   * The highest id each kind of record was ever given, deleted ones included, so that a restored
   * journal never gives a deleted record's id again; 0 for none. Each is 0 in a document written
   * before it (still version 2: the section is only added), where the records' own ids are all
   * that is known.
   */
  highestIds: Record<NumberedRecord, number>;
}

/**
 * The person a conversation is with: someone known, or a new contact to create. `unlessMatched`
 * marks a name that matched nobody: it is looked up again inside the write, since a rel started
 * at the same moment may have created that person in between. `checked` marks a new person the
 * user already chose over the people it resembles (or --new).
 */
export type Who = { contact: Contact } | { create: string; unlessMatched?: boolean; checked?: boolean };
