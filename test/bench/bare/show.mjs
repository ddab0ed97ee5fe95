// Floor for `rel show NAME`: the card's queries, each through an index, printed as text: the facts
// and lists, family and colleagues, details, open follow-ups and complaints, the last ten
// conversations the person was in, and whom they referred. Usage: node show.mjs JOURNAL NAME
import { contactNamed, openJournal } from './common.mjs';

const [path, name] = process.argv.slice(2);
const db = openJournal(path, { readonly: true });
const c = contactNamed(db, name);
const list = (sql) => db.prepare(sql).pluck().all(c.id);
const lines = [`${c.name} #${c.id}`, [c.role, c.company].filter(Boolean).join(', ')];
lines.push(`emails: ${list('SELECT email FROM contact_emails WHERE contact_id = ? ORDER BY position').join(', ')}`);
lines.push(`phones: ${list('SELECT phone FROM contact_phones WHERE contact_id = ? ORDER BY position').join(', ')}`);
lines.push(`aliases: ${list('SELECT alias FROM contact_aliases WHERE contact_id = ?').join(', ')}`);
lines.push(`tags: ${list('SELECT tag FROM contact_tags WHERE contact_id = ?').join(', ')}`);
lines.push(`birthday: ${c.birthday ?? ''}  customer since: ${c.customer_since ?? ''}  cadence: ${c.cadence ?? ''}  met: ${c.met ?? ''}`);
lines.push(`rhythm: last talked ${c.last_contact_on ?? 'never'}; due day ${c.due_day ?? ''}`);
if (c.referred_by) lines.push(`referred by: ${db.prepare('SELECT name FROM contacts WHERE id = ?').pluck().get(c.referred_by)}`);
const relations = db.prepare(
  `SELECT coalesce(o.name, r.other_name), r.kind, r.word FROM relations r LEFT JOIN contacts o ON o.id = r.other_id WHERE r.contact_id = @id
   UNION ALL SELECT p.name, r.kind, r.other_word FROM relations r JOIN contacts p ON p.id = r.contact_id WHERE r.other_id = @id`,
);
for (const [who, kind, word] of relations.raw().iterate({ id: c.id })) lines.push(`  ${who} — ${word ?? kind}`);
for (const d of db.prepare('SELECT id, text, date, yearly FROM details WHERE contact_id = ? ORDER BY id').all(c.id)) lines.push(`  ${d.text}${d.date ? ` — ${d.date}${d.yearly ? ', yearly' : ''}` : ''} [detail ${d.id}]`);
for (const r of db.prepare('SELECT id, text, due_on, every FROM reminders WHERE contact_id = ? AND done_on IS NULL ORDER BY due_on').all(c.id)) lines.push(`  ${r.due_on}: ${r.text}${r.every ? ` every ${r.every}` : ''} [reminder ${r.id}]`);
for (const v of db.prepare('SELECT id, happened_on, note FROM conversations WHERE contact_id = ? AND complaint = 1 AND resolved_on IS NULL').all(c.id)) lines.push(`  ${v.happened_on}: ${v.note} [resolve with: rel resolve ${v.id}]`);
const last = db.prepare(
  `SELECT v.id, v.happened_on, v.via, v.note FROM conversation_people p JOIN conversations v ON v.id = p.conversation_id
   WHERE p.contact_id = ? ORDER BY p.happened_on DESC, p.conversation_id DESC LIMIT 10`,
);
for (const v of last.all(c.id)) lines.push(`  ${v.happened_on} ${v.via ?? ''}: ${v.note ?? ''} [conversation ${v.id}]`);
const referred = list('SELECT name FROM contacts WHERE referred_by = ? ORDER BY name_key');
if (referred.length) lines.push(`referred: ${referred.join(', ')}`);
process.stdout.write(`${lines.join('\n')}\n`);
db.close();
