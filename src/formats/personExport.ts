// rel export person NAME: everything the journal holds about one person, for a subject access
// request (SPEC §3), written down in schemas/personExport.schema.json.
//
// Nobody else's data: another person of the journal appears by id only, { "id": 12 } (the one
// place where a reference to a person is not { id, name }), because their name is what the
// journal holds about them, not about this person: the others in a conversation, who referred
// this person and whom they referred, a relative who is in the journal. A relative who is nobody
// in the journal is kept as a name written on this person's own record ("husband: Tom"), and is
// given as that name, as the card shows it. A conversation's note is given whole: this person was
// part of it, and it is the record of what was said with them.
// The records keep their shapes (json.ts) without the reference to this person, which is `person`.
import type { Contact, Conversation, Detail, Reminder } from '../domain/records.js';
import type { Relative } from '../domain/relations.js';
import type { Rhythm } from '../domain/rhythm.js';
import { conversationJson, personJson } from './json.js';

export interface PersonRecords {
  contact: Contact;
  rhythm: Rhythm;
  details: readonly Detail[];
  conversations: readonly Conversation[];
  reminders: readonly Reminder[];
  relatives: readonly Relative[];
  /** The people this person referred. */
  referred: readonly number[];
  /** Changes of the undo history whose log names them (deleted records included). */
  undoChanges: number;
}

const byId = (id: number) => ({ id });

/** A conversation's shape (json.ts), with everyone in it by id only. */
function conversationOf(v: Conversation) {
  return { ...conversationJson(v), people: v.people.map((p) => byId(p.id)) };
}

export function personExportJson(r: PersonRecords, exportedAt: Date) {
  const { contact } = r;
  const conversations = r.conversations.map(conversationOf);
  return {
    exportedAt: exportedAt.toISOString(),
    person: { ...personJson({ contact, referredBy: null, rhythm: r.rhythm }), referredBy: contact.referredBy === null ? null : byId(contact.referredBy) },
    details: r.details.map((d) => ({ id: d.id, text: d.text, date: d.date, yearly: d.yearly, createdAt: d.createdAt })),
    conversations,
    complaints: conversations.filter((v) => v.complaint),
    followUps: r.reminders.map((f) => ({ id: f.id, text: f.text, dueOn: f.dueOn, every: f.every, anchorDay: f.anchorDay, doneOn: f.doneOn, snoozedUntil: f.snoozedUntil, conversationId: f.conversationId, createdAt: f.createdAt })),
    relations: r.relatives.map((x) => ({ id: x.relationId, relative: x.person.id === null ? { name: x.person.name } : byId(x.person.id), relation: x.kind, word: x.word })),
    referrals: r.referred.map(byId),
    undoHistory: { changes: r.undoChanges },
  };
}
