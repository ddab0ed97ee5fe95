-- 0002: full-text search (rel search). One FTS5 index over everything a person might remember a
-- contact by: the name with aliases, company, role and how you met; conversation notes (and how a
-- complaint was resolved); remembered details; follow-ups. One table, so bm25 ranks all kinds of
-- match against each other. `remove_diacritics 2` makes "nunez" find "Núñez".
--
-- The index keeps its own copy of the text (a regular FTS5 table): snippet() needs the text, and
-- an external-content table would have to read it back through a view of four tables keyed by a
-- computed rowid, which SQLite cannot look up by index. The copy is what makes snippets cheap.
--
-- rowid = id * 4 + kind (0 contact, 1 conversation, 2 detail, 3 reminder), so every trigger
-- finds its row by rowid; an FTS5 table cannot index its UNINDEXED columns, so a DELETE ... WHERE
-- ref_id = ? would read the whole index. Dates are not copied: rel search reads them from the
-- tables, so snoozing or moving a reminder needs no index update.
--
-- Deleting a contact cascades to its conversations, details, reminders and aliases. SQLite fires
-- the children's DELETE triggers for rows removed by a foreign-key cascade (whatever
-- recursive_triggers says; test/store/searchIndex.test.ts checks it), and the contact's own trigger runs
-- after the cascade, so the index loses every row of the person.

CREATE VIRTUAL TABLE search_index USING fts5(
  body,
  kind UNINDEXED,        -- 'contact', 'conversation', 'detail', 'reminder'
  ref_id UNINDEXED,      -- the id in that kind's table
  contact_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- What a contact is found by: "Jane Doe · JD, Janie · Doe Flowers · florist · met at the fair".
CREATE VIEW search_contact_text AS
SELECT c.id,
       concat_ws(' · ', c.name, (SELECT group_concat(a.alias, ', ') FROM contact_aliases a WHERE a.contact_id = c.id), c.company, c.role, c.met) AS body
FROM contacts c;

-- Backfill what the journal already holds.
INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
SELECT id * 4, body, 'contact', id, id FROM search_contact_text;
INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
SELECT id * 4 + 1, concat_ws(' · ', note, resolution_note), 'conversation', id, contact_id FROM conversations
WHERE coalesce(note, resolution_note) IS NOT NULL;
INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
SELECT id * 4 + 2, text, 'detail', id, contact_id FROM details;
INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
SELECT id * 4 + 3, text, 'reminder', id, contact_id FROM reminders;

-- Contacts and their aliases: the contact's one row is rebuilt whenever any part of it changes.
CREATE TRIGGER search_contact_insert AFTER INSERT ON contacts BEGIN
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
  SELECT id * 4, body, 'contact', id, id FROM search_contact_text WHERE id = new.id;
END;
CREATE TRIGGER search_contact_update AFTER UPDATE OF id, name, company, role, met ON contacts BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4;
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
  SELECT id * 4, body, 'contact', id, id FROM search_contact_text WHERE id = new.id;
END;
CREATE TRIGGER search_contact_delete AFTER DELETE ON contacts BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4;
END;

CREATE TRIGGER search_alias_insert AFTER INSERT ON contact_aliases BEGIN
  DELETE FROM search_index WHERE rowid = new.contact_id * 4;
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
  SELECT id * 4, body, 'contact', id, id FROM search_contact_text WHERE id = new.contact_id;
END;
CREATE TRIGGER search_alias_update AFTER UPDATE ON contact_aliases BEGIN
  DELETE FROM search_index WHERE rowid IN (old.contact_id * 4, new.contact_id * 4);
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
  SELECT id * 4, body, 'contact', id, id FROM search_contact_text WHERE id IN (old.contact_id, new.contact_id);
END;
-- During a contact's cascade the contact is already gone, so this re-inserts nothing.
CREATE TRIGGER search_alias_delete AFTER DELETE ON contact_aliases BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4;
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
  SELECT id * 4, body, 'contact', id, id FROM search_contact_text WHERE id = old.contact_id;
END;

-- Conversations: the note and the resolution note; a conversation with neither has no row.
CREATE TRIGGER search_conversation_insert AFTER INSERT ON conversations
WHEN coalesce(new.note, new.resolution_note) IS NOT NULL BEGIN
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
  VALUES (new.id * 4 + 1, concat_ws(' · ', new.note, new.resolution_note), 'conversation', new.id, new.contact_id);
END;
CREATE TRIGGER search_conversation_update AFTER UPDATE OF id, contact_id, note, resolution_note ON conversations BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
  SELECT new.id * 4 + 1, concat_ws(' · ', new.note, new.resolution_note), 'conversation', new.id, new.contact_id
  WHERE coalesce(new.note, new.resolution_note) IS NOT NULL;
END;
CREATE TRIGGER search_conversation_delete AFTER DELETE ON conversations BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
END;

CREATE TRIGGER search_detail_insert AFTER INSERT ON details BEGIN
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id) VALUES (new.id * 4 + 2, new.text, 'detail', new.id, new.contact_id);
END;
CREATE TRIGGER search_detail_update AFTER UPDATE OF id, contact_id, text ON details BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id) VALUES (new.id * 4 + 2, new.text, 'detail', new.id, new.contact_id);
END;
CREATE TRIGGER search_detail_delete AFTER DELETE ON details BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
END;

CREATE TRIGGER search_reminder_insert AFTER INSERT ON reminders BEGIN
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id) VALUES (new.id * 4 + 3, new.text, 'reminder', new.id, new.contact_id);
END;
CREATE TRIGGER search_reminder_update AFTER UPDATE OF id, contact_id, text ON reminders BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id) VALUES (new.id * 4 + 3, new.text, 'reminder', new.id, new.contact_id);
END;
CREATE TRIGGER search_reminder_delete AFTER DELETE ON reminders BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
END;
