-- 0019: how many conversations each channel has, kept as they change, for `rel stats` (issue 16).
-- 0017's index conversations_via let stats count them without reading the conversations, but
-- still one index entry at a time: a million on a large journal, 50-130 ms of every `rel stats`
-- (BENCHMARKS.md). Now triggers keep the count of each channel in counts_channels, in the same
-- transaction as the conversation, so the count cannot drift from the rows: an undo, an import's
-- bulk undo, a purge or a restore goes through the same inserts, updates and deletes. The table
-- is derived like the search index: it has no undo triggers of its own (the conversations' undo
-- puts them back, and these triggers follow). conversations_via, read by nothing else, goes.
-- A conversation without a channel counts under '' (a primary key holds one NULL per row). A
-- channel's row goes with its last conversation, so an undo leaves the table as it was.
CREATE TABLE counts_channels (
  via_key       TEXT PRIMARY KEY NOT NULL,  -- conversations.via, '' for none
  conversations INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO counts_channels (via_key, conversations)
SELECT coalesce(via, ''), count(*) FROM conversations GROUP BY coalesce(via, '');

CREATE TRIGGER counts_channels_insert AFTER INSERT ON conversations BEGIN
  INSERT INTO counts_channels (via_key, conversations) VALUES (coalesce(new.via, ''), 1)
  ON CONFLICT (via_key) DO UPDATE SET conversations = conversations + 1;
END;
CREATE TRIGGER counts_channels_delete AFTER DELETE ON conversations BEGIN
  UPDATE counts_channels SET conversations = conversations - 1 WHERE via_key = coalesce(old.via, '');
  DELETE FROM counts_channels WHERE via_key = coalesce(old.via, '') AND conversations = 0;
END;
CREATE TRIGGER counts_channels_update AFTER UPDATE OF via ON conversations WHEN old.via IS NOT new.via BEGIN
  UPDATE counts_channels SET conversations = conversations - 1 WHERE via_key = coalesce(old.via, '');
  DELETE FROM counts_channels WHERE via_key = coalesce(old.via, '') AND conversations = 0;
  INSERT INTO counts_channels (via_key, conversations) VALUES (coalesce(new.via, ''), 1)
  ON CONFLICT (via_key) DO UPDATE SET conversations = conversations + 1;
END;

DROP INDEX conversations_via;
