-- 0018: a write that moves many due days stays quick, and so does its undo (issue 16). The stored
-- rhythm columns of contacts (last_contact_on, due_day, cadence_days: 0003) are the domain's dueOf
-- of the facts (0005, src/store/rhythm.ts), but 0008's trigger logged every change to them in
-- full: `rel config set cadence 60d` on 100,000 contacts wrote some 70,000 undo entries, a third
-- of its time, and `rel undo` of it ran them one statement at a time (11 s, 1 GB).
--
-- Now the undo log keeps the facts only. Each change says in undo_changes.rhythm whose rhythm it
-- moved (JSON, written before it commits: {"recount": ids or "everyone", "stored": ...}, the
-- sets rhythmMoved gathered), and `rel undo` puts the facts back and then works those people's
-- rhythm out again from them, the same way (rhythmAfterUndo in src/store/rhythm.ts): from the same
-- facts, the same columns. A change made before this migration has no rhythm (NULL) and logged the
-- columns themselves, which its undo puts back as before. A deleted contact still comes back
-- with every column (the delete trigger is 0011's).
--
-- The update trigger names the facts it watches (UPDATE OF ...): the store's statement that writes
-- the rhythm sets only the rhythm columns, so SQLite does not even run the trigger's WHEN for it,
-- which cost some 150 ms for 85,000 rows.

ALTER TABLE undo_changes ADD COLUMN rhythm TEXT;

DROP TRIGGER undo_contacts_update;

CREATE TRIGGER undo_contacts_update AFTER UPDATE OF id, name, name_key, company, role, birthday, customer_since, cadence, met, referred_by, archived, paused_until, created_on, created_at, updated_at, imported ON contacts WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND (old.id <= (SELECT new_people_after FROM undo_current) OR new.id <= (SELECT new_people_after FROM undo_current))
  AND (old.id IS NOT new.id OR old.name IS NOT new.name OR old.name_key IS NOT new.name_key OR old.company IS NOT new.company OR old.role IS NOT new.role OR old.birthday IS NOT new.birthday OR old.customer_since IS NOT new.customer_since OR old.cadence IS NOT new.cadence OR old.met IS NOT new.met OR old.referred_by IS NOT new.referred_by OR old.archived IS NOT new.archived OR old.paused_until IS NOT new.paused_until OR old.created_on IS NOT new.created_on OR old.created_at IS NOT new.created_at OR old.updated_at IS NOT new.updated_at OR old.imported IS NOT new.imported) BEGIN
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
      iif(old.imported IS NOT new.imported, ', imported = ' || quote(old.imported), ''), 3) ||
    ' WHERE id = ' || quote(new.id));
END;
