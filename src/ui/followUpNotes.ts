// What a follow-up is besides its day, said alike on the card and in rel reminders.
import type { Day } from '../domain/calendar.js';
import type { Reminder } from '../domain/records.js';

/** The notes of a follow-up listed on `due` (its snooze day, if put off): "snoozed from 2026-11-22, every 1m". */
export function followUpNotes(r: Pick<Reminder, 'dueOn' | 'every'>, due: Day): string {
  return [due !== r.dueOn ? `snoozed from ${r.dueOn}` : '', r.every ? `every ${r.every}` : ''].filter(Boolean).join(', ');
}
