// Floor for `rel --version`, rel's start-up: load better-sqlite3, open the journal, count the contacts.
// Usage: node version.mjs JOURNAL
import { openJournal } from './common.mjs';

const db = openJournal(process.argv[2], { readonly: true });
console.log(db.prepare('SELECT count(*) FROM contacts').pluck().get());
db.close();
