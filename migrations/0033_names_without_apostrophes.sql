-- 0033: a name is found without its apostrophes, as users type it: `rel search obrien` and
-- `rel show obrien` find Pat O'Brien, `dangelo` Maria D’Angelo (SPEC §3 "Naming people": a user who
-- types without accents always finds the person; nobody types the apostrophe of a name either).
--
-- Name matching: the domain's folding (src/domain/names.ts normalizeName) now leaves out ' ‘ ’ and
-- ʼ, so every name and alias key is computed again by it (rel_name_key, registered on the
-- connection before migrating, as 0006 did). The trigger of 0029 keeps name_trigrams in step with
-- each changed name_key; the trigger on contact_aliases (0014) indexes each changed alias's person
-- again, through the views below.
--
-- Search: a person's own row of the index (their name, aliases, company, role, where they met) has
-- a folded copy without those apostrophes when it holds one, so the word "obrien" is in it; the
-- body keeps them, so "o'brien" still finds the name and every note that writes it (rel also
-- looks for a query word's form without its apostrophes: src/domain/searchQuery.ts). Only people's
-- rows: a note's "don't" would give most notes a second copy to index. 0024's fold of letters
-- moves unchanged into search_fold_5, and search_text leaves the apostrophes out of people's rows
-- (written as char(), so that the list of folded letters, test/store/searchFold.test.ts, stays the
-- list of replace()s of letters). The rows of people with an apostrophe are indexed again.
DROP VIEW search_text;

CREATE VIEW search_fold_5 AS
SELECT row_id, kind, ref_id, contact_id, body,
       CASE WHEN body GLOB '*[^ -~]*' AND body GLOB '*[ÆÐØÞßæðøþĐ-ʒᵑ-ℏꟹ𐞃-𝚥]*' THEN
         replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
         replace(replace(replace(replace(replace(replace(replace(replace(replace(
         folding,
         'ᵑ', 'n'), 'ᵓ', 'o'), 'ᶞ', 'd'), 'ᶤ', 'i'), 'ᶮ', 'n'), 'ᶶ', 'u'), 'ᶹ', 'v'), 'ᶾ', 'z'), 'ẞ', 'ss'), 'ℏ', 'h'),
         'ꟹ', 'oe'), '𐞃', 'ae'), '𐞅', 'b'), '𐞋', 'd'), '𐞓', 'g'), '𐞕', 'h'), '𐞢', 'o'), '𝚤', 'i'), '𝚥', 'j')
       ELSE body END AS lettered
FROM search_fold_4;

CREATE VIEW search_text AS
SELECT row_id, kind, ref_id, contact_id, body,
       CASE WHEN kind = 'contact' AND body GLOB '*[''‘’ʼ]*'
            THEN nullif(replace(replace(replace(replace(lettered, char(39), ''), char(8216), ''), char(8217), ''), char(700), ''), body)
            ELSE nullif(lettered, body) END AS folded
FROM search_fold_5;

UPDATE contacts SET name_key = rel_name_key(name) WHERE name_key IS NOT rel_name_key(name);
UPDATE contact_aliases SET alias_key = rel_name_key(alias) WHERE alias_key IS NOT rel_name_key(alias);

DELETE FROM search_index WHERE rowid IN (SELECT row_id FROM search_text WHERE kind = 'contact' AND body GLOB '*[''‘’ʼ]*');
INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries WHERE kind = 'contact' AND body GLOB '*[''‘’ʼ]*' ORDER BY row_id;
