-- 0014: search that finds (SPEC §3 `rel search`, issue 14): several words match a person when
-- each occurs somewhere on that person, not necessarily in one record (`rel search "kowalski
-- kuba"` finds Jakub Kowalski whose nickname is in a note); emails and phone numbers are found,
-- a phone whatever its spacing; English word forms match (lily/lilies, call/calling); a
-- conversation with several people (0012) is found for each of them. rel reads the query
-- (src/domain/searchQuery.ts) and asks the index for each term's people (src/store/search.ts).
--
-- The index is rebuilt (FTS5 cannot change its tokenizer or add a column):
-- - tokenizer `porter unicode61 remove_diacritics 2`: unicode61 folds case and accents as before,
--   and the porter stemmer reduces English words to their stem, in the text and in the query.
--   The fold of 0009 stays: the `folded` column, written by the views search_fold_1..4 and
--   search_text, which read search_source, redefined here (same columns).
-- - one row per person a record is on: a conversation has a row for each person who was there
--   (conversation_people is what says who was, and its triggers keep the rows), so a group
--   conversation is found for each of them, and a person's rows are those whose rowid says so.
-- - emails and phones have rows of their own (kinds 'email' and 'phone'); a phone's row holds its
--   key as the domain computed it (contact_phones.phone_key, 0010: its last nine digits) in the
--   column phone_key, which rel's query looks for when a term reads as a phone number.
--
-- rowid = contact_id * 2^32 + kind * 2^29 + ref_id, kind 0 contact, 1 conversation, 2 detail,
-- 3 reminder, 4 email, 5 phone; ref_id is the record's id (the contact's for its own row,
-- contact_emails' and contact_phones' rowid for theirs), below 2^29 (536,870,912), and contact
-- ids below 2^31. So whose a match is, is rowid >> 32: the people a term matches are read from
-- the index's doclists alone, with no lookup of any row (46,000 matches of a word in a large
-- journal: 12 ms, against 315 ms through the contact_id column), and a person's rows are one
-- range of rowids. Every trigger still finds its row by rowid. A person's rows come in the order
-- of their kinds, so an import (a contact, then its emails and phones) adds rows in rising
-- rowid order, which FTS5 writes without flushing.
--
-- Deleting a contact cascades to its conversations' people, details, reminders, emails, phones
-- and aliases; SQLite fires the children's DELETE triggers for those (0002), so the index loses
-- every row of the person. As before, search_index has no undo triggers (0008): it follows the
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
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5(
  body,                  -- the text as the user wrote it
  folded,                -- the text with the letters the tokenizer cannot fold written plain; NULL when that changes nothing
  phone_key,             -- a phone's key (contact_phones.phone_key); NULL for every other row
  kind UNINDEXED,        -- 'contact', 'conversation', 'detail', 'reminder', 'email', 'phone'
  ref_id UNINDEXED,      -- the id in that kind's table (a rowid for an email or a phone)
  contact_id UNINDEXED,  -- whose row it is: rowid >> 32
  tokenize = 'porter unicode61 remove_diacritics 2'
);

-- What each record is found by, its rowid in the index, and whose it is: one row per person a
-- conversation was with. The fold views of 0009 read this view by name.
DROP VIEW search_source;
CREATE VIEW search_source AS
SELECT c.id * 4294967296 + c.id AS row_id, 'contact' AS kind, c.id AS ref_id, c.id AS contact_id,
       concat_ws(' · ', c.name, (SELECT group_concat(a.alias, ', ') FROM contact_aliases a WHERE a.contact_id = c.id), c.company, c.role, c.met) AS body
FROM contacts c
UNION ALL
SELECT p.contact_id * 4294967296 + 536870912 + v.id, 'conversation', v.id, p.contact_id, concat_ws(' · ', v.note, v.resolution_note)
FROM conversations v JOIN conversation_people p ON p.conversation_id = v.id
WHERE coalesce(v.note, v.resolution_note) IS NOT NULL
UNION ALL
SELECT contact_id * 4294967296 + 2 * 536870912 + id, 'detail', id, contact_id, text FROM details
UNION ALL
SELECT contact_id * 4294967296 + 3 * 536870912 + id, 'reminder', id, contact_id, text FROM reminders
UNION ALL
SELECT contact_id * 4294967296 + 4 * 536870912 + rowid, 'email', rowid, contact_id, email FROM contact_emails
UNION ALL
SELECT contact_id * 4294967296 + 5 * 536870912 + rowid, 'phone', rowid, contact_id, phone FROM contact_phones;

-- In rowid order: FTS5 flushes what it holds whenever a rowid goes down.
INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
SELECT row_id, body, folded, CASE WHEN kind = 'phone' THEN (SELECT phone_key FROM contact_phones WHERE rowid = ref_id) END, kind, ref_id, contact_id
FROM search_text ORDER BY row_id;

-- Contacts and their aliases: the contact's one row is rebuilt whenever any part of it changes.
CREATE TRIGGER search_contact_insert AFTER INSERT ON contacts BEGIN
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'contact' AND ref_id = new.id;
END;
CREATE TRIGGER search_contact_update AFTER UPDATE OF id, name, company, role, met ON contacts BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4294967296 + old.id;
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'contact' AND ref_id = new.id;
END;
CREATE TRIGGER search_contact_delete AFTER DELETE ON contacts BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4294967296 + old.id;
END;

CREATE TRIGGER search_alias_insert AFTER INSERT ON contact_aliases BEGIN
  DELETE FROM search_index WHERE rowid = new.contact_id * 4294967296 + new.contact_id;
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'contact' AND ref_id = new.contact_id;
END;
CREATE TRIGGER search_alias_update AFTER UPDATE ON contact_aliases BEGIN
  DELETE FROM search_index WHERE rowid IN (old.contact_id * 4294967296 + old.contact_id, new.contact_id * 4294967296 + new.contact_id);
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'contact' AND ref_id IN (old.contact_id, new.contact_id);
END;
-- During a contact's cascade the contact is already gone, so this re-inserts nothing.
CREATE TRIGGER search_alias_delete AFTER DELETE ON contact_aliases BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4294967296 + old.contact_id;
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'contact' AND ref_id = old.contact_id;
END;

-- Conversations: a row for each person who was there, with the note and the resolution note; a
-- conversation with neither has no rows. Its people come after the conversation itself, so the
-- people's triggers add and remove the rows; a change of the text rewrites the rows of everyone.
CREATE TRIGGER search_conversation_update AFTER UPDATE OF id, note, resolution_note ON conversations BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT contact_id * 4294967296 + 536870912 + old.id FROM conversation_people WHERE conversation_id = old.id);
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'conversation' AND ref_id = new.id;
END;
CREATE TRIGGER search_conversation_person_insert AFTER INSERT ON conversation_people BEGIN
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'conversation' AND ref_id = new.conversation_id AND contact_id = new.contact_id;
END;
CREATE TRIGGER search_conversation_person_update AFTER UPDATE OF conversation_id, contact_id ON conversation_people BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4294967296 + 536870912 + old.conversation_id;
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'conversation' AND ref_id = new.conversation_id AND contact_id = new.contact_id;
END;
CREATE TRIGGER search_conversation_person_delete AFTER DELETE ON conversation_people BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4294967296 + 536870912 + old.conversation_id;
END;

CREATE TRIGGER search_detail_insert AFTER INSERT ON details BEGIN
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'detail' AND ref_id = new.id;
END;
CREATE TRIGGER search_detail_update AFTER UPDATE OF id, contact_id, text ON details BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4294967296 + 2 * 536870912 + old.id;
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'detail' AND ref_id = new.id;
END;
CREATE TRIGGER search_detail_delete AFTER DELETE ON details BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4294967296 + 2 * 536870912 + old.id;
END;

CREATE TRIGGER search_reminder_insert AFTER INSERT ON reminders BEGIN
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'reminder' AND ref_id = new.id;
END;
CREATE TRIGGER search_reminder_update AFTER UPDATE OF id, contact_id, text ON reminders BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4294967296 + 3 * 536870912 + old.id;
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'reminder' AND ref_id = new.id;
END;
CREATE TRIGGER search_reminder_delete AFTER DELETE ON reminders BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4294967296 + 3 * 536870912 + old.id;
END;

CREATE TRIGGER search_email_insert AFTER INSERT ON contact_emails BEGIN
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'email' AND ref_id = new.rowid;
END;
CREATE TRIGGER search_email_update AFTER UPDATE OF contact_id, email ON contact_emails BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4294967296 + 4 * 536870912 + old.rowid;
  INSERT INTO search_index (rowid, body, folded, kind, ref_id, contact_id)
  SELECT row_id, body, folded, kind, ref_id, contact_id FROM search_text WHERE kind = 'email' AND ref_id = new.rowid;
END;
CREATE TRIGGER search_email_delete AFTER DELETE ON contact_emails BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4294967296 + 4 * 536870912 + old.rowid;
END;

CREATE TRIGGER search_phone_insert AFTER INSERT ON contact_phones BEGIN
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, new.phone_key, kind, ref_id, contact_id FROM search_text WHERE kind = 'phone' AND ref_id = new.rowid;
END;
CREATE TRIGGER search_phone_update AFTER UPDATE OF contact_id, phone, phone_key ON contact_phones BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4294967296 + 5 * 536870912 + old.rowid;
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, new.phone_key, kind, ref_id, contact_id FROM search_text WHERE kind = 'phone' AND ref_id = new.rowid;
END;
CREATE TRIGGER search_phone_delete AFTER DELETE ON contact_phones BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4294967296 + 5 * 536870912 + old.rowid;
END;
