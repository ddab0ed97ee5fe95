-- 0015: erasure is real (SPEC §5, issue 15). A deleted record lives on only in the undo history
-- (the last 50 changes, 0008); when its change leaves the history, or when `rel rm NAME --purge`
-- erases a person for good, its bytes must leave the file, not only its rows.
--
-- SQLite alone does not do that: a deleted row's bytes stay in the page (or on a free page) until
-- something happens to overwrite them. Two settings make deleting overwrite:
-- - PRAGMA secure_delete = ON, set on every connection rel opens (connect() in src/store/open.ts):
--   a pragma, not part of the file, so it cannot be set here.
-- - FTS5's own secure-delete option, set here, kept in the index's config table: without it a
--   deleted record's words stay in the full-text index's segments behind a delete marker until
--   segments merge. With it, FTS5 takes them out of the index at once. A later migration that
--   makes search_index again must set it again (test/store/erasure.test.ts checks it is on).
--   Once FTS5 has deleted in this mode it writes the index as version 5, which SQLite before
--   3.42 (2023) cannot read: such an old sqlite3 shell can read the tables but not search_index.
--
-- `rel rm --purge` writes no undo history (it cannot be undone) but leaves its time in purges,
-- so `rel doctor` can name the backups made before it, which still hold what it erased. Only the
-- time: what was purged, or whom, would itself be a trace.

INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);

CREATE TABLE purges (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  purged_at TEXT NOT NULL               -- UTC instant
);

CREATE TRIGGER undo_purges_insert AFTER INSERT ON purges WHEN (SELECT change_id FROM undo_current) IS NOT NULL BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'purges', NULL, NULL, 'insert',
    'DELETE FROM purges WHERE id = ' || quote(new.id));
END;

CREATE TRIGGER undo_purges_update AFTER UPDATE ON purges WHEN (SELECT change_id FROM undo_current) IS NOT NULL
  AND (old.id IS NOT new.id OR old.purged_at IS NOT new.purged_at) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'purges', NULL, NULL, 'update',
    'UPDATE purges SET ' || substr(
      iif(old.id IS NOT new.id, ', id = ' || quote(old.id), '') ||
      iif(old.purged_at IS NOT new.purged_at, ', purged_at = ' || quote(old.purged_at), ''), 3) ||
    ' WHERE id = ' || quote(new.id));
END;

CREATE TRIGGER undo_purges_delete AFTER DELETE ON purges WHEN (SELECT change_id FROM undo_current) IS NOT NULL BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'purges', NULL, NULL, 'delete',
    'INSERT INTO purges (id, purged_at) VALUES (' || quote(old.id) || ', ' || quote(old.purged_at) || ')');
END;
