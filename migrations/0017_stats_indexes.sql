-- 0017: indexes from which `rel stats` counts (src/store/stats.ts) without reading every contact
-- and every conversation (issue 16): on a large journal (100,000 contacts, 1,000,000
-- conversations) it read them all, some 3.5 s of CPU and 300 MB, for a screen of counts.
-- - conversations per channel: one pass over this index instead of over the conversations table;
-- - complaints with their days, from a partial index that holds only complaints;
-- - the keep-in-touch statuses: with contacts_rhythm (0004, the active), these two give, from
--   indexes alone, everyone's facts a status follows from (due day, pause, whether ever talked
--   to), grouped; the domain decides each group's status (src/domain/stats.ts countStatusGroups).
--   Both stay small: an entry leaves the first at a person's first conversation, and the second
--   holds only the archived. last_contact_on, always NULL in the first, lets SQLite answer from
--   the index alone (it does not take `IS NULL` from an index's WHERE as it takes `= 0`).
CREATE INDEX conversations_via ON conversations(via);
CREATE INDEX conversations_complaints ON conversations(happened_on, resolved_on) WHERE complaint = 1;
CREATE INDEX contacts_never_talked ON contacts(due_day, paused_until, cadence_days, last_contact_on) WHERE archived = 0 AND last_contact_on IS NULL;
CREATE INDEX contacts_archived_rhythm ON contacts(due_day, paused_until, cadence_days, last_contact_on) WHERE archived = 1;
