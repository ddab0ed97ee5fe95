-- 0006: name matching folds every letter to its plain Latin form (SPEC §3 "Naming people"), not
-- only the accents that Unicode decomposes: ł→l, ø→o, ß→ss, ı→i, æ→ae, đ→d, þ→th, … . The keys
-- stored by the old folding ("łukasz wróbel" kept its ł) would no longer meet the keys of what
-- users type ("lukasz"), so every name and alias key is recomputed here.
--
-- The folding is the domain's (src/domain/names.ts normalizeName), never restated in SQL: the
-- store registers it on the connection as rel_name_key() before migrating (src/store/open.ts),
-- and this file only stores what it computes.

UPDATE contacts SET name_key = rel_name_key(name) WHERE name_key IS NOT rel_name_key(name);
UPDATE contact_aliases SET alias_key = rel_name_key(alias) WHERE alias_key IS NOT rel_name_key(alias);
