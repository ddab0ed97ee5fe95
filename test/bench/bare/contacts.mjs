// Floor for `rel export contacts` (CSV): one streaming SELECT of every contact with its lists
// (emails and phones in order, aliases and tags sorted) and its referrer's name and id, the keep-in-touch
// status from the stored due day, RFC 4180 quoting and formula neutralisation, rel's columns,
// written in 64 KB chunks. Usage: node contacts.mjs JOURNAL DAY
import { chunkedWriter, dayNumber, formatDay, openJournal } from './common.mjs';

const [path, today] = process.argv.slice(2);
const db = openJournal(path, { readonly: true });
const todayN = dayNumber(today);
const rows = db
  .prepare(
    `SELECT c.id, c.name,
            (SELECT group_concat(email, '; ' ORDER BY position) FROM contact_emails WHERE contact_id = c.id),
            (SELECT group_concat(phone, '; ' ORDER BY position) FROM contact_phones WHERE contact_id = c.id),
            c.company, c.role, c.birthday, c.customer_since, c.cadence, c.met, r.name,
            (SELECT group_concat(alias, '; ' ORDER BY alias) FROM contact_aliases WHERE contact_id = c.id),
            (SELECT group_concat(tag, '; ' ORDER BY tag) FROM contact_tags WHERE contact_id = c.id),
            c.archived, c.paused_until, c.created_on, c.last_contact_on, c.due_day, c.referred_by
     FROM contacts c LEFT JOIN contacts r ON r.id = c.referred_by ORDER BY c.id`,
  )
  .raw();

function cell(value) {
  if (value === null) return '';
  let s = String(value);
  const first = s.charCodeAt(0);
  if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13) s = `'${s}`; // = + - @ tab CR
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function status(archived, paused, last, due) {
  if (archived) return 'archived';
  if (paused !== null && paused > today) return 'paused';
  if (due !== null && due < todayN) return 'drifting';
  if (last === null) return 'neverContacted';
  return due !== null && due - todayN <= 7 ? 'dueSoon' : 'onTrack';
}

const out = chunkedWriter();
out.line('id,name,emails,phones,company,role,birthday,customer_since,cadence,met,referred_by,aliases,tags,archived,paused_until,created_on,status,last_contact_on,due_on,referred_by_id\r');
for (const r of rows.iterate()) {
  const [id, name, emails, phones, company, role, birthday, customer, cadence, met, referrer, aliases, tags, archived, paused, created, last, due, referrerId] = r;
  const cells = [id, cell(name), cell(emails), cell(phones), cell(company), cell(role), cell(birthday), cell(customer), cell(cadence), cell(met), cell(referrer), cell(aliases), cell(tags)];
  const full = out.line(`${cells.join(',')},${archived ? 'true' : 'false'},${cell(paused)},${cell(created)},${status(archived, paused, last, due)},${cell(last)},${due === null ? '' : formatDay(due)},${referrerId ?? ''}\r`);
  if (full) await full;
}
out.end();
db.close();
