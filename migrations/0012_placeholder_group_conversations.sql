-- 0012: a placeholder on the `relate` branch only. Migration 0012 belongs to the group
-- conversations of the same issue (13), made on another branch at the same time; the runner
-- refuses gaps, so this empty step stands in for it until the two meet. When they merge, this
-- file goes and the real 0012 takes its place (no journal outside development ever ran it).
SELECT 1;
