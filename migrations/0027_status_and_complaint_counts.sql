-- 0027: the counts behind `rel stats`' statuses and complaints, kept as they change (issue 16).
-- Its keep-in-touch statuses grouped every contact by the facts their status follows from, from
-- 0004's and 0017's indexes one entry at a time (100,000 on a large journal, some 12 ms), and its
-- complaints every complaint by its two days (20,000 entries, some 6 ms): both grew with the
-- journal while the screen does not (BENCHMARKS.md). Now triggers keep those groups' counts, in
-- the same transaction as the rows, as 0019, 0025 and 0026 keep theirs; the domain still decides
-- each group's status from the day (src/domain/stats.ts). The tables are derived: no undo
-- triggers of their own, and a group's row goes with its last member, so an undo leaves them as
-- they were. `rel doctor` counts them again (its "statuses" and "complaints counted" checks).
--
-- A key column holds '' for NULL (a key holds no NULL); due_day is declared without a type, so
-- its day numbers stay numbers beside that ''.
CREATE TABLE counts_statuses (
  archived     INTEGER NOT NULL,  -- contacts.archived
  talked       INTEGER NOT NULL,  -- 1 when contacts.last_contact_on is set
  due_day      NOT NULL,          -- contacts.due_day, '' for none
  paused_until TEXT NOT NULL,     -- contacts.paused_until, '' for none
  people       INTEGER NOT NULL,
  with_rhythm  INTEGER NOT NULL,  -- of them, those with contacts.cadence_days
  PRIMARY KEY (archived, talked, due_day, paused_until)
) WITHOUT ROWID;

INSERT INTO counts_statuses (archived, talked, due_day, paused_until, people, with_rhythm)
SELECT archived, last_contact_on IS NOT NULL, coalesce(due_day, ''), coalesce(paused_until, ''), count(*), count(cadence_days)
FROM contacts GROUP BY 1, 2, 3, 4;

-- The people a change adds in bulk (an import, a restore: undo_current.new_people_after, 0008)
-- are left out as they are written and their rhythm stored, and counted in one statement when the
-- change ends (src/store/undoLog.ts), as the search index's rows are (0021).
CREATE TRIGGER counts_statuses_insert AFTER INSERT ON contacts
  WHEN new.id <= (SELECT new_people_after FROM undo_current) BEGIN
  INSERT INTO counts_statuses (archived, talked, due_day, paused_until, people, with_rhythm)
  VALUES (new.archived, new.last_contact_on IS NOT NULL, coalesce(new.due_day, ''), coalesce(new.paused_until, ''), 1, new.cadence_days IS NOT NULL)
  ON CONFLICT DO UPDATE SET people = people + 1, with_rhythm = with_rhythm + excluded.with_rhythm;
END;
CREATE TRIGGER counts_statuses_delete AFTER DELETE ON contacts
  WHEN old.id <= (SELECT new_people_after FROM undo_current) BEGIN
  UPDATE counts_statuses SET people = people - 1, with_rhythm = with_rhythm - (old.cadence_days IS NOT NULL)
  WHERE archived = old.archived AND talked = (old.last_contact_on IS NOT NULL) AND due_day = coalesce(old.due_day, '') AND paused_until = coalesce(old.paused_until, '');
  DELETE FROM counts_statuses
  WHERE archived = old.archived AND talked = (old.last_contact_on IS NOT NULL) AND due_day = coalesce(old.due_day, '') AND paused_until = coalesce(old.paused_until, '') AND people = 0;
END;
CREATE TRIGGER counts_statuses_update AFTER UPDATE OF archived, last_contact_on, due_day, paused_until, cadence_days ON contacts
  WHEN old.id <= (SELECT new_people_after FROM undo_current)
   AND (old.archived IS NOT new.archived OR (old.last_contact_on IS NULL) IS NOT (new.last_contact_on IS NULL) OR old.due_day IS NOT new.due_day
        OR old.paused_until IS NOT new.paused_until OR (old.cadence_days IS NULL) IS NOT (new.cadence_days IS NULL)) BEGIN
  UPDATE counts_statuses SET people = people - 1, with_rhythm = with_rhythm - (old.cadence_days IS NOT NULL)
  WHERE archived = old.archived AND talked = (old.last_contact_on IS NOT NULL) AND due_day = coalesce(old.due_day, '') AND paused_until = coalesce(old.paused_until, '');
  DELETE FROM counts_statuses
  WHERE archived = old.archived AND talked = (old.last_contact_on IS NOT NULL) AND due_day = coalesce(old.due_day, '') AND paused_until = coalesce(old.paused_until, '') AND people = 0;
  INSERT INTO counts_statuses (archived, talked, due_day, paused_until, people, with_rhythm)
  VALUES (new.archived, new.last_contact_on IS NOT NULL, coalesce(new.due_day, ''), coalesce(new.paused_until, ''), 1, new.cadence_days IS NOT NULL)
  ON CONFLICT DO UPDATE SET people = people + 1, with_rhythm = with_rhythm + excluded.with_rhythm;
END;

-- Complaints by the day each was made and the day it was resolved ('' while open). 0017's partial
-- index of complaints, read by nothing else now, goes.
CREATE TABLE counts_complaints (
  happened_on TEXT NOT NULL,  -- conversations.happened_on
  resolved_on TEXT NOT NULL,  -- conversations.resolved_on, '' while open
  complaints  INTEGER NOT NULL,
  PRIMARY KEY (happened_on, resolved_on)
) WITHOUT ROWID;

INSERT INTO counts_complaints (happened_on, resolved_on, complaints)
SELECT happened_on, coalesce(resolved_on, ''), count(*) FROM conversations WHERE complaint = 1 GROUP BY 1, 2;

CREATE TRIGGER counts_complaints_insert AFTER INSERT ON conversations WHEN new.complaint = 1 BEGIN
  INSERT INTO counts_complaints (happened_on, resolved_on, complaints) VALUES (new.happened_on, coalesce(new.resolved_on, ''), 1)
  ON CONFLICT DO UPDATE SET complaints = complaints + 1;
END;
CREATE TRIGGER counts_complaints_delete AFTER DELETE ON conversations WHEN old.complaint = 1 BEGIN
  UPDATE counts_complaints SET complaints = complaints - 1 WHERE happened_on = old.happened_on AND resolved_on = coalesce(old.resolved_on, '');
  DELETE FROM counts_complaints WHERE happened_on = old.happened_on AND resolved_on = coalesce(old.resolved_on, '') AND complaints = 0;
END;
CREATE TRIGGER counts_complaints_unmake AFTER UPDATE OF complaint, happened_on, resolved_on ON conversations
  WHEN old.complaint = 1 AND (new.complaint IS NOT 1 OR old.happened_on IS NOT new.happened_on OR old.resolved_on IS NOT new.resolved_on) BEGIN
  UPDATE counts_complaints SET complaints = complaints - 1 WHERE happened_on = old.happened_on AND resolved_on = coalesce(old.resolved_on, '');
  DELETE FROM counts_complaints WHERE happened_on = old.happened_on AND resolved_on = coalesce(old.resolved_on, '') AND complaints = 0;
END;
CREATE TRIGGER counts_complaints_make AFTER UPDATE OF complaint, happened_on, resolved_on ON conversations
  WHEN new.complaint = 1 AND (old.complaint IS NOT 1 OR old.happened_on IS NOT new.happened_on OR old.resolved_on IS NOT new.resolved_on) BEGIN
  INSERT INTO counts_complaints (happened_on, resolved_on, complaints) VALUES (new.happened_on, coalesce(new.resolved_on, ''), 1)
  ON CONFLICT DO UPDATE SET complaints = complaints + 1;
END;

DROP INDEX conversations_complaints;
