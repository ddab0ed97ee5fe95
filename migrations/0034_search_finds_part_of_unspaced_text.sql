-- 0034: search finds part of a text in a script written without spaces between words (SPEC §3
-- `rel search`): `rel search 花子` finds 山田花子, `大阪` the company 大阪銀行, `お茶` the note
-- "京都で昼食、お茶が好き". The tokenizer (unicode61) makes a whole run of letters one word, and in
-- Chinese, Japanese, Thai, Lao, Khmer and Burmese a run is a phrase or a sentence, so only the
-- whole run, or its start with a *, was found. Korean spaces its words but writes their endings
-- onto them (서울에서, "in Seoul"), so 서울 was not found either.
--
-- How: the folded copy (0009) writes each character of those scripts as a word of its own, with a
-- space between it and each neighbour that is not a space ("山田花子 · 大阪銀行" → "山 田 花 子 ·
-- 大 阪 銀 行", "iPhone用" → "iPhone 用"), and rel reads a query's run of them as the phrase of its
-- characters (src/domain/searchFold.ts): "花 子", the two side by side, wherever they stand in a
-- run. The snippet comes from the folded copy, and rel writes it back in the text as the user
-- wrote it. The scripts are ranges of code points that src/domain/searchFold.ts lists too
-- (UNSPACED_SCRIPTS); test/store/searchFold.test.ts fails when the two disagree, or when an editor
-- that normalizes text changes the first of U+F900-U+FAFF below into U+8C48. Not chosen: the
-- trigram tokenizer (it finds nothing shorter than three characters, and 山田 is two) and a
-- tokenizer of rel's own (every tool that opens the file would need rel's code, see 0009); either
-- would also build the whole index again.
--
-- search_fold_6 is 0033's folded copy before it is compared with the text; search_text spaces it
-- out when the text holds a character of those scripts, and keeps it when that changed the text.
-- The views that read search_text by name are unchanged. Three tests, the cheapest first, pick
-- those texts: fewer characters than bytes (beyond ASCII), a character from U+0E00 on, one of
-- those scripts (the ' · ' of people's rows fails at the second; octet_length needs SQLite 3.43,
-- as 0014's concat_ws needs 3.44, to write through these views). Working out the 150,000 rows of
-- a journal of 10,000 people through the views took 15 ms more than before, against 80 ms more
-- with 0024's GLOB '*[^ -~]*' and then the scripts. A text without such a character is indexed as
-- before, so only the rows with one are written again.
DROP VIEW search_text;

CREATE VIEW search_fold_6 AS
SELECT row_id, kind, ref_id, contact_id, body,
       CASE WHEN kind = 'contact' AND body GLOB '*[''‘’ʼ]*'
            THEN replace(replace(replace(replace(lettered, char(39), ''), char(8216), ''), char(8217), ''), char(700), '')
            ELSE lettered END AS plain
FROM search_fold_5;

-- SQL has no loop but a recursive query, and each of its steps copies what it carries: a step per
-- character over the whole text costs the square of its length (a note of 30,000 characters took
-- 0.9 s). So `blocks` takes the text 100 characters at a time and `spaced` each block a character
-- at a time (30,000 characters: 33 ms). A space goes before a character when it or the one before
-- it (`last`; before a block's first, `tail`, the last of the block before) is of those scripts
-- and neither is a space. NOT MATERIALIZED hands each step on as it comes instead of keeping all of
-- them, each with the text so far. `plain` is read once, by the first step: SQLite would otherwise
-- work out the views' fold again at every step.
CREATE VIEW search_text AS
SELECT row_id, kind, ref_id, contact_id, body,
       nullif(CASE WHEN length(body) < octet_length(body) AND body GLOB '*[฀-𿿽]*' AND body GLOB '*[฀-໿က-႟ᄀ-ᇿក-៿々-〇぀-ヿ㄰-㆏ㇰ-ㇿ㐀-䶿一-鿿ꥠ-꥿가-퟿豈-﫿ｦ-ￜ𠀀-𿿽]*' THEN (
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
       ) ELSE plain END, body) AS folded
FROM search_fold_6;

-- The rows to write again, found by a scan of the index's own text (1.5 million rows: 0.5 s);
-- each record's rows replace them (FTS5 deletes what a rowid held first), looked up by kind and id.
WITH respaced (kind, ref_id) AS MATERIALIZED (
  SELECT kind, ref_id FROM search_index WHERE length(body) < octet_length(body) AND body GLOB '*[฀-𿿽]*' AND body GLOB '*[฀-໿က-႟ᄀ-ᇿក-៿々-〇぀-ヿ㄰-㆏ㇰ-ㇿ㐀-䶿一-鿿ꥠ-꥿가-퟿豈-﫿ｦ-ￜ𠀀-𿿽]*'
)
INSERT OR REPLACE INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries
WHERE (kind, ref_id) IN (SELECT kind, ref_id FROM respaced) ORDER BY row_id;
