// Floor for `rel add NAME --note ... --via call --on DAY`: find the person by name key (indexed),
// then in one undoable transaction insert the conversation and who was in it and move the stored
// rhythm (last conversation, due day: the stored cadence length on); confirm on stdout.
// Usage: node add.mjs JOURNAL NAME NOTE DAY
import { contactNamed, dayNumber, openJournal, undoable } from './common.mjs';

const [path, name, note, day] = process.argv.slice(2);
const db = openJournal(path);
const contact = contactNamed(db, name);
const id = undoable(db, null, () => {
  const at = new Date().toISOString();
  const v = db.prepare('INSERT INTO conversations (contact_id, happened_on, via, note, complaint, created_at) VALUES (?, ?, ?, ?, 0, ?)').run(contact.id, day, 'call', note, at).lastInsertRowid;
  db.prepare('INSERT INTO conversation_people (conversation_id, contact_id, position, happened_on) VALUES (?, ?, 0, ?)').run(v, contact.id, day);
  if (contact.last_contact_on === null || day > contact.last_contact_on) {
    db.prepare('UPDATE contacts SET last_contact_on = ?, due_day = ? WHERE id = ?').run(day, dayNumber(day) + (contact.cadence_days ?? 90), contact.id);
  }
  return v;
});
db.close();
console.log(`logged call with ${contact.name} on ${day} (#${id})`);
