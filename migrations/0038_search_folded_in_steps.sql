-- 0038: the search index's folded copy is worked out by one view, in steps that SQLite writes once
-- (issue 16). What it holds is the same as before, row for row: nothing is indexed again.
--
-- Every trigger that writes a row of the index reads search_text, and SQLite writes a view out in
-- full wherever its reader names one of its columns. 0024-0035 stacked six views, each reading the
-- one below twice or more (in a CASE's test, its THEN and its ELSE), so the 99 replace()s of the
-- letters were written out eight times and the text of a person's row (their aliases read by a
-- subquery) some twenty: 2,600 of the 3,441 instructions of an INSERT into conversation_people,
-- which every rel add prepares (4.1 ms, against 1.2 ms before 0034). And SQLite sets up a trigger's
-- registers for every row it is called on, even when its WHEN is false, as for the people an import
-- adds in bulk (0021): the 100,000-row import spent 0.55 s more on its inserts than before 0034.
--
-- How: search_text works the text out in the steps of a WITH, each a row of its own (a CTE with
-- LIMIT 1, which SQLite neither merges into its reader nor writes twice), read by the next step as a
-- column: the text as written (`written`), its letters replaced (`lettered`, by 0024's replace()s,
-- only for a text with one of them, ten a step so that an older SQLite still parses the schema),
-- without apostrophes (`unquoted`, 0035), its full-width letters and digits narrowed (`plain`,
-- 0035), then spaced out (0034) and kept when that changed the text. The tests of each step, and
-- their order, are those of the views they replace. A text with no apostrophe and nothing beyond
-- ASCII but the ' · ' that joins a person's name to their company (char(183), kept out of the list
-- of letters as 0033 keeps its apostrophes), which no step changes, skips them all: 180,000 of the 265,000 rows of the bench's import. The same INSERT now has 1,183
-- instructions (1.8 ms to prepare); working out the folded copies of that import's rows takes 460
-- ms, against 720 with every row through the steps and 650 through the views of 0035.
-- search_entries and the triggers read search_text by name and are unchanged.
DROP VIEW search_text;
DROP VIEW search_fold_6;
DROP VIEW search_fold_5;
DROP VIEW search_fold_4;
DROP VIEW search_fold_3;
DROP VIEW search_fold_2;
DROP VIEW search_fold_1;

CREATE VIEW search_text AS
SELECT row_id, kind, ref_id, contact_id, body,
       CASE WHEN instr(body, char(39)) > 0 OR length(replace(body, char(183), '')) < octet_length(replace(body, char(183), '')) THEN (
  WITH
    written (written) AS (SELECT body LIMIT 1),
    lettered (written, lettered) AS (
      SELECT written, CASE WHEN written GLOB '*[^ -~]*' AND written GLOB '*[ÆÐØÞßæðøþĐ-ʒᵑ-ℏꟹ𐞃-𝚥]*' THEN (
          WITH
            fold_1 (folding) AS (SELECT
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            written,
            'Æ', 'ae'), 'Ð', 'd'), 'Ø', 'o'), 'Þ', 'th'), 'ß', 'ss'), 'æ', 'ae'), 'ð', 'd'), 'ø', 'o'), 'þ', 'th'), 'Đ', 'd')),
            fold_2 (folding) AS (SELECT
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            folding,
            'đ', 'd'), 'Ħ', 'h'), 'ħ', 'h'), 'ı', 'i'), 'ĸ', 'k'), 'Ł', 'l'), 'ł', 'l'), 'Ŋ', 'n'), 'ŋ', 'n'), 'Œ', 'oe') FROM fold_1),
            fold_3 (folding) AS (SELECT
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            folding,
            'œ', 'oe'), 'Ŧ', 't'), 'ŧ', 't'), 'ƀ', 'b'), 'Ɓ', 'b'), 'Ɔ', 'o'), 'Ƈ', 'c'), 'ƈ', 'c'), 'Ɖ', 'd'), 'Ƒ', 'f') FROM fold_2),
            fold_4 (folding) AS (SELECT
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            folding,
            'ƒ', 'f'), 'Ɠ', 'g'), 'Ɨ', 'i'), 'Ƙ', 'k'), 'ƙ', 'k'), 'ƚ', 'l'), 'Ɲ', 'n'), 'Ƥ', 'p'), 'ƥ', 'p'), 'Ƭ', 't') FROM fold_3),
            fold_5 (folding) AS (SELECT
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            folding,
            'ƭ', 't'), 'Ʋ', 'v'), 'Ƴ', 'y'), 'ƴ', 'y'), 'Ƶ', 'z'), 'ƶ', 'z'), 'Ʒ', 'z'), 'Ǣ', 'ae'), 'ǣ', 'ae'), 'Ǥ', 'g') FROM fold_4),
            fold_6 (folding) AS (SELECT
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            folding,
            'ǥ', 'g'), 'Ǯ', 'z'), 'ǯ', 'z'), 'Ǽ', 'ae'), 'ǽ', 'ae'), 'Ǿ', 'o'), 'ǿ', 'o'), 'Ȥ', 'z'), 'ȥ', 'z'), 'ȷ', 'j') FROM fold_5),
            fold_7 (folding) AS (SELECT
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            folding,
            'Ȼ', 'c'), 'ȼ', 'c'), 'Ƚ', 'l'), 'Ƀ', 'b'), 'Ʉ', 'u'), 'Ɇ', 'e'), 'ɇ', 'e'), 'Ɍ', 'r'), 'ɍ', 'r'), 'Ɏ', 'y') FROM fold_6),
            fold_8 (folding) AS (SELECT
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            folding,
            'ɏ', 'y'), 'ɓ', 'b'), 'ɔ', 'o'), 'ɖ', 'd'), 'ɠ', 'g'), 'ɨ', 'i'), 'ɲ', 'n'), 'ʉ', 'u'), 'ʋ', 'v'), 'ʒ', 'z') FROM fold_7),
            fold_9 (folding) AS (SELECT
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            folding,
            'ᵑ', 'n'), 'ᵓ', 'o'), 'ᶞ', 'd'), 'ᶤ', 'i'), 'ᶮ', 'n'), 'ᶶ', 'u'), 'ᶹ', 'v'), 'ᶾ', 'z'), 'ẞ', 'ss'), 'ℏ', 'h') FROM fold_8)
          SELECT
            replace(replace(replace(replace(replace(replace(replace(replace(replace(
            folding,
            'ꟹ', 'oe'), '𐞃', 'ae'), '𐞅', 'b'), '𐞋', 'd'), '𐞓', 'g'), '𐞕', 'h'), '𐞢', 'o'), '𝚤', 'i'), '𝚥', 'j') FROM fold_9
        ) ELSE written END
      FROM written LIMIT 1),
    unquoted (written, unquoted) AS (
      SELECT written, CASE WHEN instr(written, char(39)) > 0 OR (length(written) < octet_length(written) AND written GLOB '*[‘’ʼ]*')
                           THEN replace(replace(replace(replace(lettered, char(39), ''), char(8216), ''), char(8217), ''), char(700), '')
                           ELSE lettered END
      FROM lettered LIMIT 1),
    plain (written, plain) AS (
      SELECT written, CASE WHEN length(written) < octet_length(written) AND written GLOB '*[０-９Ａ-Ｚａ-ｚ]*' THEN (
          WITH RECURSIVE narrowed (code, text) AS NOT MATERIALIZED (
            SELECT 65296, unquoted
            UNION ALL
            SELECT code + 1, CASE WHEN char(code) GLOB '[０-９Ａ-Ｚａ-ｚ]' THEN replace(text, char(code), char(code - 65248)) ELSE text END
            FROM narrowed WHERE code <= 65370
          )
          SELECT text FROM narrowed WHERE code = 65371
        ) ELSE unquoted END
      FROM unquoted LIMIT 1)
  SELECT nullif(CASE WHEN length(written) < octet_length(written) AND written GLOB '*[฀-𿿽]*' AND written GLOB '*[฀-໿က-႟ᄀ-ᇿក-៿々-〇぀-ヿ㄰-㆏ㇰ-ㇿ㐀-䶿一-鿿ꥠ-꥿가-퟿豈-﫿ｦ-ￜ𠀀-𿿽]*' THEN (
    WITH RECURSIVE blocks (tail, rest, text) AS NOT MATERIALIZED (
      SELECT '', plain, ''
      UNION ALL
      SELECT substr(rest, 100, 1), substr(rest, 101), text || (
        WITH RECURSIVE spaced (last, rest, text) AS NOT MATERIALIZED (
          SELECT blocks.tail, substr(blocks.rest, 1, 100), ''
          UNION ALL
          SELECT substr(rest, 1, 1), substr(rest, 2),
                 text || CASE WHEN last NOT IN ('', ' ') AND substr(rest, 1, 1) <> ' ' AND last || substr(rest, 1, 1) GLOB '*[฀-໿က-႟ᄀ-ᇿក-៿々-〇぀-ヿ㄰-㆏ㇰ-ㇿ㐀-䶿一-鿿ꥠ-꥿가-퟿豈-﫿ｦ-ￜ𠀀-𿿽]*'
                              THEN ' ' ELSE '' END || substr(rest, 1, 1)
          FROM spaced WHERE rest <> ''
        )
        SELECT text FROM spaced WHERE rest = '')
      FROM blocks WHERE rest <> ''
    )
    SELECT text FROM blocks WHERE rest = ''
       ) ELSE plain END, written) FROM plain LIMIT 1
) END AS folded
FROM search_source;
