// Floor for `rel import contacts.csv` into a fresh journal: create it with the migrations, parse
// the CSV (RFC 4180, a small hand-rolled parser) and insert every contact with its e-mails,
// phones, aliases and tags in one transaction; referrers are resolved by name afterwards.
// Usage: node import.mjs NEW_JOURNAL CSV
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';

const [path, csvPath] = process.argv.slice(2);
const db = new Database(path, { timeout: 15_000 });
db.pragma('journal_mode = WAL');
db.pragma('foreign_keys = ON');
// Migrations 0006 and 0010 recompute name and phone keys with rel's rules (registered by rel on
// every connection); this journal is new and empty, so the functions only have to exist.
db.function('rel_name_key', { deterministic: true }, (text) => text);
db.function('rel_phone_key', { deterministic: true }, (text) => text);
const dir = new URL('../../../migrations/', import.meta.url);
const migrations = readdirSync(dir).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
db.transaction(() => {
  for (const f of migrations) db.exec(readFileSync(new URL(f, dir), 'utf8'));
  db.pragma(`user_version = ${migrations.length}`);
})();

function* records(text) {
  let row = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        value += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') (value += '"'), i++;
        else break;
      }
    } else {
      let j = i;
      while (j < text.length && text[j] !== ',' && text[j] !== '\r' && text[j] !== '\n') j++;
      value = text.slice(i, j);
      i = j;
    }
    row.push(value);
    if (text[i] === ',') i++;
    else {
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      yield row;
      row = [];
    }
  }
}

const key = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const multi = (s) => (s ? s.split(';').map((x) => x.trim()).filter(Boolean) : []);
const now = new Date().toISOString();
const contact = db.prepare(
  `INSERT INTO contacts (name, name_key, company, role, birthday, customer_since, cadence, met, archived, paused_until, created_on, created_at, updated_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
const email = db.prepare('INSERT OR IGNORE INTO contact_emails (contact_id, email, position) VALUES (?, ?, ?)');
const phone = db.prepare('INSERT OR IGNORE INTO contact_phones (contact_id, phone, position, phone_key) VALUES (?, ?, ?, ?)');
const phoneKey = (p) => p.replace(/\D/g, '').slice(-9) || p.trim().toLowerCase();
const alias = db.prepare('INSERT OR IGNORE INTO contact_aliases (contact_id, alias, alias_key) VALUES (?, ?, ?)');
const tag = db.prepare('INSERT OR IGNORE INTO contact_tags (contact_id, tag) VALUES (?, ?)');
const refer = db.prepare('UPDATE contacts SET referred_by = ? WHERE id = ?');
let count = 0;
db.transaction(() => {
  const it = records(readFileSync(csvPath, 'utf8'));
  const header = it.next().value;
  const at = Object.fromEntries(header.map((h, k) => [h, k]));
  const byName = new Map();
  const referrals = [];
  const get = (r, column) => r[at[column]] || null;
  for (const r of it) {
    const name = get(r, 'name');
    const id = Number(contact.run(name, key(name), get(r, 'company'), get(r, 'role'), get(r, 'birthday'), get(r, 'customer_since'), get(r, 'cadence'), get(r, 'met'), get(r, 'archived') === '1' ? 1 : 0, get(r, 'paused_until'), get(r, 'created_on'), now, now).lastInsertRowid);
    if (!byName.has(key(name))) byName.set(key(name), id);
    multi(get(r, 'emails')).forEach((e, k) => email.run(id, e, k));
    multi(get(r, 'phones')).forEach((p, k) => phone.run(id, p, k, phoneKey(p)));
    multi(get(r, 'aliases')).forEach((a) => alias.run(id, a, key(a)));
    multi(get(r, 'tags')).forEach((g) => tag.run(id, g));
    if (get(r, 'referred_by')) referrals.push([id, key(get(r, 'referred_by'))]);
    count++;
  }
  for (const [id, referrer] of referrals) if (byName.has(referrer)) refer.run(byName.get(referrer), id);
})();
db.close();
console.error(`imported ${count} contacts`);
