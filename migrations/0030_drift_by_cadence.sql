-- 0030: the people drifting, worst first, without sorting them all (issue 16). `rel today` takes
-- drifting people by their drift ratio, days since the last conversation over the cadence's days,
-- highest first (src/store/todayStreams.ts). Its order depends on the day, so no index gives it,
-- and SQL sorted everyone drifting before the first row came: 39,000 people on a large journal,
-- some 10 ms of every `rel today` whose list reached the drifting. For one length of cadence, the
-- ratio only grows as the due day goes back: walked here by cadence and due day, each length's
-- people come worst first, and the store merges the few lengths there are (21 on that journal).
-- The partial index follows contacts_rhythm (0004, 0007): the active only, with the pause.
CREATE INDEX contacts_drift ON contacts(cadence_days, due_day, paused_until) WHERE archived = 0;
