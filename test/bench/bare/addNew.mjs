// Floor for `rel add NEWNAME --note ... --via call --on DAY` of someone not in the journal yet: the
// name is no one's (the name key's index) nor a part of anyone's (a scan of the index of names),
// and no name of about its length is a typo or two away (each read and compared by a plain
// Levenshtein distance, with the limits of src/domain/samePerson.ts); then, in one undoable
// transaction, the person, the conversation and who was in it; confirm on stdout.
// Usage: node addNew.mjs JOURNAL NAME NOTE DAY
import { dayNumber, nameKey, openJournal, undoable } from './common.mjs';

const [path, name, note, day] = process.argv.slice(2);
const db = openJournal(path);
const key = nameKey(name);
const letters = key.replace(/[\s.'-]/g, '').length;
const limit = letters < 5 ? 0 : letters < 12 ? 1 : 2;

function distance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

const taken =
  db.prepare('SELECT 1 FROM contacts WHERE name_key = ?').get(key) ??
  db.prepare("SELECT 1 FROM contacts WHERE name_key LIKE ? ESCAPE '\\' LIMIT 1").get(`%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) ??
  (limit > 0 ? db.prepare('SELECT name_key FROM contacts WHERE length(name_key) BETWEEN ? AND ?').pluck().all(key.length - limit, key.length + limit).find((other) => distance(key, other) <= limit && other.replace(/\D/g, '') === key.replace(/\D/g, '')) : undefined);
if (taken !== undefined) {
  console.error(`${name} may be someone already in the journal`);
  process.exit(1);
}
const id = undoable(db, null, () => {
  const at = new Date().toISOString();
  const contact = db.prepare('INSERT INTO contacts (name, name_key, created_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(name, key, day, at, at).lastInsertRowid;
  const v = db.prepare('INSERT INTO conversations (contact_id, happened_on, via, note, complaint, created_at) VALUES (?, ?, ?, ?, 0, ?)').run(contact, day, 'call', note, at).lastInsertRowid;
  db.prepare('INSERT INTO conversation_people (conversation_id, contact_id, position, happened_on) VALUES (?, ?, 0, ?)').run(v, contact, day);
  db.prepare('UPDATE contacts SET last_contact_on = ?, due_day = ?, cadence_days = 90 WHERE id = ?').run(day, dayNumber(day) + 90, contact);
  return v;
});
db.close();
console.error(`created ${name} (#${id})`);
console.log(`logged call with ${name} on ${day} (#${id})`);
