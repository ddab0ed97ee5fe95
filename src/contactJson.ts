// The JSON shapes of contacts, conversations, details and reminders: one place, so every
// command's --json agrees (documented in the README).
import type { Contact, Conversation, Detail, Reminder } from './domain/records.js';

export function contactJson(c: Contact) {
  return {
    id: c.id,
    name: c.name,
    emails: c.emails,
    phones: c.phones,
    company: c.company,
    role: c.role,
    birthday: c.birthday,
    customerSince: c.customerSince,
    cadence: c.cadence,
    met: c.met,
    referredBy: c.referredBy,
    aliases: c.aliases,
    tags: c.tags,
    archived: c.archived,
    pausedUntil: c.pausedUntil,
    createdOn: c.createdOn,
  };
}

export function conversationJson(v: Conversation) {
  return {
    id: v.id,
    contactId: v.contactId,
    contact: v.contactName,
    date: v.happenedOn,
    via: v.via,
    note: v.note,
    complaint: v.complaint,
    resolvedOn: v.resolvedOn,
    resolutionNote: v.resolutionNote,
  };
}

export function detailJson(d: Detail) {
  return { id: d.id, contactId: d.contactId, contact: d.contactName, text: d.text, date: d.date, yearly: d.yearly };
}

export function reminderJson(r: Reminder) {
  return { id: r.id, contactId: r.contactId, contact: r.contactName, text: r.text, due: r.dueOn, every: r.every, doneOn: r.doneOn, snoozedUntil: r.snoozedUntil };
}
