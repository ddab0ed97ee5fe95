// Shell completion's names (namesStartingWith): each of its two scans stops at the limit, so the
// names it gives are held to every name and alias read whole and put in order here.
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/domain/names.js';
import { namesStartingWith } from '../../src/store/namePrefix.js';
import { Journal } from '../../src/store/journal.js';
import { openJournal } from '../../src/store/open.js';
import { newJournal } from '../harness/tempFiles.js';

/** People as [name, aliases]: the same name twice, names that fold alike, aliases in another order than their people's names. */
const PEOPLE: Array<[string, string[]]> = [
  ['Ann Lee', []],
  ['Ann Lee', ['Annie']],
  ['ANN LEE', []],
  ['Anna Bell', ['Bee', 'Xc']],
  ['Zed Ames', ['Aardvark', 'Ann Z', 'Xa']],
  ['Bob Annan', ['An']],
  ['José Núñez', ['Jo']],
  ['Jose Nunez', []],
  ['Joe Brown', ['Ann B', 'Xb']],
  ['Álvaro Díaz', []],
  ['Alvin Ray', ['Ally']],
];

/** Every name that starts with the prefix, or whose alias does: distinct names by their folding, then as written. */
function everyName(prefix: string): string[] {
  const from = normalizeName(prefix);
  const found = PEOPLE.filter(([name, aliases]) => [name, ...aliases].some((n) => normalizeName(n).startsWith(from))).map(([name]) => name);
  return [...new Set(found)].sort((a, b) => (normalizeName(a) < normalizeName(b) ? -1 : normalizeName(a) > normalizeName(b) ? 1 : a < b ? -1 : a > b ? 1 : 0));
}

describe('namesStartingWith', () => {
  it('gives the first names of all, for any prefix and limit', () => {
    const path = newJournal();
    const j = new Journal(openJournal(path), path);
    const contact = j.db.prepare("INSERT INTO contacts (name, name_key, created_on, created_at, updated_at) VALUES (?, ?, '2026-11-23', '', '')");
    const alias = j.db.prepare('INSERT INTO contact_aliases (contact_id, alias, alias_key) VALUES (?, ?, ?)');
    for (const [name, aliases] of PEOPLE) {
      const id = Number(contact.run(name, normalizeName(name)).lastInsertRowid);
      for (const a of aliases) alias.run(id, a, normalizeName(a));
    }
    for (const prefix of ['', 'a', 'an', 'ann', 'jo', 'jos', 'b', 'z', 'x']) {
      for (const limit of [1, 2, 3, 4, 6, 50]) expect(namesStartingWith(j, prefix, limit), `"${prefix}", ${limit}`).toEqual(everyName(prefix).slice(0, limit));
    }
    j.close();
  });
});
