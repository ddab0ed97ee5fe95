// Floor for `rel done ID` on a follow-up that does not recur: mark it done in one undoable
// transaction and say whose it was. Usage: node done.mjs JOURNAL ID DAY
import { openJournal, undoable } from './common.mjs';

const [path, id, day] = process.argv.slice(2);
const db = openJournal(path);
const r = db.prepare('SELECT r.text, r.contact_id, c.name FROM reminders r JOIN contacts c ON c.id = r.contact_id WHERE r.id = ? AND r.done_on IS NULL').get(Number(id));
if (!r) {
  console.error(`no open follow-up #${id}`);
  process.exit(1);
}
undoable(db, `complete follow-up #${id} for ${r.name} (#${r.contact_id}): ${r.text}`, () => db.prepare('UPDATE reminders SET done_on = ? WHERE id = ?').run(day, Number(id)));
db.close();
console.log(`done: ${r.text} — ${r.name}`);
