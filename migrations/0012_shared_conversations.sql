-- 0012: life is shared (SPEC §1, §3 `rel add [NAME...]`): one conversation can be with several
-- people (a lunch with a couple, a trade show), and it counts once: once in `rel log` and in the
-- stats, and in the rhythm of each person who was there.
--
-- conversation_people holds everyone a conversation was with, in the order named. The first, at
-- position 0, is also conversations.contact_id, so that everything that owns a conversation by its
-- person (deleting a person, the undo of an import, the search index) goes on working; the people
-- table is what says who was there, and every question about a person's conversations (their last
-- one, their card, their log) asks it.
--
-- Most conversations are with one person. A question about many conversations at once (who was
-- talked to today, whose complaints are open) takes the first person from the conversation's own
-- row, as before, and the others from a small index of only those not first
-- (conversation_people_others), instead of a lookup in this table for every conversation.
--
-- happened_on is copied from the conversation so that "the last conversation with each person" is
-- one seek of an index per person, as it was on conversations(contact_id, happened_on); a trigger
-- keeps the copy in step when a conversation is re-dated.
--
-- Deleting a person deletes the conversations that were theirs alone. A conversation they shared
-- stays with the others: before the person goes, the next one named becomes its first (position 0
-- and conversations.contact_id).

CREATE TABLE conversation_people (
  conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  contact_id      INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,   -- the order named; the lowest is conversations.contact_id
  happened_on     TEXT NOT NULL,      -- the conversation's day, for the index below
  PRIMARY KEY (conversation_id, contact_id)
);
CREATE INDEX conversation_people_contact ON conversation_people(contact_id, happened_on);
-- Covering: who they are is read from the index alone.
CREATE INDEX conversation_people_others ON conversation_people(conversation_id, contact_id, position) WHERE position > 0;

INSERT INTO conversation_people (conversation_id, contact_id, position, happened_on)
SELECT id, contact_id, 0, happened_on FROM conversations;

CREATE TRIGGER conversation_people_day AFTER UPDATE OF happened_on ON conversations BEGIN
  UPDATE conversation_people SET happened_on = new.happened_on WHERE conversation_id = new.id AND happened_on IS NOT new.happened_on;
END;

CREATE TRIGGER conversations_keep_shared BEFORE DELETE ON contacts BEGIN
  UPDATE conversation_people SET position = 0 WHERE rowid IN (
    SELECT (SELECT p.rowid FROM conversation_people p WHERE p.conversation_id = v.id AND p.contact_id <> old.id ORDER BY p.position LIMIT 1)
    FROM conversations v WHERE v.contact_id = old.id);
  UPDATE conversations SET contact_id = (
    SELECT p.contact_id FROM conversation_people p WHERE p.conversation_id = conversations.id AND p.position = 0 AND p.contact_id <> old.id)
  WHERE contact_id = old.id AND EXISTS (SELECT 1 FROM conversation_people p WHERE p.conversation_id = conversations.id AND p.position = 0 AND p.contact_id <> old.id);
END;

CREATE TRIGGER undo_conversation_people_insert AFTER INSERT ON conversation_people WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND new.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'conversation_people', new.contact_id, NULL, 'insert',
    'DELETE FROM conversation_people WHERE conversation_id = ' || quote(new.conversation_id) || ' AND contact_id = ' || quote(new.contact_id));
END;

CREATE TRIGGER undo_conversation_people_update AFTER UPDATE ON conversation_people WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND (old.contact_id <= (SELECT new_people_after FROM undo_current) OR new.contact_id <= (SELECT new_people_after FROM undo_current))
  AND (old.conversation_id IS NOT new.conversation_id OR old.contact_id IS NOT new.contact_id OR old.position IS NOT new.position OR old.happened_on IS NOT new.happened_on) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'conversation_people', old.contact_id, NULL, 'update',
    'UPDATE conversation_people SET ' || substr(
      iif(old.conversation_id IS NOT new.conversation_id, ', conversation_id = ' || quote(old.conversation_id), '') ||
      iif(old.contact_id IS NOT new.contact_id, ', contact_id = ' || quote(old.contact_id), '') ||
      iif(old.position IS NOT new.position, ', position = ' || quote(old.position), '') ||
      iif(old.happened_on IS NOT new.happened_on, ', happened_on = ' || quote(old.happened_on), ''), 3) ||
    ' WHERE conversation_id = ' || quote(new.conversation_id) || ' AND contact_id = ' || quote(new.contact_id));
END;

CREATE TRIGGER undo_conversation_people_delete AFTER DELETE ON conversation_people WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND old.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'conversation_people', old.contact_id, NULL, 'delete',
    'INSERT INTO conversation_people (rowid, conversation_id, contact_id, position, happened_on) VALUES (' || quote(old.rowid) || ', ' || quote(old.conversation_id) || ', ' || quote(old.contact_id) || ', ' || quote(old.position) || ', ' || quote(old.happened_on) || ')');
END;
