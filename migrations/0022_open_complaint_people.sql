-- 0022: everyone each open complaint was with, kept as conversations change, for `rel today` and
-- `rel show` (issue 16). The partial index of open complaints (0001) names each complaint's
-- first person; the others were found by a look-up per open complaint in the index of
-- conversations' other people (0012): some 6,000 look-ups and 600 index pages on a large journal,
-- 20 ms of every `rel today` and `rel show` there (BENCHMARKS.md). Now triggers keep one row per
-- person and open complaint in open_complaint_people, in the same transaction as the conversation,
-- so the table cannot drift from the rows: an undo, an import's bulk undo, a purge or a restore
-- goes through the same inserts, updates and deletes. Derived like the search index and
-- counts_channels (0019): no undo triggers of its own. A later migration that rebuilds
-- conversations or conversation_people must fill it again as below.
CREATE TABLE open_complaint_people (
  conversation_id INTEGER NOT NULL,  -- an open complaint: complaint = 1 AND resolved_on IS NULL
  contact_id      INTEGER NOT NULL,  -- one of the people it was with (conversation_people)
  PRIMARY KEY (conversation_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX open_complaint_people_contact ON open_complaint_people(contact_id);

INSERT INTO open_complaint_people (conversation_id, contact_id)
SELECT p.conversation_id, p.contact_id FROM conversations t JOIN conversation_people p ON p.conversation_id = t.id
WHERE t.complaint = 1 AND t.resolved_on IS NULL;

-- A person named in an open complaint, or taken out of one.
CREATE TRIGGER open_complaint_people_named AFTER INSERT ON conversation_people
  WHEN EXISTS (SELECT 1 FROM conversations t WHERE t.id = new.conversation_id AND t.complaint = 1 AND t.resolved_on IS NULL) BEGIN
  INSERT OR IGNORE INTO open_complaint_people (conversation_id, contact_id) VALUES (new.conversation_id, new.contact_id);
END;
CREATE TRIGGER open_complaint_people_unnamed AFTER DELETE ON conversation_people BEGIN
  DELETE FROM open_complaint_people WHERE conversation_id = old.conversation_id AND contact_id = old.contact_id;
END;
CREATE TRIGGER open_complaint_people_renamed AFTER UPDATE OF conversation_id, contact_id ON conversation_people BEGIN
  DELETE FROM open_complaint_people WHERE conversation_id = old.conversation_id AND contact_id = old.contact_id;
  INSERT OR IGNORE INTO open_complaint_people (conversation_id, contact_id)
  SELECT new.conversation_id, new.contact_id FROM conversations t WHERE t.id = new.conversation_id AND t.complaint = 1 AND t.resolved_on IS NULL;
END;

-- A complaint opened, resolved, reopened or no longer a complaint; a conversation put back (an
-- undo may write its people before it) or deleted.
CREATE TRIGGER open_complaint_people_logged AFTER INSERT ON conversations
  WHEN new.complaint = 1 AND new.resolved_on IS NULL BEGIN
  INSERT OR IGNORE INTO open_complaint_people (conversation_id, contact_id)
  SELECT p.conversation_id, p.contact_id FROM conversation_people p WHERE p.conversation_id = new.id;
END;
CREATE TRIGGER open_complaint_people_changed AFTER UPDATE OF id, complaint, resolved_on ON conversations BEGIN
  DELETE FROM open_complaint_people WHERE conversation_id = old.id;
  INSERT OR IGNORE INTO open_complaint_people (conversation_id, contact_id)
  SELECT p.conversation_id, p.contact_id FROM conversation_people p WHERE p.conversation_id = new.id AND new.complaint = 1 AND new.resolved_on IS NULL;
END;
CREATE TRIGGER open_complaint_people_gone AFTER DELETE ON conversations BEGIN
  DELETE FROM open_complaint_people WHERE conversation_id = old.id;
END;
