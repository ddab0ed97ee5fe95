-- 0014: a placeholder on the `erase15` branch only. Migration 0014 belongs to the rebuilt search
-- index of issue 15 (FTS5), made on another branch at the same time; the runner refuses gaps, so
-- this empty step stands in for it until the two meet. When they merge, this file goes and the
-- real 0014 takes its place (no journal outside development ever ran it).
SELECT 1;
