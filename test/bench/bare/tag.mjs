// Floor for `rel tag TAG --every CADENCE`: store the tag's cadence and move the due day of everyone
// with the tag and no cadence of their own, in one undoable transaction.
// Usage: node tag.mjs JOURNAL TAG CADENCE
import { openJournal, undoable } from './common.mjs';
import { defaultCadence, storeDueDays, tagCadences } from './rhythm.mjs';

const [path, tag, cadence] = process.argv.slice(2);
const db = openJournal(path);
const moved = undoable(db, `set the cadence of tag ${tag} to every ${cadence}`, () => {
  db.prepare('INSERT INTO tags (tag, cadence) VALUES (?, ?) ON CONFLICT (tag) DO UPDATE SET cadence = excluded.cadence').run(tag, cadence);
  const rows = db
    .prepare(
      `SELECT c.id, coalesce(c.last_contact_on, c.created_on), c.due_day, c.cadence_days,
              (SELECT group_concat(t.tag, char(10)) FROM contact_tags t WHERE t.contact_id = c.id)
       FROM contact_tags ct JOIN contacts c ON c.id = ct.contact_id WHERE ct.tag = ? AND c.cadence IS NULL`,
    )
    .raw()
    .all(tag);
  return storeDueDays(db, rows, tagCadences(db), defaultCadence(db));
});
db.close();
console.log(`everyone tagged ${tag} is kept in touch with every ${cadence} (${moved} moved)`);
