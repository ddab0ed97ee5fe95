-- 0025: how many conversations each day has, kept as they change, for `rel stats` (issue 16).
-- The chart of the last 26 weeks counted each day's conversations from conversations_happened,
-- one index entry at a time: 230,000 on a large journal, some 30 ms of every `rel stats`, and
-- growing with the journal while the chart does not (BENCHMARKS.md). Now triggers keep each day's
-- count in counts_days, in the same transaction as the conversation, as 0019's keep each
-- channel's, so the count cannot drift from the rows: an undo, an import's bulk undo, a purge or a
-- restore goes through the same inserts, updates and deletes. The table is derived like
-- counts_channels: no undo triggers of its own, and a day's row goes with its last conversation,
-- so an undo leaves the table as it was. `rel doctor` counts them again (its "days" check).
CREATE TABLE counts_days (
  happened_on   TEXT PRIMARY KEY NOT NULL,  -- conversations.happened_on
  conversations INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO counts_days (happened_on, conversations)
SELECT happened_on, count(*) FROM conversations GROUP BY happened_on;

CREATE TRIGGER counts_days_insert AFTER INSERT ON conversations BEGIN
  INSERT INTO counts_days (happened_on, conversations) VALUES (new.happened_on, 1)
  ON CONFLICT (happened_on) DO UPDATE SET conversations = conversations + 1;
END;
CREATE TRIGGER counts_days_delete AFTER DELETE ON conversations BEGIN
  UPDATE counts_days SET conversations = conversations - 1 WHERE happened_on = old.happened_on;
  DELETE FROM counts_days WHERE happened_on = old.happened_on AND conversations = 0;
END;
CREATE TRIGGER counts_days_update AFTER UPDATE OF happened_on ON conversations WHEN old.happened_on IS NOT new.happened_on BEGIN
  UPDATE counts_days SET conversations = conversations - 1 WHERE happened_on = old.happened_on;
  DELETE FROM counts_days WHERE happened_on = old.happened_on AND conversations = 0;
  INSERT INTO counts_days (happened_on, conversations) VALUES (new.happened_on, 1)
  ON CONFLICT (happened_on) DO UPDATE SET conversations = conversations + 1;
END;
