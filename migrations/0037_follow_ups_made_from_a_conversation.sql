-- 0037: a follow-up made from a conversation knows which one.
--
-- rel add --follow-up DATE, given no "what", writes the note into the follow-up's text (without a
-- note, which conversation it was: "the call of 2026-12-06"; src/domain/followUpAbout.ts), and
-- rel today says "follow up: <the note>". That text was a copy with nothing linking it back, so
-- rel conversation edit --note corrected the note and left its follow-ups saying the typo. Nothing
-- the schema held could link them: created_at is one instant for everything a command writes, and
-- under REL_NOW for everything every command writes, so it cannot tell a follow-up made from the
-- note from one whose same words were typed (rel remind, or --follow-up "DATE: what"). The link is
-- written by rel add only for a follow-up whose text it took from the conversation.
--
-- No foreign key: ids are never reused (0007), so the id of a deleted conversation names nothing
-- ever again, and rel undo bringing the conversation back finds its follow-ups still linked (a
-- cascade to NULL would need undoing in its own order).
--
-- A follow-up written before this migration is linked when the journal says so without a doubt:
-- open, written in the same instant as exactly one conversation with its person that has its text
-- as the note.

ALTER TABLE reminders ADD COLUMN conversation_id INTEGER;

CREATE INDEX reminders_conversation ON reminders(conversation_id) WHERE conversation_id IS NOT NULL;

UPDATE reminders SET conversation_id = made.conversation_id
FROM (
  SELECT r.id AS reminder_id, min(v.id) AS conversation_id
  FROM reminders r
  JOIN conversation_people p ON p.contact_id = r.contact_id
  JOIN conversations v ON v.id = p.conversation_id
  WHERE r.done_on IS NULL AND v.created_at = r.created_at AND v.note = r.text
  GROUP BY r.id
  HAVING count(*) = 1
) AS made
WHERE reminders.id = made.reminder_id;

-- rel undo brings a deleted follow-up back with its link, and takes a changed link back.
DROP TRIGGER undo_reminders_update;

CREATE TRIGGER undo_reminders_update AFTER UPDATE ON reminders WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND (old.contact_id <= (SELECT new_people_after FROM undo_current) OR new.contact_id <= (SELECT new_people_after FROM undo_current))
  AND (old.id IS NOT new.id OR old.contact_id IS NOT new.contact_id OR old.text IS NOT new.text OR old.due_on IS NOT new.due_on OR old.every IS NOT new.every OR old.done_on IS NOT new.done_on OR old.snoozed_until IS NOT new.snoozed_until OR old.created_at IS NOT new.created_at OR old.conversation_id IS NOT new.conversation_id) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'reminders', old.contact_id, NULL, 'update',
    'UPDATE reminders SET ' || substr(
      iif(old.id IS NOT new.id, ', id = ' || quote(old.id), '') ||
      iif(old.contact_id IS NOT new.contact_id, ', contact_id = ' || quote(old.contact_id), '') ||
      iif(old.text IS NOT new.text, ', text = ' || quote(old.text), '') ||
      iif(old.due_on IS NOT new.due_on, ', due_on = ' || quote(old.due_on), '') ||
      iif(old.every IS NOT new.every, ', every = ' || quote(old.every), '') ||
      iif(old.done_on IS NOT new.done_on, ', done_on = ' || quote(old.done_on), '') ||
      iif(old.snoozed_until IS NOT new.snoozed_until, ', snoozed_until = ' || quote(old.snoozed_until), '') ||
      iif(old.created_at IS NOT new.created_at, ', created_at = ' || quote(old.created_at), '') ||
      iif(old.conversation_id IS NOT new.conversation_id, ', conversation_id = ' || quote(old.conversation_id), ''), 3) ||
    ' WHERE id = ' || quote(new.id));
END;

DROP TRIGGER undo_reminders_delete;

CREATE TRIGGER undo_reminders_delete AFTER DELETE ON reminders WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND old.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'reminders', old.contact_id, NULL, 'delete',
    'INSERT INTO reminders (id, contact_id, text, due_on, every, done_on, snoozed_until, created_at, conversation_id) VALUES (' || quote(old.id) || ', ' || quote(old.contact_id) || ', ' || quote(old.text) || ', ' || quote(old.due_on) || ', ' || quote(old.every) || ', ' || quote(old.done_on) || ', ' || quote(old.snoozed_until) || ', ' || quote(old.created_at) || ', ' || quote(old.conversation_id) || ')');
END;
