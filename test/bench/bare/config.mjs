// Floor for `rel config set cadence CADENCE`: store the default cadence and move the due day of
// everyone it applies to (no cadence of their own nor of a tag; not the imported people never
// talked to, who have none), in one undoable transaction. Usage: node config.mjs JOURNAL CADENCE
import { openJournal, undoable } from './common.mjs';
import { storeDueDays } from './rhythm.mjs';

const [path, cadence] = process.argv.slice(2);
const db = openJournal(path);
const moved = undoable(db, `set cadence to ${cadence}`, () => {
  db.prepare("INSERT INTO settings (key, value) VALUES ('cadence', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(cadence);
  const rows = db
    .prepare(
      `SELECT c.id, coalesce(c.last_contact_on, c.created_on), c.due_day, c.cadence_days, NULL FROM contacts c
       WHERE c.cadence IS NULL AND NOT (c.imported = 1 AND c.last_contact_on IS NULL)
         AND NOT EXISTS (SELECT 1 FROM contact_tags ct JOIN tags t ON t.tag = ct.tag WHERE ct.contact_id = c.id)`,
    )
    .raw()
    .all();
  return storeDueDays(db, rows, new Map(), cadence);
});
db.close();
console.log(`cadence = ${cadence} (${moved} moved)`);
