// Floor for `rel today --review`'s first screen: the morning list (morning.mjs), then the first
// person's reasons, last conversation, what to remember and open follow-ups, and the keys' legend.
// Usage: node review.mjs JOURNAL DAY (on a terminal; the bench runs it in a pseudo-terminal)
import { openJournal } from './common.mjs';
import { morningList } from './morning.mjs';

const [path, today] = process.argv.slice(2);
const db = openJournal(path, { readonly: true });
const list = morningList(db, today);
const first = list[0];
const lines = [`${today} — person 1 of ${list.length}`, '', first.name, ...first.reasons.map((r) => `  • ${r}`)];
const last = db
  .prepare('SELECT v.happened_on, v.via, v.note FROM conversation_people p JOIN conversations v ON v.id = p.conversation_id WHERE p.contact_id = ? ORDER BY p.happened_on DESC LIMIT 1')
  .get(first.id);
if (last) lines.push(`  last: ${last.happened_on} ${last.via ?? ''}: ${last.note ?? ''}`);
for (const text of db.prepare('SELECT text FROM details WHERE contact_id = ? ORDER BY id').pluck().all(first.id)) lines.push(`  remember: ${text}`);
for (const r of db.prepare('SELECT id, due_on, text FROM reminders WHERE contact_id = ? AND done_on IS NULL ORDER BY due_on').all(first.id)) lines.push(`  follow up: ${r.due_on} ${r.text} [${r.id}]`);
lines.push('', 'l log  d done  s snooze  p pause  o card  space/n/→ skip  u undo  q/esc quit');
process.stdout.write(`\x1b[2J\x1b[H${lines.join('\r\n')}\r\n`);
db.close();
