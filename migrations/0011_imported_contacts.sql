-- 0009: who came in through an import (SPEC §4 "Who drifts"). A person who only came in through
-- an import and was never talked to does not drift unless a cadence of their own or of a tag
-- applies: an address book of 500 phone contacts must not become 500 "drifting" rows in three
-- months. The rule is the domain's (dueOf in src/domain/rhythm.ts); the store keeps no due day for
-- such people, so the indexes of `rel today` never see them.
--
-- Journals made before this migration do not know who was imported: everyone there counts as
-- added by hand, as before.
--
-- The undo triggers of contacts (0008) name every column: they are made again with this one.

ALTER TABLE contacts ADD COLUMN imported INTEGER NOT NULL DEFAULT 0 CHECK (imported IN (0, 1));

DROP TRIGGER undo_contacts_update;
DROP TRIGGER undo_contacts_delete;

CREATE TRIGGER undo_contacts_update AFTER UPDATE ON contacts WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND (old.id <= (SELECT new_people_after FROM undo_current) OR new.id <= (SELECT new_people_after FROM undo_current))
  AND (old.id IS NOT new.id OR old.name IS NOT new.name OR old.name_key IS NOT new.name_key OR old.company IS NOT new.company OR old.role IS NOT new.role OR old.birthday IS NOT new.birthday OR old.customer_since IS NOT new.customer_since OR old.cadence IS NOT new.cadence OR old.met IS NOT new.met OR old.referred_by IS NOT new.referred_by OR old.archived IS NOT new.archived OR old.paused_until IS NOT new.paused_until OR old.created_on IS NOT new.created_on OR old.created_at IS NOT new.created_at OR old.updated_at IS NOT new.updated_at OR old.last_contact_on IS NOT new.last_contact_on OR old.due_day IS NOT new.due_day OR old.cadence_days IS NOT new.cadence_days OR old.imported IS NOT new.imported) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contacts', old.id, old.name, 'update',
    'UPDATE contacts SET ' || substr(
      iif(old.id IS NOT new.id, ', id = ' || quote(old.id), '') ||
      iif(old.name IS NOT new.name, ', name = ' || quote(old.name), '') ||
      iif(old.name_key IS NOT new.name_key, ', name_key = ' || quote(old.name_key), '') ||
      iif(old.company IS NOT new.company, ', company = ' || quote(old.company), '') ||
      iif(old.role IS NOT new.role, ', role = ' || quote(old.role), '') ||
      iif(old.birthday IS NOT new.birthday, ', birthday = ' || quote(old.birthday), '') ||
      iif(old.customer_since IS NOT new.customer_since, ', customer_since = ' || quote(old.customer_since), '') ||
      iif(old.cadence IS NOT new.cadence, ', cadence = ' || quote(old.cadence), '') ||
      iif(old.met IS NOT new.met, ', met = ' || quote(old.met), '') ||
      iif(old.referred_by IS NOT new.referred_by, ', referred_by = ' || quote(old.referred_by), '') ||
      iif(old.archived IS NOT new.archived, ', archived = ' || quote(old.archived), '') ||
      iif(old.paused_until IS NOT new.paused_until, ', paused_until = ' || quote(old.paused_until), '') ||
      iif(old.created_on IS NOT new.created_on, ', created_on = ' || quote(old.created_on), '') ||
      iif(old.created_at IS NOT new.created_at, ', created_at = ' || quote(old.created_at), '') ||
      iif(old.updated_at IS NOT new.updated_at, ', updated_at = ' || quote(old.updated_at), '') ||
      iif(old.last_contact_on IS NOT new.last_contact_on, ', last_contact_on = ' || quote(old.last_contact_on), '') ||
      iif(old.due_day IS NOT new.due_day, ', due_day = ' || quote(old.due_day), '') ||
      iif(old.cadence_days IS NOT new.cadence_days, ', cadence_days = ' || quote(old.cadence_days), '') ||
      iif(old.imported IS NOT new.imported, ', imported = ' || quote(old.imported), ''), 3) ||
    ' WHERE id = ' || quote(new.id));
END;

CREATE TRIGGER undo_contacts_delete AFTER DELETE ON contacts WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND old.id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contacts', old.id, old.name, 'delete',
    'INSERT INTO contacts (id, name, name_key, company, role, birthday, customer_since, cadence, met, referred_by, archived, paused_until, created_on, created_at, updated_at, last_contact_on, due_day, cadence_days, imported) VALUES (' || quote(old.id) || ', ' || quote(old.name) || ', ' || quote(old.name_key) || ', ' || quote(old.company) || ', ' || quote(old.role) || ', ' || quote(old.birthday) || ', ' || quote(old.customer_since) || ', ' || quote(old.cadence) || ', ' || quote(old.met) || ', ' || quote(old.referred_by) || ', ' || quote(old.archived) || ', ' || quote(old.paused_until) || ', ' || quote(old.created_on) || ', ' || quote(old.created_at) || ', ' || quote(old.updated_at) || ', ' || quote(old.last_contact_on) || ', ' || quote(old.due_day) || ', ' || quote(old.cadence_days) || ', ' || quote(old.imported) || ')');
END;
