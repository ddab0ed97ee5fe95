-- 0008: the undo history behind `rel undo` (SPEC §3, §5), built on SQLite itself as sqlite.org's
-- "Automatic Undo/Redo Using SQLite" note describes: a trigger on every table of the journal writes
-- the SQL that takes its change back (the inverse DELETE, UPDATE or INSERT, with the old values)
-- into undo_log, inside the same transaction as the change, so a crash can never keep a change
-- without its undo record or the reverse.
--
-- Changes are grouped as rel makes them: every write transaction starts in Journal.write
-- (src/store/journal.ts), which adds an undo_changes row and names it in undo_current's one row
-- for the length of the transaction; the triggers tag their entries with it and write nothing while
-- it is NULL (migrations, and `rel undo` itself, which is not undoable). Only the last 50 changes
-- are kept: Journal.write deletes older ones and their log rows.
--
-- The search index (0002) has no undo triggers: it follows the tables through its own triggers,
-- and so does an undo. The stored rhythm columns of contacts are restored by the inverse UPDATEs.
-- A deleted row comes back with its rowid, so it is the same row. undo_log also keeps whose row
-- it was (contact_id) and a label (a contact's name, a setting's key, a tag), so that
-- rel undo --list can say what a change did even after the rows are gone.
--
-- A change that adds people in bulk (an import, a restore) does not log their rows one by one:
-- undo_current.new_people_after holds the highest contact id before it, the triggers pass over
-- rows of the people above it, and one entry per table deletes them (addPeopleInBulk in
-- src/store/undoLog.ts). Ids are never reused (0007), so those rows are exactly the ones it added.
--
-- A table added by a later migration needs the same three triggers (test/store/undoLog.test.ts
-- checks that every table has them); they follow the pattern below exactly.

CREATE TABLE undo_changes (
  id          INTEGER PRIMARY KEY,  -- no AUTOINCREMENT: a write that changed nothing leaves no trace
  description TEXT,                 -- what the command said it did; NULL: described from the log
  made_at     TEXT NOT NULL         -- UTC instant
);

CREATE TABLE undo_log (
  seq        INTEGER PRIMARY KEY,   -- the order of the entries; undo runs them backwards
  change_id  INTEGER NOT NULL,
  tbl        TEXT NOT NULL,
  op         TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),  -- what the change did
  contact_id INTEGER,
  label      TEXT,
  undo_sql   TEXT NOT NULL
);
CREATE INDEX undo_log_change ON undo_log(change_id, seq);

CREATE TABLE undo_current (
  one              INTEGER PRIMARY KEY CHECK (one = 1),
  change_id        INTEGER,
  -- A change that adds people in bulk (an import, a restore) sets this to the highest contact id
  -- before it: the rows of the people it adds are not logged one by one (ids are never reused, so
  -- they are the ids above it) and one entry per table deletes them all (src/store/undoLog.ts).
  new_people_after INTEGER NOT NULL DEFAULT 9223372036854775807
);
INSERT INTO undo_current (one, change_id) VALUES (1, NULL);

CREATE TRIGGER undo_contact_aliases_insert AFTER INSERT ON contact_aliases WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND new.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contact_aliases', new.contact_id, NULL, 'insert',
    'DELETE FROM contact_aliases WHERE contact_id = ' || quote(new.contact_id) || ' AND alias = ' || quote(new.alias));
END;

CREATE TRIGGER undo_contact_aliases_update AFTER UPDATE ON contact_aliases WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND (old.contact_id <= (SELECT new_people_after FROM undo_current) OR new.contact_id <= (SELECT new_people_after FROM undo_current))
  AND (old.contact_id IS NOT new.contact_id OR old.alias IS NOT new.alias OR old.alias_key IS NOT new.alias_key) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contact_aliases', old.contact_id, NULL, 'update',
    'UPDATE contact_aliases SET ' || substr(
      iif(old.contact_id IS NOT new.contact_id, ', contact_id = ' || quote(old.contact_id), '') ||
      iif(old.alias IS NOT new.alias, ', alias = ' || quote(old.alias), '') ||
      iif(old.alias_key IS NOT new.alias_key, ', alias_key = ' || quote(old.alias_key), ''), 3) ||
    ' WHERE contact_id = ' || quote(new.contact_id) || ' AND alias = ' || quote(new.alias));
END;

CREATE TRIGGER undo_contact_aliases_delete AFTER DELETE ON contact_aliases WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND old.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contact_aliases', old.contact_id, NULL, 'delete',
    'INSERT INTO contact_aliases (rowid, contact_id, alias, alias_key) VALUES (' || quote(old.rowid) || ', ' || quote(old.contact_id) || ', ' || quote(old.alias) || ', ' || quote(old.alias_key) || ')');
END;

CREATE TRIGGER undo_contact_emails_insert AFTER INSERT ON contact_emails WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND new.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contact_emails', new.contact_id, NULL, 'insert',
    'DELETE FROM contact_emails WHERE contact_id = ' || quote(new.contact_id) || ' AND email = ' || quote(new.email));
END;

CREATE TRIGGER undo_contact_emails_update AFTER UPDATE ON contact_emails WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND (old.contact_id <= (SELECT new_people_after FROM undo_current) OR new.contact_id <= (SELECT new_people_after FROM undo_current))
  AND (old.contact_id IS NOT new.contact_id OR old.email IS NOT new.email OR old.position IS NOT new.position) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contact_emails', old.contact_id, NULL, 'update',
    'UPDATE contact_emails SET ' || substr(
      iif(old.contact_id IS NOT new.contact_id, ', contact_id = ' || quote(old.contact_id), '') ||
      iif(old.email IS NOT new.email, ', email = ' || quote(old.email), '') ||
      iif(old.position IS NOT new.position, ', position = ' || quote(old.position), ''), 3) ||
    ' WHERE contact_id = ' || quote(new.contact_id) || ' AND email = ' || quote(new.email));
END;

CREATE TRIGGER undo_contact_emails_delete AFTER DELETE ON contact_emails WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND old.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contact_emails', old.contact_id, NULL, 'delete',
    'INSERT INTO contact_emails (rowid, contact_id, email, position) VALUES (' || quote(old.rowid) || ', ' || quote(old.contact_id) || ', ' || quote(old.email) || ', ' || quote(old.position) || ')');
END;

CREATE TRIGGER undo_contact_phones_insert AFTER INSERT ON contact_phones WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND new.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contact_phones', new.contact_id, NULL, 'insert',
    'DELETE FROM contact_phones WHERE contact_id = ' || quote(new.contact_id) || ' AND phone = ' || quote(new.phone));
END;

CREATE TRIGGER undo_contact_phones_update AFTER UPDATE ON contact_phones WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND (old.contact_id <= (SELECT new_people_after FROM undo_current) OR new.contact_id <= (SELECT new_people_after FROM undo_current))
  AND (old.contact_id IS NOT new.contact_id OR old.phone IS NOT new.phone OR old.position IS NOT new.position) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contact_phones', old.contact_id, NULL, 'update',
    'UPDATE contact_phones SET ' || substr(
      iif(old.contact_id IS NOT new.contact_id, ', contact_id = ' || quote(old.contact_id), '') ||
      iif(old.phone IS NOT new.phone, ', phone = ' || quote(old.phone), '') ||
      iif(old.position IS NOT new.position, ', position = ' || quote(old.position), ''), 3) ||
    ' WHERE contact_id = ' || quote(new.contact_id) || ' AND phone = ' || quote(new.phone));
END;

CREATE TRIGGER undo_contact_phones_delete AFTER DELETE ON contact_phones WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND old.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contact_phones', old.contact_id, NULL, 'delete',
    'INSERT INTO contact_phones (rowid, contact_id, phone, position) VALUES (' || quote(old.rowid) || ', ' || quote(old.contact_id) || ', ' || quote(old.phone) || ', ' || quote(old.position) || ')');
END;

CREATE TRIGGER undo_contact_tags_insert AFTER INSERT ON contact_tags WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND new.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contact_tags', new.contact_id, NULL, 'insert',
    'DELETE FROM contact_tags WHERE contact_id = ' || quote(new.contact_id) || ' AND tag = ' || quote(new.tag));
END;

CREATE TRIGGER undo_contact_tags_update AFTER UPDATE ON contact_tags WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND (old.contact_id <= (SELECT new_people_after FROM undo_current) OR new.contact_id <= (SELECT new_people_after FROM undo_current))
  AND (old.contact_id IS NOT new.contact_id OR old.tag IS NOT new.tag) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contact_tags', old.contact_id, NULL, 'update',
    'UPDATE contact_tags SET ' || substr(
      iif(old.contact_id IS NOT new.contact_id, ', contact_id = ' || quote(old.contact_id), '') ||
      iif(old.tag IS NOT new.tag, ', tag = ' || quote(old.tag), ''), 3) ||
    ' WHERE contact_id = ' || quote(new.contact_id) || ' AND tag = ' || quote(new.tag));
END;

CREATE TRIGGER undo_contact_tags_delete AFTER DELETE ON contact_tags WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND old.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contact_tags', old.contact_id, NULL, 'delete',
    'INSERT INTO contact_tags (rowid, contact_id, tag) VALUES (' || quote(old.rowid) || ', ' || quote(old.contact_id) || ', ' || quote(old.tag) || ')');
END;

CREATE TRIGGER undo_contacts_insert AFTER INSERT ON contacts WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND new.id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contacts', new.id, new.name, 'insert',
    'DELETE FROM contacts WHERE id = ' || quote(new.id));
END;

CREATE TRIGGER undo_contacts_update AFTER UPDATE ON contacts WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND (old.id <= (SELECT new_people_after FROM undo_current) OR new.id <= (SELECT new_people_after FROM undo_current))
  AND (old.id IS NOT new.id OR old.name IS NOT new.name OR old.name_key IS NOT new.name_key OR old.company IS NOT new.company OR old.role IS NOT new.role OR old.birthday IS NOT new.birthday OR old.customer_since IS NOT new.customer_since OR old.cadence IS NOT new.cadence OR old.met IS NOT new.met OR old.referred_by IS NOT new.referred_by OR old.archived IS NOT new.archived OR old.paused_until IS NOT new.paused_until OR old.created_on IS NOT new.created_on OR old.created_at IS NOT new.created_at OR old.updated_at IS NOT new.updated_at OR old.last_contact_on IS NOT new.last_contact_on OR old.due_day IS NOT new.due_day OR old.cadence_days IS NOT new.cadence_days) BEGIN
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
      iif(old.cadence_days IS NOT new.cadence_days, ', cadence_days = ' || quote(old.cadence_days), ''), 3) ||
    ' WHERE id = ' || quote(new.id));
END;

CREATE TRIGGER undo_contacts_delete AFTER DELETE ON contacts WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND old.id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contacts', old.id, old.name, 'delete',
    'INSERT INTO contacts (id, name, name_key, company, role, birthday, customer_since, cadence, met, referred_by, archived, paused_until, created_on, created_at, updated_at, last_contact_on, due_day, cadence_days) VALUES (' || quote(old.id) || ', ' || quote(old.name) || ', ' || quote(old.name_key) || ', ' || quote(old.company) || ', ' || quote(old.role) || ', ' || quote(old.birthday) || ', ' || quote(old.customer_since) || ', ' || quote(old.cadence) || ', ' || quote(old.met) || ', ' || quote(old.referred_by) || ', ' || quote(old.archived) || ', ' || quote(old.paused_until) || ', ' || quote(old.created_on) || ', ' || quote(old.created_at) || ', ' || quote(old.updated_at) || ', ' || quote(old.last_contact_on) || ', ' || quote(old.due_day) || ', ' || quote(old.cadence_days) || ')');
END;

CREATE TRIGGER undo_conversations_insert AFTER INSERT ON conversations WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND new.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'conversations', new.contact_id, NULL, 'insert',
    'DELETE FROM conversations WHERE id = ' || quote(new.id));
END;

CREATE TRIGGER undo_conversations_update AFTER UPDATE ON conversations WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND (old.contact_id <= (SELECT new_people_after FROM undo_current) OR new.contact_id <= (SELECT new_people_after FROM undo_current))
  AND (old.id IS NOT new.id OR old.contact_id IS NOT new.contact_id OR old.happened_on IS NOT new.happened_on OR old.via IS NOT new.via OR old.note IS NOT new.note OR old.complaint IS NOT new.complaint OR old.resolved_on IS NOT new.resolved_on OR old.resolution_note IS NOT new.resolution_note OR old.created_at IS NOT new.created_at) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'conversations', old.contact_id, NULL, 'update',
    'UPDATE conversations SET ' || substr(
      iif(old.id IS NOT new.id, ', id = ' || quote(old.id), '') ||
      iif(old.contact_id IS NOT new.contact_id, ', contact_id = ' || quote(old.contact_id), '') ||
      iif(old.happened_on IS NOT new.happened_on, ', happened_on = ' || quote(old.happened_on), '') ||
      iif(old.via IS NOT new.via, ', via = ' || quote(old.via), '') ||
      iif(old.note IS NOT new.note, ', note = ' || quote(old.note), '') ||
      iif(old.complaint IS NOT new.complaint, ', complaint = ' || quote(old.complaint), '') ||
      iif(old.resolved_on IS NOT new.resolved_on, ', resolved_on = ' || quote(old.resolved_on), '') ||
      iif(old.resolution_note IS NOT new.resolution_note, ', resolution_note = ' || quote(old.resolution_note), '') ||
      iif(old.created_at IS NOT new.created_at, ', created_at = ' || quote(old.created_at), ''), 3) ||
    ' WHERE id = ' || quote(new.id));
END;

CREATE TRIGGER undo_conversations_delete AFTER DELETE ON conversations WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND old.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'conversations', old.contact_id, NULL, 'delete',
    'INSERT INTO conversations (id, contact_id, happened_on, via, note, complaint, resolved_on, resolution_note, created_at) VALUES (' || quote(old.id) || ', ' || quote(old.contact_id) || ', ' || quote(old.happened_on) || ', ' || quote(old.via) || ', ' || quote(old.note) || ', ' || quote(old.complaint) || ', ' || quote(old.resolved_on) || ', ' || quote(old.resolution_note) || ', ' || quote(old.created_at) || ')');
END;

CREATE TRIGGER undo_details_insert AFTER INSERT ON details WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND new.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'details', new.contact_id, NULL, 'insert',
    'DELETE FROM details WHERE id = ' || quote(new.id));
END;

CREATE TRIGGER undo_details_update AFTER UPDATE ON details WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND (old.contact_id <= (SELECT new_people_after FROM undo_current) OR new.contact_id <= (SELECT new_people_after FROM undo_current))
  AND (old.id IS NOT new.id OR old.contact_id IS NOT new.contact_id OR old.text IS NOT new.text OR old.date IS NOT new.date OR old.yearly IS NOT new.yearly OR old.created_at IS NOT new.created_at) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'details', old.contact_id, NULL, 'update',
    'UPDATE details SET ' || substr(
      iif(old.id IS NOT new.id, ', id = ' || quote(old.id), '') ||
      iif(old.contact_id IS NOT new.contact_id, ', contact_id = ' || quote(old.contact_id), '') ||
      iif(old.text IS NOT new.text, ', text = ' || quote(old.text), '') ||
      iif(old.date IS NOT new.date, ', date = ' || quote(old.date), '') ||
      iif(old.yearly IS NOT new.yearly, ', yearly = ' || quote(old.yearly), '') ||
      iif(old.created_at IS NOT new.created_at, ', created_at = ' || quote(old.created_at), ''), 3) ||
    ' WHERE id = ' || quote(new.id));
END;

CREATE TRIGGER undo_details_delete AFTER DELETE ON details WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND old.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'details', old.contact_id, NULL, 'delete',
    'INSERT INTO details (id, contact_id, text, date, yearly, created_at) VALUES (' || quote(old.id) || ', ' || quote(old.contact_id) || ', ' || quote(old.text) || ', ' || quote(old.date) || ', ' || quote(old.yearly) || ', ' || quote(old.created_at) || ')');
END;

CREATE TRIGGER undo_reminders_insert AFTER INSERT ON reminders WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND new.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'reminders', new.contact_id, NULL, 'insert',
    'DELETE FROM reminders WHERE id = ' || quote(new.id));
END;

CREATE TRIGGER undo_reminders_update AFTER UPDATE ON reminders WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND (old.contact_id <= (SELECT new_people_after FROM undo_current) OR new.contact_id <= (SELECT new_people_after FROM undo_current))
  AND (old.id IS NOT new.id OR old.contact_id IS NOT new.contact_id OR old.text IS NOT new.text OR old.due_on IS NOT new.due_on OR old.every IS NOT new.every OR old.done_on IS NOT new.done_on OR old.snoozed_until IS NOT new.snoozed_until OR old.created_at IS NOT new.created_at) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'reminders', old.contact_id, NULL, 'update',
    'UPDATE reminders SET ' || substr(
      iif(old.id IS NOT new.id, ', id = ' || quote(old.id), '') ||
      iif(old.contact_id IS NOT new.contact_id, ', contact_id = ' || quote(old.contact_id), '') ||
      iif(old.text IS NOT new.text, ', text = ' || quote(old.text), '') ||
      iif(old.due_on IS NOT new.due_on, ', due_on = ' || quote(old.due_on), '') ||
      iif(old.every IS NOT new.every, ', every = ' || quote(old.every), '') ||
      iif(old.done_on IS NOT new.done_on, ', done_on = ' || quote(old.done_on), '') ||
      iif(old.snoozed_until IS NOT new.snoozed_until, ', snoozed_until = ' || quote(old.snoozed_until), '') ||
      iif(old.created_at IS NOT new.created_at, ', created_at = ' || quote(old.created_at), ''), 3) ||
    ' WHERE id = ' || quote(new.id));
END;

CREATE TRIGGER undo_reminders_delete AFTER DELETE ON reminders WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND old.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'reminders', old.contact_id, NULL, 'delete',
    'INSERT INTO reminders (id, contact_id, text, due_on, every, done_on, snoozed_until, created_at) VALUES (' || quote(old.id) || ', ' || quote(old.contact_id) || ', ' || quote(old.text) || ', ' || quote(old.due_on) || ', ' || quote(old.every) || ', ' || quote(old.done_on) || ', ' || quote(old.snoozed_until) || ', ' || quote(old.created_at) || ')');
END;

CREATE TRIGGER undo_settings_insert AFTER INSERT ON settings WHEN (SELECT change_id FROM undo_current) IS NOT NULL BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'settings', NULL, new.key, 'insert',
    'DELETE FROM settings WHERE key = ' || quote(new.key));
END;

CREATE TRIGGER undo_settings_update AFTER UPDATE ON settings WHEN (SELECT change_id FROM undo_current) IS NOT NULL
  AND (old.key IS NOT new.key OR old.value IS NOT new.value) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'settings', NULL, old.key, 'update',
    'UPDATE settings SET ' || substr(
      iif(old.key IS NOT new.key, ', key = ' || quote(old.key), '') ||
      iif(old.value IS NOT new.value, ', value = ' || quote(old.value), ''), 3) ||
    ' WHERE key = ' || quote(new.key));
END;

CREATE TRIGGER undo_settings_delete AFTER DELETE ON settings WHEN (SELECT change_id FROM undo_current) IS NOT NULL BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'settings', NULL, old.key, 'delete',
    'INSERT INTO settings (rowid, key, value) VALUES (' || quote(old.rowid) || ', ' || quote(old.key) || ', ' || quote(old.value) || ')');
END;

CREATE TRIGGER undo_tags_insert AFTER INSERT ON tags WHEN (SELECT change_id FROM undo_current) IS NOT NULL BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'tags', NULL, new.tag, 'insert',
    'DELETE FROM tags WHERE tag = ' || quote(new.tag));
END;

CREATE TRIGGER undo_tags_update AFTER UPDATE ON tags WHEN (SELECT change_id FROM undo_current) IS NOT NULL
  AND (old.tag IS NOT new.tag OR old.cadence IS NOT new.cadence) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'tags', NULL, old.tag, 'update',
    'UPDATE tags SET ' || substr(
      iif(old.tag IS NOT new.tag, ', tag = ' || quote(old.tag), '') ||
      iif(old.cadence IS NOT new.cadence, ', cadence = ' || quote(old.cadence), ''), 3) ||
    ' WHERE tag = ' || quote(new.tag));
END;

CREATE TRIGGER undo_tags_delete AFTER DELETE ON tags WHEN (SELECT change_id FROM undo_current) IS NOT NULL BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'tags', NULL, old.tag, 'delete',
    'INSERT INTO tags (rowid, tag, cadence) VALUES (' || quote(old.rowid) || ', ' || quote(old.tag) || ', ' || quote(old.cadence) || ')');
END;
