// Floor for `rel duplicates`: pairs of people who share an email or a phone key, whose name keys are
// equal or one's alias is the other's name, found by SQL through the indexed keys, and names a typo
// apart, met through a shared one-letter deletion of the distinct name keys. (rel also looks for one
// name inside another; this floor does not.) Strongest first. Usage: node duplicates.mjs JOURNAL
import { openJournal } from './common.mjs';

const db = openJournal(process.argv[2], { readonly: true });
const WEIGHT = { email: 50, phone: 40, name: 40, typo: 30 };
const pairs = new Map();
const add = (x, y, kind) => {
  if (x === y) return;
  const key = x < y ? `${x}:${y}` : `${y}:${x}`;
  const pair = pairs.get(key) ?? { a: Math.min(x, y), b: Math.max(x, y), kinds: new Set() };
  pair.kinds.add(kind);
  pairs.set(key, pair);
};
const sharing = {
  email: 'SELECT a.contact_id, b.contact_id FROM contact_emails a JOIN contact_emails b ON b.email = a.email COLLATE NOCASE AND b.contact_id > a.contact_id',
  phone: 'SELECT a.contact_id, b.contact_id FROM contact_phones a JOIN contact_phones b ON b.phone_key = a.phone_key AND b.contact_id > a.contact_id WHERE length(a.phone_key) >= 7',
  name: `SELECT a.id, b.id FROM contacts a JOIN contacts b ON b.name_key = a.name_key AND b.id > a.id
         UNION ALL SELECT l.contact_id, c.id FROM contact_aliases l JOIN contacts c ON c.name_key = l.alias_key`,
};
for (const [kind, sql] of Object.entries(sharing)) for (const [x, y] of db.prepare(sql).raw().iterate()) add(x, y, kind);

// Typos: two keys one edit apart share a variant with one letter deleted (or one is the other's).
const byKey = new Map();
for (const [id, key] of db.prepare('SELECT id, name_key FROM contacts').raw().iterate()) (byKey.get(key) ?? byKey.set(key, []).get(key)).push(id);
const keys = [...byKey.keys()];
const variants = new Map();
keys.forEach((key, index) => {
  for (let i = 0; i <= key.length; i++) {
    const v = i === key.length ? key : key.slice(0, i) + key.slice(i + 1);
    const list = variants.get(v);
    if (list === undefined) variants.set(v, index);
    else if (typeof list === 'number') list !== index && variants.set(v, [list, index]);
    else if (list.at(-1) !== index) list.push(index);
  }
});
function oneEditApart(s, t) {
  if (Math.abs(s.length - t.length) > 1 || s === t) return false;
  let i = 0;
  while (i < s.length && s[i] === t[i]) i++;
  if (s.length === t.length) return s.slice(i + 1) === t.slice(i + 1) || (s[i] === t[i + 1] && s[i + 1] === t[i] && s.slice(i + 2) === t.slice(i + 2));
  return s.length < t.length ? s.slice(i) === t.slice(i + 1) : s.slice(i + 1) === t.slice(i);
}
for (const list of variants.values()) {
  if (typeof list === 'number') continue;
  for (let i = 0; i < list.length; i++) {
    for (let k = i + 1; k < list.length; k++) {
      if (!oneEditApart(keys[list[i]], keys[list[k]])) continue;
      for (const a of byKey.get(keys[list[i]])) for (const b of byKey.get(keys[list[k]])) add(a, b, 'typo');
    }
  }
}

const name = db.prepare('SELECT name FROM contacts WHERE id = ?').pluck();
const strength = (p) => [...p.kinds].reduce((sum, k) => sum + WEIGHT[k], 0);
const sorted = [...pairs.values()].sort((x, y) => strength(y) - strength(x) || x.a - y.a || x.b - y.b);
process.stdout.write(sorted.map((p) => `${name.get(p.a)} (#${p.a})  ·  ${name.get(p.b)} (#${p.b})  — ${[...p.kinds].join('; ')}`).join('\n') + '\n');
db.close();
