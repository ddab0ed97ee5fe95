-- 0004: indexes from which a limited `rel today` learns about everyone without reading every row
-- (src/store/todaySurvey.ts): who drifts, who is archived, whose birthday or customer anniversary
-- comes up, which follow-ups are due and which details are dated, each answered from an index
-- alone. Reading the contacts table itself (a hundred thousand rows on a large journal) cost more
-- than everything else the list does. Three indexes gain columns and keep their names; the
-- others are new. Partial indexes stay small: only active contacts, open follow-ups, dated details.

-- Drifting (due_day, paused_until) and the drift ratio (cadence_days), for active contacts.
DROP INDEX contacts_due;
CREATE INDEX contacts_rhythm ON contacts(due_day, paused_until, cadence_days) WHERE archived = 0;

-- The archived, to leave out of follow-ups, complaints and details.
CREATE INDEX contacts_archived ON contacts(id) WHERE archived = 1;

-- Yearly days by month-day: 'MM-DD' sorts in calendar order, so the days of a window are a range.
CREATE INDEX contacts_birthday_day ON contacts(substr(birthday, -5), birthday) WHERE birthday IS NOT NULL AND archived = 0;
CREATE INDEX contacts_customer_day ON contacts(substr(customer_since, -5), customer_since) WHERE customer_since IS NOT NULL AND archived = 0;

-- Open follow-ups by due day, with the snooze and the person (done_on, always NULL here, makes the
-- index cover queries that say so).
DROP INDEX reminders_open;
CREATE INDEX reminders_open ON reminders(due_on, snoozed_until, contact_id, done_on) WHERE done_on IS NULL;

-- Dated details with their yearly flag and person.
DROP INDEX details_dated;
CREATE INDEX details_dated ON details(date, yearly, contact_id) WHERE date IS NOT NULL;
