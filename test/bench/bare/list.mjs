// Floor for `rel list` on M: every active contact with the day of the last conversation and the
// next due day (own cadence, else the shortest tag cadence, else the default), one line each.
// Usage: node list.mjs JOURNAL
import Database from 'better-sqlite3';

const db = new Database(process.argv[2], { readonly: true, fileMustExist: true });
const DAYS = { d: 1, w: 7, m: 30, y: 365 };
const days = (cadence) => Number(cadence.slice(0, -1)) * DAYS[cadence.at(-1)];
const fallback = days(db.prepare("SELECT value FROM settings WHERE key = 'cadence'").pluck().get() ?? '90d');
const byTag = new Map();
for (const [id, cadence] of db.prepare('SELECT ct.contact_id, t.cadence FROM contact_tags ct JOIN tags t ON t.tag = ct.tag').raw().iterate()) {
  byTag.set(id, Math.min(byTag.get(id) ?? Infinity, days(cadence)));
}
const MS = 86_400_000;
const lines = [];
const rows = db
  .prepare('SELECT c.id, c.name, c.cadence, c.created_on, (SELECT max(happened_on) FROM conversations WHERE contact_id = c.id) FROM contacts c WHERE c.archived = 0 ORDER BY c.name_key')
  .raw();
for (const [id, name, cadence, createdOn, last] of rows.iterate()) {
  const every = cadence ? days(cadence) : byTag.get(id) ?? fallback;
  const next = new Date(Date.parse(last ?? createdOn) + every * MS).toISOString().slice(0, 10);
  lines.push(`${name}\t${last ?? 'never'}\t${next}`);
}
process.stdout.write(`${lines.join('\n')}\n`);
db.close();
