-- 0020: yearly details by the day of the year they come back on, for `rel today` (issue 16).
-- A yearly detail given with its year ("wedding, 2015-06-12, every year") comes up when its
-- month and day come round; 0004's details_dated sorts it by the year first, so finding those
-- near a day read every dated detail in the journal: some 37,000 index entries on a large
-- journal, 20-30 ms of every `rel today` (BENCHMARKS.md). This index keys them by substr(date, 6):
-- 'MM-DD' for a day, 'MM' for a month, so the days of a window are one range of it, or two
-- across the new year, and the months around a day a few of its keys. Dates without a year
-- ('--MM-DD') sort by month and day in details_dated already and are looked up there.
CREATE INDEX details_yearly_day ON details(substr(date, 6), date, contact_id) WHERE yearly = 1 AND date IS NOT NULL;
