// Relations for the synthetic journals (issue 13): ~15% of people have a spouse (a contact of the
// journal a third of the time, else only a name), ~12% have children (names, a word sometimes),
// ~8% of those with a company have colleagues there, ~3% a manager known only by name. Rows are
// written as rel stores them (src/domain/relations.ts): the contact is KIND of the other.
import { instantOn } from './random.mjs';
import * as V from './vocabulary.mjs';

const lastNameOf = (name) => name.split(' ').at(-1);

/** Writes the relations of `contacts` (0-based, as generate.mjs made them) in one transaction; returns how many. */
export function insertRelations(db, contacts, todayN, t) {
  const insert = db.prepare('INSERT INTO relations (contact_id, other_id, other_name, kind, word, other_word, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const n = contacts.length;
  const married = new Uint8Array(n);
  const byCompany = new Map();
  contacts.forEach((c, i) => {
    if (c.company) byCompany.set(c.company, [...(byCompany.get(c.company) ?? []), i]);
  });
  let count = 0;
  const add = (i, otherIndex, otherName, kind, word, otherWord) => {
    const at = instantOn(t.int(contacts[i].createdN, todayN), t);
    insert.run(i + 1, otherIndex === null ? null : otherIndex + 1, otherIndex === null ? otherName : null, kind, word, otherWord, at);
    count++;
  };
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const c = contacts[i];
      if (!married[i] && t.chance(0.15)) {
        const j = t.int(0, n - 1);
        const word = t.chance(0.6) ? t.pick(['husband', 'wife']) : null;
        if (j !== i && !married[j] && t.chance(1 / 3)) {
          married[i] = married[j] = 1;
          add(i, j, null, 'spouse', word, null);
        } else {
          married[i] = 1;
          add(i, null, `${t.pick(V.FIRST_NAMES)} ${lastNameOf(c.name)}`, 'spouse', null, word);
        }
      }
      if (t.chance(0.12)) {
        const children = t.weighted([[1, 50], [2, 35], [3, 15]]);
        for (let k = 0; k < children; k++) add(i, null, `${t.pick(V.FIRST_NAMES)} ${lastNameOf(c.name)}`, 'parent', null, t.chance(0.5) ? t.pick(['son', 'daughter']) : null);
      }
      const colleagues = c.company ? byCompany.get(c.company) : undefined;
      if (colleagues && colleagues.length > 1 && t.chance(0.08)) {
        const j = t.pick(colleagues);
        if (j > i) add(i, j, null, 'colleague', null, null); // each pair from its first person only: never doubled
      }
      if (c.company && t.chance(0.03)) add(i, null, `${t.pick(V.FIRST_NAMES)} ${t.pick(V.LAST_NAMES)}`, 'report', null, t.chance(0.3) ? 'boss' : null);
    }
  })();
  return count;
}
