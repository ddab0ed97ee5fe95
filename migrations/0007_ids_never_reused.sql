-- 0007: ids are never reused (SPEC §5). A plain INTEGER PRIMARY KEY hands out max(id) + 1, so after
-- `rel rm` of the newest person the next one got the dead id, and an old printout, a calendar
-- entry's UID or a script could point at someone else. AUTOINCREMENT keeps the highest id ever
-- given in sqlite_sequence and never goes below it. SQLite cannot add it to a table, so each table
-- whose ids users see (contacts, conversations, details, reminders) is rebuilt as sqlite.org's
-- ALTER TABLE page describes: create the new table, copy every row with its id, drop the old one,
-- rename, and re-create its indexes (the partial ones of 0001 and 0004 included). Copying the rows
-- sets sqlite_sequence to each table's current max(id): ids deleted above it before this
-- migration cannot be known, every id deleted from now on stays dead.
--
-- The runner applies migrations with foreign keys off (src/store/open.ts), so dropping the old
-- contacts table cascades nothing; the children's REFERENCES contacts(id) name the table, which
-- the rename puts back. The column order stays that of 0001 + 0003, so rows copy as they are.
-- The search index itself (0002) is untouched: its rows are keyed by id, and the ids stay.

-- Triggers and the view that name the rebuilt tables go first, and come back unchanged at the end.
DROP TRIGGER search_contact_insert;
DROP TRIGGER search_contact_update;
DROP TRIGGER search_contact_delete;
DROP TRIGGER search_alias_insert;
DROP TRIGGER search_alias_update;
DROP TRIGGER search_alias_delete;
DROP TRIGGER search_conversation_insert;
DROP TRIGGER search_conversation_update;
DROP TRIGGER search_conversation_delete;
DROP TRIGGER search_detail_insert;
DROP TRIGGER search_detail_update;
DROP TRIGGER search_detail_delete;
DROP TRIGGER search_reminder_insert;
DROP TRIGGER search_reminder_update;
DROP TRIGGER search_reminder_delete;
DROP VIEW search_contact_text;

CREATE TABLE contacts_rebuilt (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
  name_key       TEXT NOT NULL,
  company        TEXT,
  role           TEXT,
  birthday       TEXT,                 -- 'YYYY-MM-DD' or '--MM-DD'
  customer_since TEXT,                 -- 'YYYY-MM-DD'
  cadence        TEXT,                 -- keep-in-touch duration such as '2w'; NULL: tag or default
  met            TEXT,                 -- how you met
  referred_by    INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
  archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  paused_until   TEXT,                 -- no drifting until this day
  created_on     TEXT NOT NULL,        -- local calendar day it was added: drifting counts from it
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
, last_contact_on TEXT, due_day INTEGER, cadence_days INTEGER);
INSERT INTO contacts_rebuilt SELECT * FROM contacts;
DROP TABLE contacts;
ALTER TABLE contacts_rebuilt RENAME TO contacts;
CREATE INDEX contacts_name_key ON contacts(name_key);
CREATE INDEX contacts_referred_by ON contacts(referred_by);
CREATE INDEX contacts_rhythm ON contacts(due_day, paused_until, cadence_days) WHERE archived = 0;
CREATE INDEX contacts_archived ON contacts(id) WHERE archived = 1;
CREATE INDEX contacts_birthday_day ON contacts(substr(birthday, -5), birthday) WHERE birthday IS NOT NULL AND archived = 0;
CREATE INDEX contacts_customer_day ON contacts(substr(customer_since, -5), customer_since) WHERE customer_since IS NOT NULL AND archived = 0;

CREATE TABLE conversations_rebuilt (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  contact_id      INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  happened_on     TEXT NOT NULL,       -- local calendar day
  via             TEXT CHECK (via IN ('call', 'email', 'meeting', 'meal', 'message', 'event', 'social', 'visit', 'other')),
  note            TEXT,
  complaint       INTEGER NOT NULL DEFAULT 0 CHECK (complaint IN (0, 1)),
  resolved_on     TEXT,                -- complaints only
  resolution_note TEXT,
  created_at      TEXT NOT NULL
);
INSERT INTO conversations_rebuilt SELECT * FROM conversations;
DROP TABLE conversations;
ALTER TABLE conversations_rebuilt RENAME TO conversations;
CREATE INDEX conversations_contact ON conversations(contact_id, happened_on);
CREATE INDEX conversations_happened ON conversations(happened_on);
CREATE INDEX conversations_open_complaints ON conversations(contact_id) WHERE complaint = 1 AND resolved_on IS NULL;

CREATE TABLE details_rebuilt (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
  date       TEXT,                     -- 'YYYY-MM-DD', 'YYYY-MM' or '--MM-DD'
  yearly     INTEGER NOT NULL DEFAULT 0 CHECK (yearly IN (0, 1)),
  created_at TEXT NOT NULL
);
INSERT INTO details_rebuilt SELECT * FROM details;
DROP TABLE details;
ALTER TABLE details_rebuilt RENAME TO details;
CREATE INDEX details_contact ON details(contact_id);
CREATE INDEX details_dated ON details(date, yearly, contact_id) WHERE date IS NOT NULL;

CREATE TABLE reminders_rebuilt (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  contact_id    INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  text          TEXT NOT NULL CHECK (length(trim(text)) > 0),
  due_on        TEXT NOT NULL,
  every         TEXT,                  -- recurrence such as '1m'
  done_on       TEXT,
  snoozed_until TEXT,
  created_at    TEXT NOT NULL
);
INSERT INTO reminders_rebuilt SELECT * FROM reminders;
DROP TABLE reminders;
ALTER TABLE reminders_rebuilt RENAME TO reminders;
CREATE INDEX reminders_contact ON reminders(contact_id);
CREATE INDEX reminders_open ON reminders(due_on, snoozed_until, contact_id, done_on) WHERE done_on IS NULL;

-- The view and the search index triggers of 0002, exactly as they were.
CREATE VIEW search_contact_text AS
SELECT c.id,
       concat_ws(' · ', c.name, (SELECT group_concat(a.alias, ', ') FROM contact_aliases a WHERE a.contact_id = c.id), c.company, c.role, c.met) AS body
FROM contacts c;
CREATE TRIGGER search_contact_insert AFTER INSERT ON contacts BEGIN
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
  SELECT id * 4, body, 'contact', id, id FROM search_contact_text WHERE id = new.id;
END;
CREATE TRIGGER search_contact_update AFTER UPDATE OF id, name, company, role, met ON contacts BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4;
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
  SELECT id * 4, body, 'contact', id, id FROM search_contact_text WHERE id = new.id;
END;
CREATE TRIGGER search_contact_delete AFTER DELETE ON contacts BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4;
END;
CREATE TRIGGER search_alias_insert AFTER INSERT ON contact_aliases BEGIN
  DELETE FROM search_index WHERE rowid = new.contact_id * 4;
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
  SELECT id * 4, body, 'contact', id, id FROM search_contact_text WHERE id = new.contact_id;
END;
CREATE TRIGGER search_alias_update AFTER UPDATE ON contact_aliases BEGIN
  DELETE FROM search_index WHERE rowid IN (old.contact_id * 4, new.contact_id * 4);
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
  SELECT id * 4, body, 'contact', id, id FROM search_contact_text WHERE id IN (old.contact_id, new.contact_id);
END;
CREATE TRIGGER search_alias_delete AFTER DELETE ON contact_aliases BEGIN
  DELETE FROM search_index WHERE rowid = old.contact_id * 4;
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
  SELECT id * 4, body, 'contact', id, id FROM search_contact_text WHERE id = old.contact_id;
END;
CREATE TRIGGER search_conversation_insert AFTER INSERT ON conversations
WHEN coalesce(new.note, new.resolution_note) IS NOT NULL BEGIN
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
  VALUES (new.id * 4 + 1, concat_ws(' · ', new.note, new.resolution_note), 'conversation', new.id, new.contact_id);
END;
CREATE TRIGGER search_conversation_update AFTER UPDATE OF id, contact_id, note, resolution_note ON conversations BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id)
  SELECT new.id * 4 + 1, concat_ws(' · ', new.note, new.resolution_note), 'conversation', new.id, new.contact_id
  WHERE coalesce(new.note, new.resolution_note) IS NOT NULL;
END;
CREATE TRIGGER search_conversation_delete AFTER DELETE ON conversations BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
END;
CREATE TRIGGER search_detail_insert AFTER INSERT ON details BEGIN
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id) VALUES (new.id * 4 + 2, new.text, 'detail', new.id, new.contact_id);
END;
CREATE TRIGGER search_detail_update AFTER UPDATE OF id, contact_id, text ON details BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id) VALUES (new.id * 4 + 2, new.text, 'detail', new.id, new.contact_id);
END;
CREATE TRIGGER search_detail_delete AFTER DELETE ON details BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
END;
CREATE TRIGGER search_reminder_insert AFTER INSERT ON reminders BEGIN
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id) VALUES (new.id * 4 + 3, new.text, 'reminder', new.id, new.contact_id);
END;
CREATE TRIGGER search_reminder_update AFTER UPDATE OF id, contact_id, text ON reminders BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
  INSERT INTO search_index (rowid, body, kind, ref_id, contact_id) VALUES (new.id * 4 + 3, new.text, 'reminder', new.id, new.contact_id);
END;
CREATE TRIGGER search_reminder_delete AFTER DELETE ON reminders BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
END;
