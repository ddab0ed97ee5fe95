// Floor for `rel export conversations --format csv`: one streaming SELECT with the first person's
// name joined and the others (one conversation in twelve) through the small index of those not
// first, RFC 4180 quoting and formula neutralisation, rel's columns, written to stdout in 64 KB
// chunks with back-pressure. Usage: node export.mjs JOURNAL
import { openJournal } from './common.mjs';

const db = openJournal(process.argv[2], { readonly: true });
const rows = db
  .prepare(
    `SELECT v.id, v.contact_id, c.name, v.happened_on, v.via, v.note, v.complaint, v.resolved_on, v.resolution_note,
            (SELECT group_concat(o.name, '; ' ORDER BY p.position) FROM conversation_people p JOIN contacts o ON o.id = p.contact_id WHERE p.conversation_id = v.id AND p.position > 0),
            (SELECT group_concat(p.contact_id, ';' ORDER BY p.position) FROM conversation_people p WHERE p.conversation_id = v.id AND p.position > 0)
     FROM conversations v JOIN contacts c ON c.id = v.contact_id ORDER BY v.id`,
  )
  .raw();

function cell(value) {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  let s = value;
  const first = s.charCodeAt(0);
  if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13) s = `'${s}`; // = + - @ tab CR
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const out = process.stdout;
let chunk = 'id,contact_id,contact,date,via,note,complaint,resolved_on,resolution_note,people,people_ids\r\n';
for (const r of rows.iterate()) {
  const people = r[9] === null ? cell(r[2]) : cell(`${r[2]}; ${r[9]}`);
  const ids = r[10] === null ? r[1] : `${r[1]};${r[10]}`;
  chunk += `${r[0]},${r[1]},${cell(r[2])},${r[3]},${cell(r[4])},${cell(r[5])},${r[6] ? 'true' : 'false'},${cell(r[7])},${cell(r[8])},${people},${ids}\r\n`;
  if (chunk.length >= 65536) {
    const ok = out.write(chunk);
    chunk = '';
    if (!ok) await new Promise((resolve) => out.once('drain', resolve));
  }
}
out.write(chunk);
db.close();
