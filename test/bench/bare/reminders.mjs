// Floor for `rel reminders [--all]`: the open follow-ups of the people not archived, the 20 soonest
// and how many more there are (with --all every follow-up, done ones too), one line each, written as
// they are read.
// Usage: node reminders.mjs JOURNAL DAY [--all]
import { chunkedWriter, openJournal } from './common.mjs';

const LIMIT = 20;
const [path, today, all] = process.argv.slice(2);
const everything = all === '--all';
const db = openJournal(path, { readonly: true });
const rows = db
  .prepare(
    everything
      ? `SELECT r.id, r.due_on, c.name, r.text, r.every, r.done_on, r.snoozed_until FROM reminders r NOT INDEXED JOIN contacts c ON c.id = r.contact_id
         WHERE c.archived = 0 ORDER BY r.done_on IS NOT NULL, r.due_on, r.id`
      : `SELECT r.id, r.due_on, c.name, r.text, r.every, r.done_on, r.snoozed_until FROM reminders r JOIN contacts c ON c.id = r.contact_id
         WHERE c.archived = 0 AND r.done_on IS NULL ORDER BY r.due_on, r.id LIMIT ${LIMIT}`,
  )
  .raw();
const out = chunkedWriter();
let shown = 0;
for (const [id, due, name, text, every, done, snoozed] of rows.iterate()) {
  const state = done ? `done ${done}` : snoozed && snoozed > today ? `snoozed until ${snoozed}` : every ? `every ${every}` : '';
  shown++;
  const full = out.line(`#${id}\t${due}\t${name}\t${text}\t${state}`);
  if (full) await full;
}
out.end();
if (!everything && shown === LIMIT) {
  // the count of the rest as the journal keeps it (migration 0028's counts_follow_ups)
  const open = db.prepare('SELECT open - archived_open FROM counts_follow_ups').pluck().get();
  process.stderr.write(`… and ${open - shown} more\n`);
}
db.close();
