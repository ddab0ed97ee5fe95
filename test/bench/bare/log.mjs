// Floor for `rel log [--limit N]`: conversations newest first with everyone who was in each, one
// line each, written as they are read. Usage: node log.mjs JOURNAL [LIMIT]
import { chunkedWriter, openJournal } from './common.mjs';

const [path, limit] = process.argv.slice(2);
const db = openJournal(path, { readonly: true });
// The first person is on the conversation's row; the others (one conversation in twelve) through
// the small index of those not first.
const rows = db
  .prepare(
    `SELECT v.id, v.happened_on, c.name,
            (SELECT group_concat(o.name, ', ' ORDER BY p.position) FROM conversation_people p JOIN contacts o ON o.id = p.contact_id
             WHERE p.conversation_id = v.id AND p.position > 0),
            v.via, v.complaint, v.resolved_on, v.note
     FROM conversations v JOIN contacts c ON c.id = v.contact_id
     ORDER BY v.happened_on DESC, v.id DESC LIMIT ?`,
  )
  .raw();
const out = chunkedWriter();
for (const [id, day, first, others, via, complaint, resolved, note] of rows.iterate(limit === undefined ? -1 : Number(limit))) {
  const flag = complaint ? (resolved ? '[complaint, resolved] ' : '[complaint] ') : '';
  const full = out.line(`#${id}\t${day}\t${others ? `${first}, ${others}` : first}\t${via ?? ''}\t${flag}${note ?? ''}`);
  if (full) await full;
}
out.end();
db.close();
