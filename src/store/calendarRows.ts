// The dates `rel export dates --format ics` puts in a calendar: birthdays, customer anniversaries,
// dated details and open follow-ups of the people not archived. Each section is read as the
// calendar is written (a statement starts when its section is reached), never held whole.
import type { CalendarInput } from '../formats/ics.js';
import type { Journal } from './journal.js';
import { DUE_THEN, readEveryColumn } from './reminders.js';

const ACTIVE = `c.archived = 0 AND (@tag IS NULL OR c.id IN (SELECT contact_id FROM contact_tags WHERE tag = @tag))`;

/** `rows`, run only when the section is reached, each row as `map` makes it. */
function* section<R, T>(rows: () => IterableIterator<R>, map: (row: R) => T): Generator<T> {
  for (const row of rows()) yield map(row);
}

const same = <T>(row: T): T => row;

export function calendarDates(j: Journal, filter: { tag?: string } = {}): CalendarInput {
  const p = { tag: filter.tag ?? null };
  return {
    birthdays: section(
      () =>
        j
          .stmt<[typeof p], { contactId: number; name: string; birthday: string }>(
            `SELECT c.id AS contactId, c.name, c.birthday FROM contacts c WHERE c.birthday IS NOT NULL AND ${ACTIVE} ORDER BY c.id`,
          )
          .iterate(p),
      same,
    ),
    anniversaries: section(
      () =>
        j
          .stmt<[typeof p], { contactId: number; name: string; since: string }>(
            `SELECT c.id AS contactId, c.name, c.customer_since AS since FROM contacts c WHERE c.customer_since IS NOT NULL AND ${ACTIVE} ORDER BY c.id`,
          )
          .iterate(p),
      same,
    ),
    details: section(
      () =>
        j
          .stmt<[typeof p], { id: number; contactName: string; text: string; date: string; yearly: number }>(
            `SELECT d.id, c.name AS contactName, d.text, d.date, d.yearly FROM details d JOIN contacts c ON c.id = d.contact_id
             WHERE d.date IS NOT NULL AND ${ACTIVE} ORDER BY d.id`,
          )
          .iterate(p),
      (d) => ({ ...d, yearly: d.yearly === 1 }),
    ),
    // A snoozed follow-up shows on the day its snooze ends, as in rel today.
    reminders: section(
      () =>
        j
          .stmt<[typeof p], { id: number; contactName: string; text: string; due: string; dueOn: string; every: string | null }>(
            `SELECT r.id, c.name AS contactName, r.text, ${DUE_THEN} AS due, r.due_on AS dueOn, r.every FROM reminders r JOIN contacts c ON c.id = r.contact_id
             WHERE r.done_on IS NULL AND ${ACTIVE} ORDER BY r.id`,
          )
          .iterate(p),
      (r) => ({ ...r, ...readEveryColumn(r.every) }),
    ),
  };
}
