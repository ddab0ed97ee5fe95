-- 0031: the open follow-ups in the order they are due. A snoozed follow-up is due on its snooze
-- day (SPEC §4 "Snoozed means due then"; src/domain/followUpDue.ts, dueOfReminder), and rel
-- reminders lists the soonest first: by due_on, one snoozed past its day was listed (and counted
-- as overdue) from the day it had before. This is dueOfReminder's day as SQL writes it, the one
-- place it does; test/commands/snoozeDueThen.test.ts holds the two to the same order. As
-- reminders_open_due (0023), the first entries are the rows listed.
CREATE INDEX reminders_open_due_then ON reminders(max(due_on, coalesce(snoozed_until, due_on))) WHERE done_on IS NULL;
