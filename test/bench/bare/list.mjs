// Floor for `rel list`: every contact not archived, by name, with the last conversation and the next
// due day as the journal stores them (contacts.last_contact_on and due_day, kept by rel on each
// write), a mark when paused, and the tags; written as it is read. Read in the order stored and
// sorted in memory, as rel does (src/store/exportRows.ts LISTED): faster than the index of names.
// Usage: node list.mjs JOURNAL DAY
import { chunkedWriter, dayNumber, formatDay, openJournal } from './common.mjs';

const [path, today] = process.argv.slice(2);
const db = openJournal(path, { readonly: true });
db.pragma('temp_store = MEMORY');
const todayN = dayNumber(today);
const rows = db
  .prepare(
    `SELECT c.id, c.name, c.last_contact_on, c.due_day, c.paused_until,
            (SELECT group_concat('#' || t.tag, ' ') FROM contact_tags t WHERE t.contact_id = c.id)
     FROM contacts c NOT INDEXED WHERE c.archived = 0 ORDER BY c.name_key, c.id`,
  )
  .raw();
const out = chunkedWriter();
for (const [id, name, last, due, paused, tags] of rows.iterate()) {
  const pausedNow = paused !== null && paused > today;
  const next = due === null ? 'no rhythm yet' : `${due < todayN && !pausedNow ? 'due' : 'next'} ${formatDay(due)}`;
  const full = out.line(`#${id}\t${name}\t${last === null ? 'never talked' : `last ${last}`}\t${next}\t${pausedNow ? `(paused until ${paused}) ` : ''}${tags ?? ''}`);
  if (full) await full;
}
out.end();
db.close();
