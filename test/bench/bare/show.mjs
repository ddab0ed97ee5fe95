// Floor for `rel show NAME` on M: the card's queries, each through an index, printed as text.
// Usage: node show.mjs JOURNAL NAME
import Database from 'better-sqlite3';

const [path, name] = process.argv.slice(2);
const db = new Database(path, { readonly: true, fileMustExist: true });
const key = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const c = db.prepare('SELECT * FROM contacts WHERE name_key = ?').get(key);
if (!c) {
  console.error(`no contact named ${name}`);
  process.exit(1);
}
const list = (sql) => db.prepare(sql).pluck().all(c.id);
const lines = [`${c.name}  #${c.id}`, [c.role, c.company].filter(Boolean).join(', ')];
lines.push(`emails: ${list('SELECT email FROM contact_emails WHERE contact_id = ? ORDER BY position').join(', ')}`);
lines.push(`phones: ${list('SELECT phone FROM contact_phones WHERE contact_id = ? ORDER BY position').join(', ')}`);
lines.push(`aliases: ${list('SELECT alias FROM contact_aliases WHERE contact_id = ?').join(', ')}`);
lines.push(`tags: ${list('SELECT tag FROM contact_tags WHERE contact_id = ?').join(', ')}`);
lines.push(`birthday: ${c.birthday ?? ''}  customer since: ${c.customer_since ?? ''}  cadence: ${c.cadence ?? ''}  met: ${c.met ?? ''}`);
if (c.referred_by) lines.push(`referred by: ${db.prepare('SELECT name FROM contacts WHERE id = ?').pluck().get(c.referred_by)}`);
for (const d of db.prepare('SELECT text, date, yearly FROM details WHERE contact_id = ? ORDER BY id').all(c.id)) lines.push(`- ${d.text}${d.date ? ` (${d.date}${d.yearly ? ', yearly' : ''})` : ''}`);
for (const r of db.prepare('SELECT text, due_on, every FROM reminders WHERE contact_id = ? AND done_on IS NULL ORDER BY due_on').all(c.id)) lines.push(`follow up: ${r.text} — ${r.due_on}${r.every ? ` every ${r.every}` : ''}`);
for (const v of db.prepare('SELECT note FROM conversations WHERE contact_id = ? AND complaint = 1 AND resolved_on IS NULL').all(c.id)) lines.push(`open complaint: ${v.note}`);
const total = db.prepare('SELECT count(*) FROM conversations WHERE contact_id = ?').pluck().get(c.id);
lines.push(`conversations: ${total}`);
for (const v of db.prepare('SELECT happened_on, via, note FROM conversations WHERE contact_id = ? ORDER BY happened_on DESC, id DESC LIMIT 10').all(c.id)) lines.push(`  ${v.happened_on} ${v.via ?? ''} ${v.note ?? ''}`);
const referred = list('SELECT name FROM contacts WHERE referred_by = ? ORDER BY name_key');
if (referred.length) lines.push(`referred: ${referred.join(', ')}`);
process.stdout.write(`${lines.join('\n')}\n`);
db.close();
