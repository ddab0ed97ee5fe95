-- 0009: search folds every letter as names do (SPEC §3 "Naming people"): `rel search lukasz` finds
-- Łukasz Wróbel, `soren` Søren, `strasse` a note about the Straße. The tokenizer of 0002 (unicode61,
-- remove_diacritics 2) removes accents, so é, ñ and ü were found, but it leaves whole the letters
-- that Unicode does not decompose: ł, ø, ß, ı, æ, œ, đ, ð, þ, ħ, ŧ, … (src/domain/names.ts).
--
-- How: the index gains a column, `folded`, that holds the text with those letters written plain
-- ("Łukasz Wróbel" → "lukasz Wróbel"; the tokenizer still removes the accents), and only when that
-- changes the text: NULL otherwise, so the index does not double (on the benchmark's journals
-- about 0.3% of the rows have one). rel folds the words of a query the same way before MATCH
-- (src/domain/searchFold.ts), so "lukasz" and "łukasz" both look for "lukasz", found in the text
-- or in its folded copy. The snippet comes from the folded copy when there is one (it holds every
-- match) and rel writes it back in the text's own letters, so the user sees [Łukasz], not Lukasz.
-- Not chosen: folding the stored text itself (snippets would show Lukasz); a tokenizer or a fold
-- function of rel's own (every tool that opens the file, sqlite3 included, would need rel's code
-- to read the index or to write a contact: see src/store/open.ts).
--
-- So the fold is plain SQL: one replace() per character that folds through names.ts's
-- LATIN_LETTERS (foldsThroughLatinTable: the letters in both cases, ẞ, and letters that decompose
-- onto them such as ǿ and ǽ), each into what normalizeName makes of it. The list exists twice, here
-- and in names.ts: test/store/searchFold.test.ts fails when they disagree, and a letter added to
-- the table needs a migration that rebuilds the index. Only a text with a character beyond
-- printable ASCII goes through the replace()s, which keeps the triggers and the rebuild cheap.
--
-- The views say once what the index holds for every record (a contact with its aliases, company,
-- role and how you met; a conversation's note and resolution; a detail; a follow-up) and its
-- folded copy; the triggers of 0002 now insert from search_text by kind and id (SQLite pushes the
-- WHERE into each arm of the UNION ALL: a primary key lookup each). Rowids, what fires them and
-- the cascade behaviour are those of 0002. FTS5 cannot add a column, so the index is dropped and
-- rebuilt from the tables. As before, search_index has no undo triggers (0008): it follows the
-- tables through its own triggers, an undo included.

DROP TRIGGER search_contact_insert;
DROP TRIGGER search_contact_update;
DROP TRIGGER search_contact_delete;
DROP TRIGGER search_alias_insert;
DROP TRIGGER search_alias_update;
DROP TRIGGER search_alias_delete;
DROP TRIGGER search_conversation_insert;
DROP TRIGGER search_conversation_update;
DROP TRIGGER search_conversation_delete;
DROP TRIGGER search_detail_insert;
DROP TRIGGER search_detail_update;
DROP TRIGGER search_detail_delete;
DROP TRIGGER search_reminder_insert;
DROP TRIGGER search_reminder_update;
DROP TRIGGER search_reminder_delete;
DROP VIEW search_contact_text;
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5(
  body,                  -- the text as the user wrote it
  folded,                -- the text with the letters the tokenizer cannot fold written plain; NULL when that changes nothing
  kind UNINDEXED,        -- 'contact', 'conversation', 'detail', 'reminder'
  ref_id UNINDEXED,      -- the id in that kind's table
  contact_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- What each record is found by, its rowid in the index (id * 4 + kind) and whose it is.
CREATE VIEW search_source AS
SELECT c.id * 4 AS row_id, 'contact' AS kind, c.id AS ref_id, c.id AS contact_id,
       concat_ws(' · ', c.name, (SELECT group_concat(a.alias, ', ') FROM contact_aliases a WHERE a.contact_id = c.id), c.company, c.role, c.met) AS body
FROM contacts c
UNION ALL
SELECT id * 4 + 1, 'conversation', id, contact_id, concat_ws(' · ', note, resolution_note) FROM conversations
WHERE coalesce(note, resolution_note) IS NOT NULL
UNION ALL
SELECT id * 4 + 2, 'detail', id, contact_id, text FROM details
UNION ALL
SELECT id * 4 + 3, 'reminder', id, contact_id, text FROM reminders;

-- The fold, twenty replace()s to a view: SQLite before 3.46 (python's sqlite3, many sqlite3
-- shells) cannot parse calls nested much deeper than that, and could no longer open the journal.
-- The replace()s take every character c for which names.ts's foldsThroughLatinTable(c) holds, in
-- code point order, to normalizeName(c). search_text is what the index holds: the text, and its
-- folded copy when that differs. SQLite merges the views into one expression, so the replace()s
-- run only for a text with a character beyond printable ASCII (the GLOB).
CREATE VIEW search_fold_1 AS
SELECT row_id, kind, ref_id, contact_id, body,
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
       body,
       'Æ', 'ae'), 'Ð', 'd'), 'Ø', 'o'), 'Þ', 'th'), 'ß', 'ss'), 'æ', 'ae'), 'ð', 'd'), 'ø', 'o'), 'þ', 'th'), 'Đ', 'd'),
       'đ', 'd'), 'Ħ', 'h'), 'ħ', 'h'), 'ı', 'i'), 'ĸ', 'k'), 'Ł', 'l'), 'ł', 'l'), 'Ŋ', 'n'), 'ŋ', 'n'), 'Œ', 'oe') AS folding
FROM search_source;

CREATE VIEW search_fold_2 AS
SELECT row_id, kind, ref_id, contact_id, body,
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
       folding,
       'œ', 'oe'), 'Ŧ', 't'), 'ŧ', 't'), 'ƀ', 'b'), 'Ɓ', 'b'), 'Ɔ', 'o'), 'Ƈ', 'c'), 'ƈ', 'c'), 'Ɖ', 'd'), 'Ƒ', 'f'),
       'ƒ', 'f'), 'Ɠ', 'g'), 'Ɨ', 'i'), 'Ƙ', 'k'), 'ƙ', 'k'), 'ƚ', 'l'), 'Ɲ', 'n'), 'Ƥ', 'p'), 'ƥ', 'p'), 'Ƭ', 't') AS folding
FROM search_fold_1;

CREATE VIEW search_fold_3 AS
SELECT row_id, kind, ref_id, contact_id, body,
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
       folding,
       'ƭ', 't'), 'Ʋ', 'v'), 'Ƴ', 'y'), 'ƴ', 'y'), 'Ƶ', 'z'), 'ƶ', 'z'), 'Ʒ', 'z'), 'Ǣ', 'ae'), 'ǣ', 'ae'), 'Ǥ', 'g'),
       'ǥ', 'g'), 'Ǯ', 'z'), 'ǯ', 'z'), 'Ǽ', 'ae'), 'ǽ', 'ae'), 'Ǿ', 'o'), 'ǿ', 'o'), 'Ȥ', 'z'), 'ȥ', 'z'), 'ȷ', 'j') AS folding
FROM search_fold_2;

CREATE VIEW search_fold_4 AS
SELECT row_id, kind, ref_id, contact_id, body,
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
       folding,
       'Ȼ', 'c'), 'ȼ', 'c'), 'Ƚ', 'l'), 'Ƀ', 'b'), 'Ʉ', 'u'), 'Ɇ', 'e'), 'ɇ', 'e'), 'Ɍ', 'r'), 'ɍ', 'r'), 'Ɏ', 'y'),
       'ɏ', 'y'), 'ɓ', 'b'), 'ɔ', 'o'), 'ɖ', 'd'), 'ɠ', 'g'), 'ɨ', 'i'), 'ɲ', 'n'), 'ʉ', 'u'), 'ʋ', 'v'), 'ʒ', 'z') AS folding
FROM search_fold_3;

CREATE VIEW search_text AS
SELECT row_id, kind, ref_id, contact_id, body,
       CASE WHEN body GLOB '*[^ -~]*' THEN nullif(
         replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
         replace(replace(replace(replace(replace(replace(replace(replace(replace(
         folding,
         'ᵑ', 'n'), 'ᵓ', 'o'), 'ᶞ', 'd'), 'ᶤ', 'i'), 'ᶮ', 'n'), 'ᶶ', 'u'), 'ᶹ', 'v'), 'ᶾ', 'z'), 'ẞ', 'ss'), 'ℏ', 'h'),
         'ꟹ', 'oe'), '𐞃', 'ae'), '𐞅', 'b'), '𐞋', 'd'), '𐞓', 'g'), '𐞕', 'h'), '𐞢', 'o'), '𝚤', 'i'), '𝚥', 'j'),
         body) END AS folded
FROM search_fold_4;

INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text;

-- Contacts and their aliases: the contact's one row is rebuilt whenever any part of it changes.
CREATE TRIGGER search_contact_insert AFTER INSERT ON contacts BEGIN
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'contact' AND ref_id = new.id;
END;
CREATE TRIGGER search_contact_update AFTER UPDATE OF id, name, company, role, met ON contacts BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4;
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'contact' AND ref_id = new.id;
END;
CREATE TRIGGER search_contact_delete AFTER DELETE ON contacts BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4;
END;

CREATE TRIGGER search_alias_insert AFTER INSERT ON contact_aliases BEGIN
  DELETE FROM search_index WHERE rowid = new.contact_id * 4;
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'contact' AND ref_id = new.contact_id;
END;
CREATE TRIGGER search_alias_update AFTER UPDATE ON contact_aliases BEGIN
  DELETE FROM search_index WHERE rowid IN (old.contact_id * 4, new.contact_id * 4);
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'contact' AND ref_id IN (old.contact_id, new.contact_id);
END;
-- During a contact's cascade the contact is already gone, so this re-inserts nothing.
CREATE TRIGGER search_alias_delete AFTER DELETE ON contact_aliases BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4;
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'contact' AND ref_id = old.contact_id;
END;

-- Conversations: the note and the resolution note; a conversation with neither has no row.
CREATE TRIGGER search_conversation_insert AFTER INSERT ON conversations
WHEN coalesce(new.note, new.resolution_note) IS NOT NULL BEGIN
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'conversation' AND ref_id = new.id;
END;
CREATE TRIGGER search_conversation_update AFTER UPDATE OF id, contact_id, note, resolution_note ON conversations BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'conversation' AND ref_id = new.id;
END;
CREATE TRIGGER search_conversation_delete AFTER DELETE ON conversations BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
END;

CREATE TRIGGER search_detail_insert AFTER INSERT ON details BEGIN
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'detail' AND ref_id = new.id;
END;
CREATE TRIGGER search_detail_update AFTER UPDATE OF id, contact_id, text ON details BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'detail' AND ref_id = new.id;
END;
CREATE TRIGGER search_detail_delete AFTER DELETE ON details BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
END;

CREATE TRIGGER search_reminder_insert AFTER INSERT ON reminders BEGIN
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'reminder' AND ref_id = new.id;
END;
CREATE TRIGGER search_reminder_update AFTER UPDATE OF id, contact_id, text ON reminders BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'reminder' AND ref_id = new.id;
END;
CREATE TRIGGER search_reminder_delete AFTER DELETE ON reminders BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
END;
