-- 0036: a purge keeps the id of the person it erased, beside its time (0015 kept only the time).
--
-- rel restore brings back a backup older than a purge, which still holds whom it erased: without
-- the id it could not erase them again, and the restore brought an erased person back. With it,
-- restore erases them again by id, as rel rm --purge did, before the restored journal is in place
-- (src/store/restorePurges.ts). An id is a number that no one else is ever given (SPEC §5: ids are
-- never reused), not a word of what was written about them: their name, their notes stay erased.
-- A purge made before this migration has no id (NULL): rel restore refuses a backup older than
-- one, rather than bring back someone it cannot erase again.

ALTER TABLE purges ADD COLUMN contact_id INTEGER;

DROP TRIGGER undo_purges_delete;

CREATE TRIGGER undo_purges_delete AFTER DELETE ON purges WHEN (SELECT change_id FROM undo_current) IS NOT NULL BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'purges', NULL, NULL, 'delete',
    'INSERT INTO purges (id, purged_at, contact_id) VALUES (' || quote(old.id) || ', ' || quote(old.purged_at) || ', ' || quote(old.contact_id) || ')');
END;

DROP TRIGGER undo_purges_update;

CREATE TRIGGER undo_purges_update AFTER UPDATE ON purges WHEN (SELECT change_id FROM undo_current) IS NOT NULL
  AND (old.id IS NOT new.id OR old.purged_at IS NOT new.purged_at OR old.contact_id IS NOT new.contact_id) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'purges', NULL, NULL, 'update',
    'UPDATE purges SET ' || substr(
      iif(old.id IS NOT new.id, ', id = ' || quote(old.id), '') ||
      iif(old.purged_at IS NOT new.purged_at, ', purged_at = ' || quote(old.purged_at), '') ||
      iif(old.contact_id IS NOT new.contact_id, ', contact_id = ' || quote(old.contact_id), ''), 3) ||
    ' WHERE id = ' || quote(new.id));
END;
