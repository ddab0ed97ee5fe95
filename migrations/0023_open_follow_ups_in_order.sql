-- 0023: the open follow-ups as `rel reminders` lists and counts them (issue 16).
-- 0004's reminders_open serves `rel today` (due day, snooze and person, covering), but sorts a
-- day's follow-ups by snooze and person: to list the first 20 by id, SQLite read and sorted every
-- follow-up due on the first day, each row and its person read in full (some 300 on a large
-- journal). In reminders_open_due the rowid follows the due day, so the first entries are the
-- rows listed. What the list leaves out is counted as every open follow-up less the archived
-- people's; those were found through reminders_contact, a row read each to see whether it is
-- done (some 5,000 on a large journal, 20 ms cold), and are now entries of reminders_open_contact.
CREATE INDEX reminders_open_due ON reminders(due_on) WHERE done_on IS NULL;
CREATE INDEX reminders_open_contact ON reminders(contact_id) WHERE done_on IS NULL;
