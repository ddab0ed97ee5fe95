-- 0010: people are found by their phone number (SPEC §3 "Naming people": by id, exact name, alias,
-- email, phone, or an unambiguous part of the name): `rel show "+48 601 234 567"`, `rel show
-- 601234567` and `rel add 0601-234-567 --note ...` name the person with that number. Numbers
-- compare as imports, rel duplicates and rel merge compare them (src/domain/phoneNumbers.ts): by
-- their last nine digits, so the national and the international form of a number are one.
--
-- Finding someone by a number must not read every phone in the journal (a hundred thousand people
-- on a large one): each phone keeps its key, phone_key, as the domain computes it (the store
-- writes it with the phone), and an index finds whose it is. The rule is not restated in SQL:
-- the keys of the phones already here are computed by rel_phone_key(), the domain's phoneKey
-- registered on the connection before migrating (src/store/open.ts), as 0006 did for names.
--
-- The undo triggers of contact_phones (0008) name its columns: the two that write them out are made
-- again with phone_key, in the same pattern, so that an undo brings a phone back with its key.

ALTER TABLE contact_phones ADD COLUMN phone_key TEXT;
UPDATE contact_phones SET phone_key = rel_phone_key(phone);
CREATE INDEX contact_phones_key ON contact_phones(phone_key);

DROP TRIGGER undo_contact_phones_update;
DROP TRIGGER undo_contact_phones_delete;

CREATE TRIGGER undo_contact_phones_update AFTER UPDATE ON contact_phones WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND (old.contact_id <= (SELECT new_people_after FROM undo_current) OR new.contact_id <= (SELECT new_people_after FROM undo_current))
  AND (old.contact_id IS NOT new.contact_id OR old.phone IS NOT new.phone OR old.position IS NOT new.position OR old.phone_key IS NOT new.phone_key) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contact_phones', old.contact_id, NULL, 'update',
    'UPDATE contact_phones SET ' || substr(
      iif(old.contact_id IS NOT new.contact_id, ', contact_id = ' || quote(old.contact_id), '') ||
      iif(old.phone IS NOT new.phone, ', phone = ' || quote(old.phone), '') ||
      iif(old.position IS NOT new.position, ', position = ' || quote(old.position), '') ||
      iif(old.phone_key IS NOT new.phone_key, ', phone_key = ' || quote(old.phone_key), ''), 3) ||
    ' WHERE contact_id = ' || quote(new.contact_id) || ' AND phone = ' || quote(new.phone));
END;

CREATE TRIGGER undo_contact_phones_delete AFTER DELETE ON contact_phones WHEN (SELECT change_id FROM undo_current) IS NOT NULL AND old.contact_id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) VALUES ((SELECT change_id FROM undo_current), 'contact_phones', old.contact_id, NULL, 'delete',
    'INSERT INTO contact_phones (rowid, contact_id, phone, position, phone_key) VALUES (' || quote(old.rowid) || ', ' || quote(old.contact_id) || ', ' || quote(old.phone) || ', ' || quote(old.position) || ', ' || quote(old.phone_key) || ')');
END;
