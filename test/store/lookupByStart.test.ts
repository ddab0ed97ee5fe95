// Naming a person (findContact) reads first only the people whose id, name or alias start, email or
// phone the query is (matchByStart), and every name that holds the query only when none does: its
// answer is held to matchContact's over every person in the journal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchContact, normalizeName, type NamedContact } from '../../src/domain/names.js';
import { Journal } from '../../src/store/journal.js';
import { findContact } from '../../src/store/lookup.js';
import { openJournal } from '../../src/store/open.js';
import { newJournal } from '../harness/tempFiles.js';

// Few letters, so that names start alike, hold one another and share words; an accent, a hyphen.
const word = fc.array(fc.constantFrom('a', 'n', 'e', 'é', 'b'), { minLength: 1, maxLength: 4 }).map((letters) => letters.join(''));
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const person = fc.record({
  name,
  aliases: fc.array(word, { maxLength: 1 }),
  emails: fc.array(word.map((w) => `${normalizeName(w)}@x.example`), { maxLength: 1 }),
});
const query = fc.oneof(word, name, word.map((w) => w.toUpperCase()), word.map((w) => `${normalizeName(w)}@X.example`), fc.integer({ min: 1, max: 90 }).map((n) => `#${n}`), word.map((w) => `${w}-`));

describe('findContact', () => {
  it('answers as matchContact over everyone, reading the starts of names first', () => {
    const path = newJournal();
    const j = new Journal(openJournal(path), path);
    const everyone: NamedContact[] = [];
    const addContact = j.db.prepare("INSERT INTO contacts (name, name_key, created_on, created_at, updated_at) VALUES (?, ?, '2026-11-23', '', '')");
    const addAlias = j.db.prepare('INSERT OR IGNORE INTO contact_aliases (contact_id, alias, alias_key) VALUES (?, ?, ?)');
    const addEmail = j.db.prepare('INSERT OR IGNORE INTO contact_emails (contact_id, email, position) VALUES (?, ?, 0)');
    for (const p of fc.sample(person, { numRuns: 80, seed: 37 })) {
      const id = Number(addContact.run(p.name, normalizeName(p.name)).lastInsertRowid);
      for (const alias of p.aliases) addAlias.run(id, alias, normalizeName(alias));
      for (const email of p.emails) addEmail.run(id, email);
      everyone.push({ id, name: p.name, aliases: p.aliases, emails: p.emails, phones: [] });
    }
    const answers = new Set<string>();
    fc.assert(
      fc.property(query, (q) => {
        const expected = matchContact(q, everyone);
        const found = findContact(j, q);
        answers.add(expected.status);
        expect(found.status).toBe(expected.status);
        if (found.status === 'found' && expected.status === 'found') expect([found.contact.id, found.exact]).toEqual([expected.contact.id, expected.exact]);
        if (found.status === 'ambiguous' && expected.status === 'ambiguous') expect(found.candidates.map((c) => c.id)).toEqual(expected.candidates.map((c) => c.id));
      }),
      { numRuns: 800, seed: 4 },
    );
    expect([...answers].sort()).toEqual(['ambiguous', 'found', 'none']);
    j.close();
  });
});
