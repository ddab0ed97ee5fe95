-- 0016: an import or a restore writes its people's search index rows in one go (issue 14). Every
-- write to the index through a trigger costs FTS5 a flush of what it holds: SQLite opens a
-- savepoint on the index for each statement that fires one, and FTS5 writes its pending rows out
-- at every savepoint, about 40 us a row (so 0014's note that rows in rising rowid order spare the
-- flushes holds for one statement, not for rows that triggers write one by one). 0014 gave emails
-- and phones rows of their own: an import of 100,000 contacts wrote some 300,000 rows that way.
--
-- Now the triggers of 0014 read what they write from search_entries_now, which leaves out the
-- people a change adds in bulk (undo_current.new_people_after, 0008: the same people the undo log
-- leaves out), and when that change ends, one statement writes all their rows in rowid order
-- (src/store/searchIndex.ts, called from closeChange in src/store/undoLog.ts), which FTS5 takes
-- without flushing: the import took 24.5 s of CPU, against 40.7 s with every row flushed and
-- 30.3 s before 0014.
-- Changes to people already there are indexed as they happen, as before. The index's contents
-- do not change, so it is not rebuilt; the triggers that only delete stay as 0014 made them.

-- Each row of the index as search_index takes it: search_text (0009's fold of search_source) and
-- a phone's key.
CREATE VIEW search_entries AS
SELECT row_id, body, folded, CASE WHEN kind = 'phone' THEN (SELECT phone_key FROM contact_phones WHERE rowid = ref_id) END AS phone_key, kind, ref_id, contact_id
FROM search_text;

-- The rows the triggers write as records change: everyone's but those of the people a change adds
-- in bulk, written when it ends.
CREATE VIEW search_entries_now AS
SELECT * FROM search_entries WHERE contact_id <= (SELECT new_people_after FROM undo_current);

DROP TRIGGER search_contact_insert;
DROP TRIGGER search_contact_update;
DROP TRIGGER search_alias_insert;
DROP TRIGGER search_alias_update;
DROP TRIGGER search_alias_delete;
DROP TRIGGER search_conversation_update;
DROP TRIGGER search_conversation_person_insert;
DROP TRIGGER search_conversation_person_update;
DROP TRIGGER search_detail_insert;
DROP TRIGGER search_detail_update;
DROP TRIGGER search_reminder_insert;
DROP TRIGGER search_reminder_update;
DROP TRIGGER search_email_insert;
DROP TRIGGER search_email_update;
DROP TRIGGER search_phone_insert;
DROP TRIGGER search_phone_update;

CREATE TRIGGER search_contact_insert AFTER INSERT ON contacts BEGIN
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries_now WHERE kind = 'contact' AND ref_id = new.id;
END;
CREATE TRIGGER search_contact_update AFTER UPDATE OF id, name, company, role, met ON contacts BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4294967296 + old.id;
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries_now WHERE kind = 'contact' AND ref_id = new.id;
END;
CREATE TRIGGER search_alias_insert AFTER INSERT ON contact_aliases BEGIN
  DELETE FROM search_index WHERE rowid = new.contact_id * 4294967296 + new.contact_id;
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries_now WHERE kind = 'contact' AND ref_id = new.contact_id;
END;
CREATE TRIGGER search_alias_update AFTER UPDATE ON contact_aliases BEGIN
  DELETE FROM search_index WHERE rowid IN (old.contact_id * 4294967296 + old.contact_id, new.contact_id * 4294967296 + new.contact_id);
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries_now WHERE kind = 'contact' AND ref_id IN (old.contact_id, new.contact_id);
END;
CREATE TRIGGER search_alias_delete AFTER DELETE ON contact_aliases BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4294967296 + old.contact_id;
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries_now WHERE kind = 'contact' AND ref_id = old.contact_id;
END;
CREATE TRIGGER search_conversation_update AFTER UPDATE OF id, note, resolution_note ON conversations BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT contact_id * 4294967296 + 536870912 + old.id FROM conversation_people WHERE conversation_id = old.id);
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries_now WHERE kind = 'conversation' AND ref_id = new.id;
END;
CREATE TRIGGER search_conversation_person_insert AFTER INSERT ON conversation_people BEGIN
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries_now WHERE kind = 'conversation' AND ref_id = new.conversation_id AND contact_id = new.contact_id;
END;
CREATE TRIGGER search_conversation_person_update AFTER UPDATE OF conversation_id, contact_id ON conversation_people BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4294967296 + 536870912 + old.conversation_id;
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries_now WHERE kind = 'conversation' AND ref_id = new.conversation_id AND contact_id = new.contact_id;
END;
CREATE TRIGGER search_detail_insert AFTER INSERT ON details BEGIN
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries_now WHERE kind = 'detail' AND ref_id = new.id;
END;
CREATE TRIGGER search_detail_update AFTER UPDATE OF id, contact_id, text ON details BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4294967296 + 2 * 536870912 + old.id;
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries_now WHERE kind = 'detail' AND ref_id = new.id;
END;
CREATE TRIGGER search_reminder_insert AFTER INSERT ON reminders BEGIN
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries_now WHERE kind = 'reminder' AND ref_id = new.id;
END;
CREATE TRIGGER search_reminder_update AFTER UPDATE OF id, contact_id, text ON reminders BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4294967296 + 3 * 536870912 + old.id;
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries_now WHERE kind = 'reminder' AND ref_id = new.id;
END;
CREATE TRIGGER search_email_insert AFTER INSERT ON contact_emails BEGIN
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries_now WHERE kind = 'email' AND ref_id = new.rowid;
END;
CREATE TRIGGER search_email_update AFTER UPDATE OF contact_id, email ON contact_emails BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4294967296 + 4 * 536870912 + old.rowid;
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries_now WHERE kind = 'email' AND ref_id = new.rowid;
END;
CREATE TRIGGER search_phone_insert AFTER INSERT ON contact_phones BEGIN
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries_now WHERE kind = 'phone' AND ref_id = new.rowid;
END;
CREATE TRIGGER search_phone_update AFTER UPDATE OF contact_id, phone, phone_key ON contact_phones BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4294967296 + 5 * 536870912 + old.rowid;
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries_now WHERE kind = 'phone' AND ref_id = new.rowid;
END;
