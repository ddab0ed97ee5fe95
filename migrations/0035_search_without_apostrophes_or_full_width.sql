-- 0035: search finds a word however its apostrophes and its width are typed (SPEC §3 `rel search`):
-- `rel search ohare`, `o'hare` and `o’hare` find each of "met at O'Hare", "O’Hare" and "OHare" in a
-- note, as 0033 made them find a person's name; `abc` finds "order ＡＢＣ-１２３" and `１２３` finds
-- "abc-123" (full-width letters and digits, as a Japanese input method types them). The tokenizer
-- parts words at an apostrophe ("o", "hare") and keeps full-width letters as they are, so neither
-- was found the other way round.
--
-- How: the folded copy (0009) leaves out the apostrophes ' ‘ ’ ʼ of every text, not only of
-- people's rows (0033), and writes the full-width forms of ASCII's letters and digits (U+FF10-FF19,
-- U+FF21-FF3A, U+FF41-FF5A) as those characters, as NFKC does; rel folds a query's words the same
-- way (src/domain/searchFold.ts, whose FULL_WIDTH_ALNUM lists the ranges test/store/searchFold.test.ts
-- finds here). The body keeps the text as written, and the snippet of a folded copy is written back
-- in it (0024, 0034), so "[O'Hare]" is shown as typed. 0033 kept notes out because a note's "don't"
-- gives it a folded copy to index as well: on a journal of 10,000 people 5,400 of the 123,000 rows
-- of notes, details and reminders have one. Full-width punctuation parts words as ASCII's does and
-- stays as it is; compatibility forms beyond these (the ligature ﬁ, ², half-width katakana) too.
--
-- search_fold_6 (0034) is redefined in place: search_text reads it by name and spaces it out as
-- before. The apostrophes are found by instr() for ', and by a GLOB only in a text beyond ASCII
-- (the cheap length test of 0034 first); the full-width letters likewise. SQL has no translate():
-- `narrowed` replaces each code point from U+FF10 to U+FF5A that is a letter or a digit (75 steps
-- of replace(), only for a text with one), rather than 62 nested replace()s, deeper than an older
-- SQLite parses (test/store/searchFold.test.ts); char() keeps them out of the list of letters too.
DROP VIEW search_fold_6;

CREATE VIEW search_fold_6 AS
SELECT row_id, kind, ref_id, contact_id, body,
       CASE WHEN length(body) < octet_length(body) AND body GLOB '*[０-９Ａ-Ｚａ-ｚ]*' THEN (
         WITH RECURSIVE narrowed (code, text) AS NOT MATERIALIZED (
           SELECT 65296, unquoted
           UNION ALL
           SELECT code + 1, CASE WHEN char(code) GLOB '[０-９Ａ-Ｚａ-ｚ]' THEN replace(text, char(code), char(code - 65248)) ELSE text END
           FROM narrowed WHERE code <= 65370
         )
         SELECT text FROM narrowed WHERE code = 65371
       ) ELSE unquoted END AS plain
FROM (
  SELECT row_id, kind, ref_id, contact_id, body,
         CASE WHEN instr(body, char(39)) > 0 OR (length(body) < octet_length(body) AND body GLOB '*[‘’ʼ]*')
              THEN replace(replace(replace(replace(lettered, char(39), ''), char(8216), ''), char(8217), ''), char(700), '')
              ELSE lettered END AS unquoted
  FROM search_fold_5
);

-- The rows to write again, found by a scan of the index's own text, as in 0034: a row of a note,
-- a detail, a reminder, an email or a phone with an apostrophe (a person's row left them out
-- already), and any row with a full-width letter or digit. Every other row is indexed as before.
-- They are many (54,000 of the 1.5 million rows of a journal of 100,000 people), and FTS5's
-- secure-delete (0015) rewrites the postings of each replaced row at once: 17.6 s for them, 1.2 s
-- on a journal of 10,000 people. So, as the undo of a large import does (src/store/searchIndex.ts),
-- it is off while they are written, and 'optimize' then writes the index anew without what they
-- replaced, the pages it frees zeroed by PRAGMA secure_delete, before it is on again: 6 s and
-- 0.8 s. What the replaced rows held is the same text, which the index holds again.
INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 0);

WITH refolded (kind, ref_id) AS MATERIALIZED (
  SELECT kind, ref_id FROM search_index
  WHERE (kind <> 'contact' AND (instr(body, char(39)) > 0 OR (length(body) < octet_length(body) AND body GLOB '*[‘’ʼ]*')))
     OR (length(body) < octet_length(body) AND body GLOB '*[０-９Ａ-Ｚａ-ｚ]*')
)
INSERT OR REPLACE INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries
WHERE (kind, ref_id) IN (SELECT kind, ref_id FROM refolded) ORDER BY row_id;

INSERT INTO search_index (search_index) VALUES ('optimize');
INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
