// Which people an undo statement names (src/domain/undoStatements.ts), on statements in the forms
// the triggers write; test/reliability/erasure.test.ts checks that every statement a real journal's
// history holds is read.
import { describe, expect, it } from 'vitest';
import { namesPerson, peopleNamedBy } from '../../src/domain/undoStatements.js';

describe('peopleNamedBy', () => {
  it('reads a contact put back by an INSERT: their id, and whoever referred them', () => {
    const sql =
      "INSERT INTO contacts (id, name, name_key, company, role, birthday, customer_since, cadence, met, referred_by, archived) VALUES (12, 'Jane, Doe', 'jane doe', NULL, 'a = 3', NULL, NULL, NULL, 'met, referred_by = 40', 7, 0)";
    expect(peopleNamedBy(sql)).toEqual([12, 7]);
  });

  it('reads the other of a relation, and a row of another table by its contact_id only', () => {
    expect(peopleNamedBy("INSERT INTO relations (id, contact_id, other_id, other_name, kind) VALUES (5, 3, 9, NULL, 'spouse')")).toEqual([3, 9]);
    expect(peopleNamedBy("INSERT INTO details (id, contact_id, text, date, yearly, created_at) VALUES (44, 3, 'id 12', NULL, 0, '2026')")).toEqual([3]);
    expect(peopleNamedBy('INSERT INTO contact_emails (rowid, contact_id, email, position) VALUES (12, 3, X\'6a\', 0)')).toEqual([3]);
  });

  it('reads UPDATEs: a value set back and the row they apply to', () => {
    expect(peopleNamedBy("UPDATE contacts SET name = 'Tom, WHERE id = 8', referred_by = 12 WHERE id = 3")).toEqual([12, 3]);
    expect(peopleNamedBy('UPDATE conversation_people SET contact_id = 4 WHERE conversation_id = 10 AND contact_id = 12')).toEqual([4, 12]);
    expect(peopleNamedBy("UPDATE conversations SET note = 'it''s AND contact_id = 12' WHERE id = 12")).toEqual([]);
  });

  it('reads DELETEs; the delete of all people above an id (an import) names nobody', () => {
    expect(peopleNamedBy('DELETE FROM contacts WHERE id = 12')).toEqual([12]);
    expect(peopleNamedBy("DELETE FROM contact_tags WHERE contact_id = 12 AND tag = 'vip'")).toEqual([12]);
    expect(peopleNamedBy('DELETE FROM conversations WHERE id = 12')).toEqual([]);
    expect(peopleNamedBy('DELETE FROM contacts WHERE id > 12')).toEqual([]);
  });

  it('does not read a statement in another form', () => {
    expect(peopleNamedBy('REPLACE INTO contacts VALUES (12)')).toBeUndefined();
    expect(peopleNamedBy('INSERT INTO contacts (id, name) VALUES (12)')).toBeUndefined();
  });
});

describe('namesPerson', () => {
  it('says whether a statement names the person, and yes when it cannot tell', () => {
    expect(namesPerson('DELETE FROM details WHERE id = 12', 12)).toBe(false);
    expect(namesPerson("UPDATE relations SET other_id = 12 WHERE id = 1", 12)).toBe(true);
    expect(namesPerson('VACUUM', 12)).toBe(true);
  });
});
