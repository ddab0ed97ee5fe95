-- 0024: the search index folds only a text with a letter the fold replaces (issue 16).
-- 0009's search_text ran its 99 replace()s on every text beyond printable ASCII, and the ' · '
-- that joins a contact's name to their company is beyond it: 84,000 of the 263,000 rows of
-- 100,000 imported contacts went through them, some 0.4 s of the import (BENCHMARKS.md). A second
-- GLOB now keeps them for a text with a character in the ranges that hold every letter the fold
-- replaces: Latin-1's own few, Latin Extended-A and -B and the IPA letters, and the later ones.
-- The accented letters of Latin-1 (é, ü, ñ), which the tokenizer folds by itself, no longer send
-- a text through them. What the index holds is the same: a text without such a letter comes out
-- of the replace()s as it went in, and its folded copy is NULL (test/store/searchFold.test.ts
-- finds each letter the fold replaces). The views that read search_text by name are unchanged.
DROP VIEW search_text;
CREATE VIEW search_text AS
SELECT row_id, kind, ref_id, contact_id, body,
       CASE WHEN body GLOB '*[^ -~]*' AND body GLOB '*[ÆÐØÞßæðøþĐ-ʒᵑ-ℏꟹ𐞃-𝚥]*' THEN nullif(
         replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
         replace(replace(replace(replace(replace(replace(replace(replace(replace(
         folding,
         'ᵑ', 'n'), 'ᵓ', 'o'), 'ᶞ', 'd'), 'ᶤ', 'i'), 'ᶮ', 'n'), 'ᶶ', 'u'), 'ᶹ', 'v'), 'ᶾ', 'z'), 'ẞ', 'ss'), 'ℏ', 'h'),
         'ꟹ', 'oe'), '𐞃', 'ae'), '𐞅', 'b'), '𐞋', 'd'), '𐞓', 'g'), '𐞕', 'h'), '𐞢', 'o'), '𝚤', 'i'), '𝚥', 'j'),
         body) END AS folded
FROM search_fold_4;
