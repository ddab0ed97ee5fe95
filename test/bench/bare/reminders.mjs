// Floor for `rel reminders [--all]`: the open follow-ups of the people not archived (with --all the
// done ones too), soonest first, one line each, written as they are read.
// Usage: node reminders.mjs JOURNAL DAY [--all]
import { chunkedWriter, openJournal } from './common.mjs';

const [path, today, all] = process.argv.slice(2);
const db = openJournal(path, { readonly: true });
const rows = db
  .prepare(
    `SELECT r.id, r.due_on, c.name, r.text, r.every, r.done_on, r.snoozed_until FROM reminders r JOIN contacts c ON c.id = r.contact_id
     WHERE c.archived = 0 AND (? = 1 OR r.done_on IS NULL) ORDER BY r.done_on IS NOT NULL, r.due_on, r.id`,
  )
  .raw();
const out = chunkedWriter();
for (const [id, due, name, text, every, done, snoozed] of rows.iterate(all === '--all' ? 1 : 0)) {
  const state = done ? `done ${done}` : snoozed && snoozed > today ? `snoozed until ${snoozed}` : every ? `every ${every}` : '';
  const full = out.line(`#${id}\t${due}\t${name}\t${text}\t${state}`);
  if (full) await full;
}
out.end();
db.close();
