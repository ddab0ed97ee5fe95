-- 0028: how many follow-ups are open, kept as they change, for `rel reminders` (issue 16). Its
-- first page says how many more there are: everyone's open follow-ups less the archived people's,
-- counted from 0023's indexes one entry at a time (25,000 on a large journal), growing with the
-- journal while the page does not (BENCHMARKS.md). Now triggers keep both counts in one row, in
-- the same transaction as the follow-ups and the people, as 0019's and later counts are kept. The
-- row is derived: no undo triggers of its own. `rel doctor` counts them again (its "follow-ups"
-- check).
--
-- A follow-up is the archived people's while its person is archived. When a person goes, their
-- follow-ups go after them (ON DELETE CASCADE), no longer anyone's: so an archived person's open
-- follow-ups leave archived_open as the person goes, and join it as an archived person comes (an
-- undo puts the person back, before or after their follow-ups).
CREATE TABLE counts_follow_ups (
  one           INTEGER PRIMARY KEY CHECK (one = 1),
  open          INTEGER NOT NULL,  -- follow-ups not done
  archived_open INTEGER NOT NULL   -- of them, those of archived people
);

INSERT INTO counts_follow_ups (one, open, archived_open) VALUES (1,
  (SELECT count(*) FROM reminders WHERE done_on IS NULL),
  (SELECT count(*) FROM contacts c JOIN reminders r ON r.contact_id = c.id WHERE c.archived = 1 AND r.done_on IS NULL));

-- Whether a follow-up's person is archived: 0 once they are gone.
CREATE TRIGGER counts_follow_ups_insert AFTER INSERT ON reminders WHEN new.done_on IS NULL BEGIN
  UPDATE counts_follow_ups SET open = open + 1,
    archived_open = archived_open + coalesce((SELECT archived FROM contacts WHERE id = new.contact_id), 0)
  WHERE one = 1;
END;
CREATE TRIGGER counts_follow_ups_delete AFTER DELETE ON reminders WHEN old.done_on IS NULL BEGIN
  UPDATE counts_follow_ups SET open = open - 1,
    archived_open = archived_open - coalesce((SELECT archived FROM contacts WHERE id = old.contact_id), 0)
  WHERE one = 1;
END;
CREATE TRIGGER counts_follow_ups_update AFTER UPDATE OF done_on, contact_id ON reminders
  WHEN (old.done_on IS NULL OR new.done_on IS NULL) AND ((old.done_on IS NULL) IS NOT (new.done_on IS NULL) OR old.contact_id IS NOT new.contact_id) BEGIN
  UPDATE counts_follow_ups SET
    open = open + (new.done_on IS NULL) - (old.done_on IS NULL),
    archived_open = archived_open
      + (new.done_on IS NULL) * coalesce((SELECT archived FROM contacts WHERE id = new.contact_id), 0)
      - (old.done_on IS NULL) * coalesce((SELECT archived FROM contacts WHERE id = old.contact_id), 0)
  WHERE one = 1;
END;

-- A person archived or brought back, put back by an undo, or gone: their open follow-ups move.
CREATE TRIGGER counts_follow_ups_archive AFTER UPDATE OF archived ON contacts WHEN old.archived IS NOT new.archived BEGIN
  UPDATE counts_follow_ups SET archived_open = archived_open
    + (new.archived - old.archived) * (SELECT count(*) FROM reminders WHERE contact_id = new.id AND done_on IS NULL)
  WHERE one = 1;
END;
CREATE TRIGGER counts_follow_ups_person_insert AFTER INSERT ON contacts WHEN new.archived = 1 BEGIN
  UPDATE counts_follow_ups SET archived_open = archived_open
    + (SELECT count(*) FROM reminders WHERE contact_id = new.id AND done_on IS NULL)
  WHERE one = 1;
END;
CREATE TRIGGER counts_follow_ups_person_delete BEFORE DELETE ON contacts WHEN old.archived = 1 BEGIN
  UPDATE counts_follow_ups SET archived_open = archived_open
    - (SELECT count(*) FROM reminders WHERE contact_id = old.id AND done_on IS NULL)
  WHERE one = 1;
END;
