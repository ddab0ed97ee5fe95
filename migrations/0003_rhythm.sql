-- 0003: keep each contact's rhythm on the contact itself — the day of the last conversation, the
-- day the next one is due and the cadence's length in days — so that `rel today` finds the people
-- drifting away with one indexed range query instead of aggregating every conversation (a million
-- on a large journal) and every cadence at each start. Triggers keep the columns in step with
-- conversations, cadences, tags and the default cadence setting; they compute what
-- src/domain/cadence.ts computes (own cadence, else the shortest tag cadence by approximate
-- length then tag name, else the setting, 90d by default; months clamp to the month's end).

ALTER TABLE contacts ADD COLUMN last_contact_on TEXT;
ALTER TABLE contacts ADD COLUMN due_day INTEGER;      -- days since 1970-01-01 of the next due day
ALTER TABLE contacts ADD COLUMN cadence_days INTEGER; -- days from the last contact to the due day

CREATE VIEW contact_cadence AS
SELECT c.id,
       coalesce(c.last_contact_on, c.created_on) AS base,
       coalesce(
         c.cadence,
         (SELECT t.cadence FROM contact_tags ct JOIN tags t ON t.tag = ct.tag
          WHERE ct.contact_id = c.id
          ORDER BY CAST(substr(t.cadence, 1, length(t.cadence) - 1) AS REAL)
                   * CASE substr(t.cadence, -1) WHEN 'd' THEN 1 WHEN 'w' THEN 7 WHEN 'm' THEN 30.44 ELSE 365.25 END,
                   t.tag
          LIMIT 1),
         (SELECT value FROM settings WHERE key = 'cadence'),
         '90d') AS cadence
FROM contacts c;

CREATE VIEW contact_due AS
SELECT id, base, julianday(due_on) - julianday(base) AS cadence_days,
       CAST(julianday(due_on) - 2440587.5 AS INTEGER) AS due_day
FROM (
  SELECT id, base,
         CASE unit
           WHEN 'd' THEN date(base, '+' || n || ' days')
           WHEN 'w' THEN date(base, '+' || (7 * n) || ' days')
           ELSE min(date(base, '+' || (months * n) || ' months'),
                    date(base, 'start of month', '+' || (months * n + 1) || ' months', '-1 day'))
         END AS due_on
  FROM (
    SELECT id, base, substr(cadence, -1) AS unit,
           CAST(substr(cadence, 1, length(cadence) - 1) AS INTEGER) AS n,
           CASE substr(cadence, -1) WHEN 'y' THEN 12 ELSE 1 END AS months
    FROM contact_cadence
  )
);

UPDATE contacts SET last_contact_on = (SELECT max(happened_on) FROM conversations WHERE contact_id = contacts.id);
UPDATE contacts SET (due_day, cadence_days) = (SELECT due_day, cadence_days FROM contact_due d WHERE d.id = contacts.id);
CREATE INDEX contacts_due ON contacts(due_day) WHERE archived = 0;

CREATE TRIGGER conversations_insert_rhythm AFTER INSERT ON conversations
WHEN NEW.happened_on > coalesce((SELECT last_contact_on FROM contacts WHERE id = NEW.contact_id), '')
BEGIN
  UPDATE contacts SET last_contact_on = NEW.happened_on WHERE id = NEW.contact_id;
END;

CREATE TRIGGER conversations_delete_rhythm AFTER DELETE ON conversations BEGIN
  UPDATE contacts SET last_contact_on = (SELECT max(happened_on) FROM conversations WHERE contact_id = OLD.contact_id)
  WHERE id = OLD.contact_id;
END;

CREATE TRIGGER conversations_update_rhythm AFTER UPDATE OF happened_on, contact_id ON conversations BEGIN
  UPDATE contacts SET last_contact_on = (SELECT max(happened_on) FROM conversations WHERE contact_id = contacts.id)
  WHERE id IN (OLD.contact_id, NEW.contact_id);
END;

CREATE TRIGGER contacts_insert_rhythm AFTER INSERT ON contacts BEGIN
  UPDATE contacts SET (due_day, cadence_days) = (SELECT due_day, cadence_days FROM contact_due d WHERE d.id = NEW.id) WHERE id = NEW.id;
END;

CREATE TRIGGER contacts_update_rhythm AFTER UPDATE OF last_contact_on, cadence, created_on ON contacts BEGIN
  UPDATE contacts SET (due_day, cadence_days) = (SELECT due_day, cadence_days FROM contact_due d WHERE d.id = NEW.id) WHERE id = NEW.id;
END;

CREATE TRIGGER contact_tags_insert_rhythm AFTER INSERT ON contact_tags BEGIN
  UPDATE contacts SET (due_day, cadence_days) = (SELECT due_day, cadence_days FROM contact_due d WHERE d.id = NEW.contact_id) WHERE id = NEW.contact_id;
END;

CREATE TRIGGER contact_tags_delete_rhythm AFTER DELETE ON contact_tags BEGIN
  UPDATE contacts SET (due_day, cadence_days) = (SELECT due_day, cadence_days FROM contact_due d WHERE d.id = OLD.contact_id) WHERE id = OLD.contact_id;
END;

CREATE TRIGGER tags_insert_rhythm AFTER INSERT ON tags BEGIN
  UPDATE contacts SET (due_day, cadence_days) = (SELECT due_day, cadence_days FROM contact_due d WHERE d.id = contacts.id)
  WHERE id IN (SELECT contact_id FROM contact_tags WHERE tag = NEW.tag);
END;

CREATE TRIGGER tags_update_rhythm AFTER UPDATE ON tags BEGIN
  UPDATE contacts SET (due_day, cadence_days) = (SELECT due_day, cadence_days FROM contact_due d WHERE d.id = contacts.id)
  WHERE id IN (SELECT contact_id FROM contact_tags WHERE tag IN (OLD.tag, NEW.tag));
END;

CREATE TRIGGER tags_delete_rhythm AFTER DELETE ON tags BEGIN
  UPDATE contacts SET (due_day, cadence_days) = (SELECT due_day, cadence_days FROM contact_due d WHERE d.id = contacts.id)
  WHERE id IN (SELECT contact_id FROM contact_tags WHERE tag = OLD.tag);
END;

CREATE TRIGGER settings_insert_rhythm AFTER INSERT ON settings WHEN NEW.key = 'cadence' BEGIN
  UPDATE contacts SET (due_day, cadence_days) = (SELECT due_day, cadence_days FROM contact_due d WHERE d.id = contacts.id);
END;

CREATE TRIGGER settings_update_rhythm AFTER UPDATE ON settings WHEN NEW.key = 'cadence' OR OLD.key = 'cadence' BEGIN
  UPDATE contacts SET (due_day, cadence_days) = (SELECT due_day, cadence_days FROM contact_due d WHERE d.id = contacts.id);
END;

CREATE TRIGGER settings_delete_rhythm AFTER DELETE ON settings WHEN OLD.key = 'cadence' BEGIN
  UPDATE contacts SET (due_day, cadence_days) = (SELECT due_day, cadence_days FROM contact_due d WHERE d.id = contacts.id);
END;
