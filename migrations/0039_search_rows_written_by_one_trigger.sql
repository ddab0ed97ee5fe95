-- 0039: the search index's insert triggers hand the row to write to one trigger that writes it
-- (issue 16). What the index holds does not change, so it is not written again.
--
-- Each of the seven insert triggers of 0021 held the whole program that writes an index row: the
-- views of search_entries_now and 0038's fold, some 900 instructions. SQLite sets up a trigger's
-- registers and cursors every time it fires it, before its WHEN is tested; so every row that an
-- import adds in bulk, which the WHEN skips (0021), still paid for the whole program: in a script
-- adding 90,000 contacts, 90,000 emails and 75,000 phones in bulk, 1.73-2.14 s with the triggers of
-- 0021, 1.49-1.52 s without them. Now each trigger keeps its WHEN and names the row to write, an
-- insert into the view search_writes, whose INSTEAD OF trigger is the one program that writes it
-- (the same query as before, the kind and ids as values): 1.52-1.60 s. A write outside an import
-- runs the same query as before.

-- The rows to write to the index, each named by its kind, its record's id and its person: a view
-- that holds nothing, so that an insert into it is a call of search_writes_insert.
CREATE VIEW search_writes (kind, ref_id, contact_id) AS SELECT NULL, NULL, NULL WHERE 0;

CREATE TRIGGER search_writes_insert INSTEAD OF INSERT ON search_writes BEGIN
  INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
  SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries_now
  WHERE kind = new.kind AND ref_id = new.ref_id AND contact_id = new.contact_id;
END;

DROP TRIGGER search_contact_insert;
CREATE TRIGGER search_contact_insert AFTER INSERT ON contacts
  WHEN new.id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO search_writes VALUES ('contact', new.id, new.id);
END;

DROP TRIGGER search_alias_insert;
CREATE TRIGGER search_alias_insert AFTER INSERT ON contact_aliases
  WHEN new.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  DELETE FROM search_index WHERE rowid = new.contact_id * 4294967296 + new.contact_id;
  INSERT INTO search_writes VALUES ('contact', new.contact_id, new.contact_id);
END;

DROP TRIGGER search_email_insert;
CREATE TRIGGER search_email_insert AFTER INSERT ON contact_emails
  WHEN new.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO search_writes VALUES ('email', new.rowid, new.contact_id);
END;

DROP TRIGGER search_phone_insert;
CREATE TRIGGER search_phone_insert AFTER INSERT ON contact_phones
  WHEN new.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO search_writes VALUES ('phone', new.rowid, new.contact_id);
END;

DROP TRIGGER search_detail_insert;
CREATE TRIGGER search_detail_insert AFTER INSERT ON details
  WHEN new.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO search_writes VALUES ('detail', new.id, new.contact_id);
END;

DROP TRIGGER search_reminder_insert;
CREATE TRIGGER search_reminder_insert AFTER INSERT ON reminders
  WHEN new.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO search_writes VALUES ('reminder', new.id, new.contact_id);
END;

DROP TRIGGER search_conversation_person_insert;
CREATE TRIGGER search_conversation_person_insert AFTER INSERT ON conversation_people
  WHEN new.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO search_writes VALUES ('conversation', new.conversation_id, new.contact_id);
END;
