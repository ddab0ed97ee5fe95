// Floor for `rel add NAME --note ... --via call --on DAY` on M: find the person by name key
// (indexed), insert one conversation in a transaction, confirm on stderr.
// Usage: node add.mjs JOURNAL NAME NOTE DAY
import Database from 'better-sqlite3';

const [path, name, note, day] = process.argv.slice(2);
const db = new Database(path, { fileMustExist: true, timeout: 15_000 });
db.pragma('foreign_keys = ON');
const key = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const contact = db.prepare('SELECT id, name FROM contacts WHERE name_key = ?').get(key);
if (!contact) {
  console.error(`no contact named ${name}`);
  process.exit(1);
}
db.transaction(() => {
  db.prepare('INSERT INTO conversations (contact_id, happened_on, via, note, complaint, created_at) VALUES (?, ?, ?, ?, 0, ?)').run(contact.id, day, 'call', note, new Date().toISOString());
})();
db.close();
console.error(`→ ${contact.name}`);
