// Floor for `rel edit NAME --company X`: find the person by name key, change the one column in one
// undoable transaction (the search index follows through its triggers). Usage: node edit.mjs JOURNAL NAME COMPANY
import { contactNamed, openJournal, undoable } from './common.mjs';

const [path, name, company] = process.argv.slice(2);
const db = openJournal(path);
const contact = contactNamed(db, name);
undoable(db, null, () => db.prepare('UPDATE contacts SET company = ?, updated_at = ? WHERE id = ?').run(company, new Date().toISOString(), contact.id));
db.close();
console.log(`updated ${contact.name} (#${contact.id})`);
