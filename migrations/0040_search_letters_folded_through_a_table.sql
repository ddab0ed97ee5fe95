-- 0040: the search index's folded copy replaces the letters the tokenizer cannot fold (ł, ø, ß, …)
-- through a table of them, instead of 99 nested replace()s (issue 16). What it holds is the same as
-- before, row for row: nothing is indexed again.
--
-- Every statement that writes a row of the index holds the fold in its program (0038, 0039), and
-- SQLite compiles all of it whenever such a statement is prepared, whatever the text: the 99
-- replace()s of the letters were some 470 of the 709 instructions of the fold, 1.4 ms of the 2.1
-- it took to prepare (cold, in a script of its own). rel add prepares one such statement (the
-- conversation's people), rel add of someone new two (the person too). With the table, preparing
-- the INSERT into conversation_people takes 1.6 ms instead of 2.8, and every command's reading of
-- the schema has 2.4 KB less of it to parse.
--
-- How: only a text with one of the letters is folded at all (the same GLOB test as before); each
-- step of a recursive WITH finds the next letter of the table, in code point order, that the text
-- holds, and replaces it, so the table's 99 letters are each tested once. As before, each letter
-- becomes plain ASCII, so the order in which they are replaced does not change the result. On a
-- journal of 10,000 people, each of 20,000 texts holding two of the letters folded in 343-354 ms
-- against 305-325 with the replace()s; 432 of its 150,591 rows hold one.
--
-- test/store/searchFold.test.ts holds the table to the domain's letters (src/domain/names.ts) and
-- the folded copies to foldForSearch; rel doctor holds it to these rows.
CREATE TABLE search_fold_letters (
  letter TEXT PRIMARY KEY, -- one character (some beyond the Basic Multilingual Plane)
  plain  TEXT NOT NULL     -- its plain form: src/domain/names.ts normalizeName of it
) WITHOUT ROWID;

INSERT INTO search_fold_letters (letter, plain) VALUES
  ('Æ', 'ae'), ('Ð', 'd'), ('Ø', 'o'), ('Þ', 'th'), ('ß', 'ss'), ('æ', 'ae'), ('ð', 'd'), ('ø', 'o'), ('þ', 'th'), ('Đ', 'd'),
  ('đ', 'd'), ('Ħ', 'h'), ('ħ', 'h'), ('ı', 'i'), ('ĸ', 'k'), ('Ł', 'l'), ('ł', 'l'), ('Ŋ', 'n'), ('ŋ', 'n'), ('Œ', 'oe'),
  ('œ', 'oe'), ('Ŧ', 't'), ('ŧ', 't'), ('ƀ', 'b'), ('Ɓ', 'b'), ('Ɔ', 'o'), ('Ƈ', 'c'), ('ƈ', 'c'), ('Ɖ', 'd'), ('Ƒ', 'f'),
  ('ƒ', 'f'), ('Ɠ', 'g'), ('Ɨ', 'i'), ('Ƙ', 'k'), ('ƙ', 'k'), ('ƚ', 'l'), ('Ɲ', 'n'), ('Ƥ', 'p'), ('ƥ', 'p'), ('Ƭ', 't'),
  ('ƭ', 't'), ('Ʋ', 'v'), ('Ƴ', 'y'), ('ƴ', 'y'), ('Ƶ', 'z'), ('ƶ', 'z'), ('Ʒ', 'z'), ('Ǣ', 'ae'), ('ǣ', 'ae'), ('Ǥ', 'g'),
  ('ǥ', 'g'), ('Ǯ', 'z'), ('ǯ', 'z'), ('Ǽ', 'ae'), ('ǽ', 'ae'), ('Ǿ', 'o'), ('ǿ', 'o'), ('Ȥ', 'z'), ('ȥ', 'z'), ('ȷ', 'j'),
  ('Ȼ', 'c'), ('ȼ', 'c'), ('Ƚ', 'l'), ('Ƀ', 'b'), ('Ʉ', 'u'), ('Ɇ', 'e'), ('ɇ', 'e'), ('Ɍ', 'r'), ('ɍ', 'r'), ('Ɏ', 'y'),
  ('ɏ', 'y'), ('ɓ', 'b'), ('ɔ', 'o'), ('ɖ', 'd'), ('ɠ', 'g'), ('ɨ', 'i'), ('ɲ', 'n'), ('ʉ', 'u'), ('ʋ', 'v'), ('ʒ', 'z'),
  ('ᵑ', 'n'), ('ᵓ', 'o'), ('ᶞ', 'd'), ('ᶤ', 'i'), ('ᶮ', 'n'), ('ᶶ', 'u'), ('ᶹ', 'v'), ('ᶾ', 'z'), ('ẞ', 'ss'), ('ℏ', 'h'),
  ('ꟹ', 'oe'), ('𐞃', 'ae'), ('𐞅', 'b'), ('𐞋', 'd'), ('𐞓', 'g'), ('𐞕', 'h'), ('𐞢', 'o'), ('𝚤', 'i'), ('𝚥', 'j');

DROP VIEW search_text;

CREATE VIEW search_text AS
SELECT row_id, kind, ref_id, contact_id, body,
       CASE WHEN instr(body, char(39)) > 0 OR length(replace(body, char(183), '')) < octet_length(replace(body, char(183), '')) THEN (
  WITH
    written (written) AS (SELECT body LIMIT 1),
    lettered (written, lettered) AS (
      SELECT written, CASE WHEN written GLOB '*[^ -~]*' AND written GLOB '*[ÆÐØÞßæðøþĐ-ʒᵑ-ℏꟹ𐞃-𝚥]*' THEN (
          WITH RECURSIVE folding (letter, text) AS NOT MATERIALIZED (
            SELECT '', written
            UNION ALL
            SELECT l.letter, replace(f.text, l.letter, l.plain)
            FROM folding f JOIN search_fold_letters l ON l.letter = (
              SELECT min(n.letter) FROM search_fold_letters n WHERE n.letter > f.letter AND instr(f.text, n.letter) > 0)
          )
          SELECT text FROM folding ORDER BY letter DESC LIMIT 1
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
