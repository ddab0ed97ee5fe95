-- 0027: the counts behind `rel stats`' statuses and complaints, kept as they change (issue 16).
-- Its keep-in-touch statuses grouped every contact by the facts their status follows from, from
-- 0004's and 0017's indexes one entry at a time (100,000 on a large journal, some 12 ms), and its
-- complaints every complaint by its two days (20,000 entries, some 6 ms): both grew with the
-- journal while the screen does not (BENCHMARKS.md). Now triggers keep those groups' counts, in
-- the same transaction as the rows, as 0019, 0025 and 0026 keep theirs; the domain still decides
-- each group's status from the day, and the days to resolve (src/domain/stats.ts). The tables are
-- derived: no undo triggers of their own, and a row goes with the last one it counts, so an undo
-- leaves them as they were. `rel doctor` counts them again (its "statuses" and "turnaround" checks).
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

-- A change to the counts, by group: +1 or -1 person (INSERT INTO this view runs the trigger below,
-- written once for the triggers of contacts). A group's row goes with its last person.
CREATE VIEW counts_statuses_change (archived, talked, due_day, paused_until, people, with_rhythm) AS
  SELECT NULL, NULL, NULL, NULL, NULL, NULL WHERE 0;
CREATE TRIGGER counts_statuses_change INSTEAD OF INSERT ON counts_statuses_change BEGIN
  INSERT INTO counts_statuses (archived, talked, due_day, paused_until, people, with_rhythm)
  VALUES (new.archived, new.talked, new.due_day, new.paused_until, new.people, new.with_rhythm)
  ON CONFLICT DO UPDATE SET people = people + excluded.people, with_rhythm = with_rhythm + excluded.with_rhythm;
  DELETE FROM counts_statuses
  WHERE archived = new.archived AND talked = new.talked AND due_day = new.due_day AND paused_until = new.paused_until AND people = 0;
END;

-- The people a change adds in bulk (an import, a restore: undo_current.new_people_after, 0008)
-- are left out as they are written and their rhythm stored, and counted in one statement when the
-- change ends (src/store/undoLog.ts), as the search index's rows are (0021). While statuses_held
-- is set, a write that moves the rhythm of many people (rel config set cadence: 69,000 on a large
-- journal) leaves the counts to be made again once it is over (src/store/statusCounts.ts).
ALTER TABLE undo_current ADD COLUMN statuses_held INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER counts_statuses_insert AFTER INSERT ON contacts
  WHEN (SELECT statuses_held = 0 AND new.id <= new_people_after FROM undo_current) BEGIN
  INSERT INTO counts_statuses_change
  VALUES (new.archived, new.last_contact_on IS NOT NULL, coalesce(new.due_day, ''), coalesce(new.paused_until, ''), 1, new.cadence_days IS NOT NULL);
END;
CREATE TRIGGER counts_statuses_delete AFTER DELETE ON contacts
  WHEN (SELECT statuses_held = 0 AND old.id <= new_people_after FROM undo_current) BEGIN
  INSERT INTO counts_statuses_change
  VALUES (old.archived, old.last_contact_on IS NOT NULL, coalesce(old.due_day, ''), coalesce(old.paused_until, ''), -1, -(old.cadence_days IS NOT NULL));
END;
CREATE TRIGGER counts_statuses_update AFTER UPDATE OF archived, last_contact_on, due_day, paused_until, cadence_days ON contacts
  WHEN (old.archived IS NOT new.archived OR (old.last_contact_on IS NULL) IS NOT (new.last_contact_on IS NULL) OR old.due_day IS NOT new.due_day
        OR old.paused_until IS NOT new.paused_until OR (old.cadence_days IS NULL) IS NOT (new.cadence_days IS NULL))
   AND (SELECT statuses_held = 0 AND old.id <= new_people_after FROM undo_current) BEGIN
  INSERT INTO counts_statuses_change
  VALUES (old.archived, old.last_contact_on IS NOT NULL, coalesce(old.due_day, ''), coalesce(old.paused_until, ''), -1, -(old.cadence_days IS NOT NULL)),
         (new.archived, new.last_contact_on IS NOT NULL, coalesce(new.due_day, ''), coalesce(new.paused_until, ''), 1, new.cadence_days IS NOT NULL);
END;

-- Complaints counted by day: each day's open complaints, and for every complaint resolved on or
-- after the day it was made (both calendar days) the day made and the day resolved, so that the
-- days to resolve add up day by day (src/domain/stats.ts summarizeCountedComplaints): some 1,100
-- days on a large journal instead of 11,000 pairs of days. A resolved complaint whose days do not
-- add up so (a day that is no calendar day, or resolved before it was made: a journal edited by
-- hand) is counted by its two days in counts_complaints_odd. 0017's partial index of complaints,
-- read by nothing else now, goes.
CREATE TABLE counts_complaints (
  day      TEXT PRIMARY KEY NOT NULL,  -- conversations.happened_on or resolved_on
  open     INTEGER NOT NULL,           -- open complaints made on the day
  made     INTEGER NOT NULL,           -- complaints made on the day, resolved on or after it
  resolved INTEGER NOT NULL            -- complaints resolved on the day, made on or before it
) WITHOUT ROWID;
CREATE TABLE counts_complaints_odd (
  happened_on TEXT NOT NULL,
  resolved_on TEXT NOT NULL,
  complaints  INTEGER NOT NULL,
  PRIMARY KEY (happened_on, resolved_on)
) WITHOUT ROWID;

-- In order: resolved on or after the day made, both calendar days (date() gives back a calendar
-- day as written, and anything else otherwise).
INSERT INTO counts_complaints (day, open, made, resolved)
SELECT day, sum(open), sum(made), sum(resolved) FROM (
  SELECT happened_on AS day, resolved_on IS NULL AS open,
         resolved_on IS NOT NULL AND resolved_on >= happened_on AND date(happened_on) IS happened_on AND date(resolved_on) IS resolved_on AS made, 0 AS resolved
  FROM conversations WHERE complaint = 1
  UNION ALL
  SELECT resolved_on, 0, 0, 1 FROM conversations
  WHERE complaint = 1 AND resolved_on >= happened_on AND date(happened_on) IS happened_on AND date(resolved_on) IS resolved_on
) GROUP BY day HAVING sum(open) + sum(made) + sum(resolved) > 0;
INSERT INTO counts_complaints_odd (happened_on, resolved_on, complaints)
SELECT happened_on, resolved_on, count(*) FROM conversations
WHERE complaint = 1 AND resolved_on IS NOT NULL
  AND NOT (resolved_on >= happened_on AND date(happened_on) IS happened_on AND date(resolved_on) IS resolved_on)
GROUP BY 1, 2;

-- A change to the counts: +1 or -1 complaint by its two days (INSERT INTO this view runs the
-- trigger below, written once for the triggers of conversations). A row goes with its last one.
CREATE VIEW counts_complaints_change (happened_on, resolved_on, complaints) AS SELECT NULL, NULL, NULL WHERE 0;
CREATE TRIGGER counts_complaints_change INSTEAD OF INSERT ON counts_complaints_change BEGIN
  INSERT INTO counts_complaints (day, open, made, resolved)
  SELECT new.happened_on, CASE WHEN new.resolved_on IS NULL THEN new.complaints ELSE 0 END, CASE WHEN new.resolved_on IS NULL THEN 0 ELSE new.complaints END, 0
  WHERE new.resolved_on IS NULL OR (new.resolved_on >= new.happened_on AND date(new.happened_on) IS new.happened_on AND date(new.resolved_on) IS new.resolved_on)
  ON CONFLICT DO UPDATE SET open = open + excluded.open, made = made + excluded.made;
  INSERT INTO counts_complaints (day, open, made, resolved)
  SELECT new.resolved_on, 0, 0, new.complaints WHERE new.resolved_on >= new.happened_on AND date(new.happened_on) IS new.happened_on AND date(new.resolved_on) IS new.resolved_on
  ON CONFLICT DO UPDATE SET resolved = resolved + excluded.resolved;
  INSERT INTO counts_complaints_odd (happened_on, resolved_on, complaints)
  SELECT new.happened_on, new.resolved_on, new.complaints WHERE new.resolved_on IS NOT NULL AND NOT (new.resolved_on >= new.happened_on AND date(new.happened_on) IS new.happened_on AND date(new.resolved_on) IS new.resolved_on)
  ON CONFLICT DO UPDATE SET complaints = complaints + excluded.complaints;
  DELETE FROM counts_complaints WHERE day IN (new.happened_on, new.resolved_on) AND open = 0 AND made = 0 AND resolved = 0;
  DELETE FROM counts_complaints_odd WHERE happened_on = new.happened_on AND resolved_on = new.resolved_on AND complaints = 0;
END;

CREATE TRIGGER counts_complaints_insert AFTER INSERT ON conversations WHEN new.complaint = 1 BEGIN
  INSERT INTO counts_complaints_change VALUES (new.happened_on, new.resolved_on, 1);
END;
CREATE TRIGGER counts_complaints_delete AFTER DELETE ON conversations WHEN old.complaint = 1 BEGIN
  INSERT INTO counts_complaints_change VALUES (old.happened_on, old.resolved_on, -1);
END;
CREATE TRIGGER counts_complaints_update AFTER UPDATE OF complaint, happened_on, resolved_on ON conversations
  WHEN (old.complaint = 1 OR new.complaint = 1)
   AND (old.complaint IS NOT new.complaint OR old.happened_on IS NOT new.happened_on OR old.resolved_on IS NOT new.resolved_on) BEGIN
  INSERT INTO counts_complaints_change SELECT old.happened_on, old.resolved_on, -1 WHERE old.complaint = 1;
  INSERT INTO counts_complaints_change SELECT new.happened_on, new.resolved_on, 1 WHERE new.complaint = 1;
END;

DROP INDEX conversations_complaints;
