-- 0029: every folded name by its runs of three letters, so that a part of a name is found without
-- reading every name in the journal (issue 16). Naming someone by a part of their name (`rel show
-- kowalsk`) read the whole index of names with LIKE '%kowalsk%', and `rel add` of a new name read it
-- twice more: once for that, once for the names a typo away (src/store/samePerson.ts). On a journal
-- of 100,000 people that was 13 and 24 ms of reading, growing with the journal, for an answer of a
-- few names. FTS5's trigram tokenizer finds the names that hold a run of three or more letters
-- from their postings; shorter runs are still looked for in the index of names.
--
-- The table is derived from contacts.name_key, like the search index (0014): triggers keep it in
-- the same transaction, with no undo triggers of its own (an undo puts contacts back, and these
-- triggers follow). The people a change adds in bulk (an import, a restore) are left out as they
-- are written and indexed in one statement when the change ends (src/store/searchIndex.ts), as
-- 0016 does for the search index. It keeps each name_key as its own column, so that a match is
-- checked against the name without reading the contact's row. `rel doctor` compares it with the
-- contacts (its "names" check).
--
-- FTS5's secure-delete, as 0015 set it for the search index: a name deleted leaves the postings at
-- once, and the stored name_key is a row of a table that PRAGMA secure_delete zeroes.
CREATE VIRTUAL TABLE name_trigrams USING fts5(name_key, tokenize = 'trigram', detail = 'full');
INSERT INTO name_trigrams (name_trigrams, rank) VALUES ('secure-delete', 1);

INSERT INTO name_trigrams (rowid, name_key) SELECT id, name_key FROM contacts ORDER BY id;

CREATE TRIGGER name_trigrams_insert AFTER INSERT ON contacts
  WHEN new.id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO name_trigrams (rowid, name_key) VALUES (new.id, new.name_key);
END;

-- Only a new name: an undo or a change of cadence writes every column of many rows.
CREATE TRIGGER name_trigrams_update AFTER UPDATE OF name_key ON contacts
  WHEN old.name_key IS NOT new.name_key AND new.id <= (SELECT new_people_after FROM undo_current) BEGIN
  DELETE FROM name_trigrams WHERE rowid = old.id;
  INSERT INTO name_trigrams (rowid, name_key) VALUES (new.id, new.name_key);
END;

CREATE TRIGGER name_trigrams_delete AFTER DELETE ON contacts BEGIN
  DELETE FROM name_trigrams WHERE rowid = old.id;
END;
