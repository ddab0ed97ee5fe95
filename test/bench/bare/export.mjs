// Floor for `rel export conversations --format csv` on L: one streaming SELECT joined to the
// contact's name, RFC 4180 quoting and formula neutralisation, written to stdout in 64 KB chunks
// with back-pressure. Usage: node export.mjs JOURNAL
import Database from 'better-sqlite3';

const db = new Database(process.argv[2], { readonly: true, fileMustExist: true });
const rows = db
  .prepare(
    `SELECT v.id, v.contact_id, c.name, v.happened_on, v.via, v.note, v.complaint, v.resolved_on, v.resolution_note, v.created_at
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
let chunk = 'id,contact_id,contact,happened_on,via,note,complaint,resolved_on,resolution_note,created_at\r\n';
for (const r of rows.iterate()) {
  chunk += `${r[0]},${r[1]},${cell(r[2])},${r[3]},${cell(r[4])},${cell(r[5])},${r[6]},${cell(r[7])},${cell(r[8])},${r[9]}\r\n`;
  if (chunk.length >= 65536) {
    const ok = out.write(chunk);
    chunk = '';
    if (!ok) await new Promise((resolve) => out.once('drain', resolve));
  }
}
out.write(chunk);
db.close();
