-- 0013: relations between people (SPEC §3 `rel relate`, issue 13): a florist knows that Tom, who
-- orders the anniversary bouquet, is Jane's husband. One row says "the contact is KIND of the
-- other" (`rel relate tom --to jane --as husband`); the rules of the kinds, their words and how a
-- relation reads from each side are the domain's (src/domain/relations.ts), not the table's.
--
-- The other is a person of the journal (other_id) or, when they are nobody there yet (a spouse
-- named in an Outlook export), only a name (other_name): exactly one of the two. `word` keeps
-- what the contact was called ("husband" rather than spouse), `other_word` what the other was
-- called ("mother" from an Apple label), so each side keeps its own word without a second row.
-- Whoever goes, their relations go with them (a deleted person's undo brings them back).
--
-- The rows belong to contact_id, as a detail's do: the undo triggers follow 0008's pattern, and
-- PEOPLE_TABLES (src/store/undoLog.ts) lists the table for imports that add people in bulk.

CREATE TABLE relations (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  other_id   INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
  other_name TEXT CHECK (other_name IS NULL OR length(trim(other_name)) > 0),
  kind       TEXT NOT NULL CHECK (kind IN ('spouse', 'partner', 'parent', 'child', 'sibling', 'relative', 'colleague', 'manager', 'report', 'assistant', 'friend', 'other')),
  word       TEXT,
  other_word TEXT,
  created_at TEXT NOT NULL,
  CHECK ((other_id IS NULL) <> (other_name IS NULL)),
  CHECK (other_id IS NOT contact_id)
);
CREATE INDEX relations_contact ON relations(contact_id);
CREATE INDEX relations_other ON relations(other_id) WHERE other_id IS NOT NULL;

CREATE TRIGGER undo_relations_insert AFTER INSERT ON relations WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND new.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'relations', new.contact_id, NULL, 'insert',
    'DELETE FROM relations WHERE id = ' || quote(new.id));
END;

CREATE TRIGGER undo_relations_update AFTER UPDATE ON relations WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND (old.contact_id <= (SELECT new_people_after FROM undo_current) OR new.contact_id <= (SELECT new_people_after FROM undo_current))
  AND (old.id IS NOT new.id OR old.contact_id IS NOT new.contact_id OR old.other_id IS NOT new.other_id OR old.other_name IS NOT new.other_name OR old.kind IS NOT new.kind OR old.word IS NOT new.word OR old.other_word IS NOT new.other_word OR old.created_at IS NOT new.created_at) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'relations', old.contact_id, NULL, 'update',
    'UPDATE relations SET ' || substr(
      iif(old.id IS NOT new.id, ', id = ' || quote(old.id), '') ||
      iif(old.contact_id IS NOT new.contact_id, ', contact_id = ' || quote(old.contact_id), '') ||
      iif(old.other_id IS NOT new.other_id, ', other_id = ' || quote(old.other_id), '') ||
      iif(old.other_name IS NOT new.other_name, ', other_name = ' || quote(old.other_name), '') ||
      iif(old.kind IS NOT new.kind, ', kind = ' || quote(old.kind), '') ||
      iif(old.word IS NOT new.word, ', word = ' || quote(old.word), '') ||
      iif(old.other_word IS NOT new.other_word, ', other_word = ' || quote(old.other_word), '') ||
      iif(old.created_at IS NOT new.created_at, ', created_at = ' || quote(old.created_at), ''), 3) ||
    ' WHERE id = ' || quote(new.id));
END;

CREATE TRIGGER undo_relations_delete AFTER DELETE ON relations WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND old.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'relations', old.contact_id, NULL, 'delete',
    'INSERT INTO relations (id, contact_id, other_id, other_name, kind, word, other_word, created_at) VALUES (' || quote(old.id) || ', ' || quote(old.contact_id) || ', ' || quote(old.other_id) || ', ' || quote(old.other_name) || ', ' || quote(old.kind) || ', ' || quote(old.word) || ', ' || quote(old.other_word) || ', ' || quote(old.created_at) || ')');
END;
