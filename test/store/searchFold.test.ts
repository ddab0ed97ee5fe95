// The search index folds in plain SQL (the view search_text, migrations/0038_search_folded_in_steps.sql,
// its letters through the table search_fold_letters since 0040) what the domain folds in names.ts:
// the table must hold exactly the characters for which foldsThroughLatinTable holds, each with
// normalizeName's plain form, or search and names would disagree about a letter. Then, through the
// index itself: every such letter, and every Latin letter the tokenizer folds by itself, is found
// by its plain form. Likewise the scripts written without spaces (0034): the SQL spaces out the
// ranges of searchFold.ts's UNSPACED_SCRIPTS, as foldForSearch does; and it writes the full-width
// letters and digits of FULL_WIDTH_ALNUM as ASCII ones and leaves out apostrophes (0035). And
// SQLite writes each step of the fold once in the programs that write the index (0038).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldsThroughLatinTable, LATIN_LETTERS, normalizeName } from '../../src/domain/names.js';
import { foldForSearch, FULL_WIDTH_ALNUM, UNSPACED_SCRIPTS } from '../../src/domain/searchFold.js';
import { parseSearch } from '../../src/domain/searchQuery.js';
import { openJournal, type Db } from '../../src/store/open.js';

/** Every character the domain folds through LATIN_LETTERS, in code point order, with its plain form. */
function domainFolds(): Array<[string, string]> {
  const folds: Array<[string, string]> = [];
  for (let code = 0x80; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const character = String.fromCodePoint(code);
    if (foldsThroughLatinTable(character)) folds.push([character, normalizeName(character)]);
  }
  return folds;
}

/** The SQL of the view that folds the index's text. */
const foldingView = (db: Db): string => db.prepare("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = 'search_text'").pluck().get() as string;

/** The letters the index's text is folded through, in the order the view replaces them (code point order), with their plain forms. */
function sqlFolds(db: Db): Array<[string, string]> {
  return db.prepare('SELECT letter, plain FROM search_fold_letters ORDER BY letter').raw().all() as Array<[string, string]>;
}

/** The step of search_text's WITH that makes `column`, up to the next step; 'spaced' is its last, the SELECT that spaces out. */
function stepOf(db: Db, column: 'plain' | 'spaced'): string {
  const sql = foldingView(db);
  const start = column === 'spaced' ? sql.indexOf('SELECT nullif(') : sql.indexOf(`${column} (written, ${column}) AS (`);
  const ends = ['unquoted (written', 'plain (written', 'SELECT nullif(', ') AS folded'].map((mark) => sql.indexOf(mark, start + 1)).filter((at) => at > start);
  expect(start).toBeGreaterThan(0);
  return sql.slice(start, Math.min(...ends));
}

/** How deep parentheses nest in a statement, outside its string literals. */
function nesting(sql: string): number {
  let depth = 0;
  let deepest = 0;
  for (const token of sql.replace(/'(?:[^']|'')*'/g, "''").match(/[()]/g) ?? []) {
    depth += token === '(' ? 1 : -1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

let dir: string;
let db: Db;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rel-search-fold-'));
  db = openJournal(join(dir, 'rel.db'));
  db.prepare("INSERT INTO contacts (name, name_key, created_on, created_at, updated_at) VALUES ('Pat', 'pat', '2026-11-01', 'x', 'x')").run();
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The FTS5 phrase rel looks for when the query is one word. */
function termOf(word: string): string {
  const expr = parseSearch(word);
  if (expr.type !== 'term') throw new Error(`${word} is not one term`);
  return expr.fts;
}

/** Stores `text` as a detail and says whether searching for the word `query` (as rel reads it) finds it. */
function finds(text: string, query: string): boolean {
  const id = Number(db.prepare("INSERT INTO details (contact_id, text, created_at) VALUES (1, ?, 'x')").run(text).lastInsertRowid);
  try {
    return db.prepare("SELECT 1 FROM search_index WHERE search_index MATCH ? AND kind = 'detail' AND ref_id = ?").get(termOf(query), id) !== undefined;
  } finally {
    db.prepare('DELETE FROM details WHERE id = ?').run(id);
  }
}

/** The ranges of a GLOB character class, "a-zA-Z", as code points. */
function rangesOf(glob: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const characters = Array.from(glob, (c) => c.codePointAt(0) as number);
  for (let i = 0; i < characters.length; i += 3) {
    expect(String.fromCodePoint(characters[i + 1] as number), `a range at ${i} of ${glob}`).toBe('-');
    ranges.push([characters[i] as number, characters[i + 2] as number]);
  }
  return ranges;
}

/** The texts whose folded copy, stored as a detail's, is not the domain's fold of them (none when only the fold adds one). */
function storedNotAsFolded(texts: readonly string[]): string[] {
  const insert = db.prepare("INSERT INTO details (contact_id, text, created_at) VALUES (1, ?, 'x')");
  const folded = db.prepare("SELECT folded FROM search_index WHERE kind = 'detail' AND ref_id = ?").pluck();
  return texts.filter((text) => {
    const stored = folded.get(insert.run(text).lastInsertRowid) as string | null;
    const expected = foldForSearch(text);
    return (stored ?? text) !== expected || (stored === null) !== (expected === text);
  });
}

describe('the search index folds the letters names.ts folds', () => {
  it("lists in SQL exactly the characters the domain folds through its table, in the domain's plain forms", () => {
    const expected = domainFolds();
    expect(expected.map(([c]) => c)).toEqual(expect.arrayContaining([...Object.keys(LATIN_LETTERS), 'Ł', 'Ø', 'ẞ', 'ǿ', 'Ǽ']));
    expect(sqlFolds(db)).toEqual(expected);
  });

  it('nests no call deeper than an older SQLite can parse, so that other tools still open the journal', () => {
    // SQLite before 3.46 (python's sqlite3, many sqlite3 shells) has a fixed parser stack: 3.40
    // refuses a view whose calls nest 30 deep ("malformed database schema ... parser stack
    // overflow", for the whole file), and reads 28; a SELECT inside another takes more of it than a
    // call, and search_text's steps of twenty replace()s overflowed it (0038 cut them in tens; 0040
    // made them a table). The deepest entry still nests some levels: the count is not blind.
    const schema = db.prepare("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").all() as Array<{ name: string; sql: string }>;
    expect(schema.filter((entry) => nesting(entry.sql) > 24).map((entry) => entry.name)).toEqual([]);
    expect(Math.max(...schema.map((entry) => nesting(entry.sql)))).toBeGreaterThanOrEqual(6);
  });

  it('is written once into each statement that writes the index, so that preparing one stays cheap', () => {
    // SQLite writes a view out wherever its reader names one of its columns: when each step of the
    // fold read the one before twice, an INSERT's triggers held its replace()s eight times over
    // (810 of them, 4 ms to prepare on every rel add; migrations/0038_search_folded_in_steps.sql).
    const replacesIn = (sql: string, values: unknown[]): number =>
      (db.prepare(`EXPLAIN ${sql}`).all(...values) as Array<{ p4: unknown }>).filter((op) => String(op.p4).startsWith('replace(')).length;
    const inView = foldingView(db).match(/replace\(/g)?.length ?? 0;
    expect(inView).toBeGreaterThan(0);
    expect(replacesIn('INSERT INTO conversation_people (conversation_id, contact_id, position, happened_on) VALUES (?, ?, ?, ?)', [1, 1, 0, 'x'])).toBe(inView);
    expect(replacesIn("INSERT INTO contacts (name, name_key, created_on, created_at, updated_at) VALUES (?, ?, 'x', 'x', 'x')", ['a', 'a'])).toBe(inView);
  });

  it('spells out none of the letters in the view: they are rows of a table, not replace()s to compile', () => {
    // 99 replace()s were 1.4 ms of every preparing of a statement that writes the index (0040).
    const view = foldingView(db);
    expect(sqlFolds(db).filter(([letter]) => view.includes(`'${letter}'`))).toEqual([]);
    expect(view).toContain('search_fold_letters');
  });

  it('stores the same folded copy as the domain folds a query, in any text', () => {
    const text = 'Łukasz Wróbel · ØRESUND Straße, STRAẞE · Işıl Þóra Ǽsir 李小龍 𝚤';
    db.prepare("INSERT INTO details (contact_id, text, created_at) VALUES (1, ?, 'x')").run(text);
    expect(db.prepare('SELECT folded FROM search_index WHERE body = ?').pluck().get(text)).toBe(foldForSearch(text));
    expect(foldForSearch(text)).toBe('lukasz Wróbel · oRESUND Strasse, STRAssE · Işil thóra aesir 李 小 龍 i');
    expect(db.prepare("SELECT folded FROM search_index WHERE body = 'husband loves golf'").pluck().all()).toEqual([]);
  });

  it('finds every letter it folds, lower and upper case, by its plain form and by itself', () => {
    const missed = domainFolds().filter(([c, plain]) => !finds(`q${c}q`, `q${plain}q`) || !finds(`q${c}q`, `q${c}q`));
    expect(missed).toEqual([]);
  });

  // Letters that are a plain letter with accents (canonical decomposition); compatibility forms
  // (ĳ, ǆ, ﬁ, full-width Ａ, 𝐚, ᵃ), which normalizeName folds too, are left to the tokenizer, which
  // keeps them as they are. So does it Ǡ and ǡ, whose accented base Ȧ is no plain letter.
  const TOKENIZER_KEEPS = ['Ǡ', 'ǡ'];

  it('finds every other accented Latin letter by its plain form: the tokenizer folds those', () => {
    const latin: string[] = [];
    for (const [from, to] of [[0xc0, 0x24f], [0x1e00, 0x1eff]] as const) {
      for (let code = from; code <= to; code++) {
        const c = String.fromCodePoint(code);
        const canonical = c.normalize('NFKD') === c.normalize('NFD');
        if (/\p{L}/u.test(c) && canonical && !foldsThroughLatinTable(c) && /^[a-z]+$/.test(normalizeName(c))) latin.push(c);
      }
    }
    expect(latin.length).toBeGreaterThan(400);
    const missed = latin.filter((c) => !finds(`q${c}q`, `q${normalizeName(c)}q`));
    expect(missed).toEqual(TOKENIZER_KEEPS);
  });
});

describe('the search index spaces out the scripts searchFold.ts spaces out', () => {
  it('lists in SQL exactly the ranges of UNSPACED_SCRIPTS, wherever it tests for them', () => {
    const classes = [...stepOf(db, 'spaced').matchAll(/GLOB '\*\[([^\]'^]+)\]\*'/gu)].map((m) => rangesOf(m[1] as string));
    // The first is a cheaper test that comes before them: every range lies within it.
    const [wide, ...scripts] = classes;
    expect(scripts).toEqual([UNSPACED_SCRIPTS, UNSPACED_SCRIPTS]);
    expect(wide).toHaveLength(1);
    const [from, to] = wide?.[0] ?? [0, 0];
    expect(UNSPACED_SCRIPTS.every(([a, b]) => a >= from && b <= to)).toBe(true);
  });

  it('stores the same folded copy as the domain folds a query, at the edges of every range', () => {
    const edges = UNSPACED_SCRIPTS.flatMap(([from, to]) => [from - 1, from, to, to + 1]).map((code) => String.fromCodePoint(code));
    const texts = edges.map((c) => `a${c}b ${c}${c} ${c}, ${c}`);
    // Longer than the blocks of 100 characters the SQL spaces out one by one, with runs across their edges.
    texts.push(`${'お茶'.repeat(49)}x京都y${'a'.repeat(97)}山田 ${'Ł'.repeat(98)}花子`);
    texts.push('Łukasz 山田 ØRESUND 𠮷野家\n東京2020 ‘quoted’ 山 田');
    expect(storedNotAsFolded(texts)).toEqual([]);
  });

  it('finds the characters side by side anywhere in a run, and not apart', () => {
    expect(finds('山田花子', '花子')).toBe(true);
    expect(finds('山田花子', '山田花子')).toBe(true);
    expect(finds('京都で昼食、お茶が好き', 'お茶')).toBe(true);
    expect(finds('京都で昼食、お茶が好き', '"昼食、お茶"')).toBe(true);
    expect(finds('iPhone用の地図', 'iphone')).toBe(true);
    expect(finds(`${'あ'.repeat(99)}京都`, '京都')).toBe(true);
    expect(finds('山田花子', '山花')).toBe(false);
    expect(finds('山田花子', '田山')).toBe(false);
  });
});

describe('the search index leaves out apostrophes and narrows full-width letters and digits, as searchFold.ts does', () => {
  it('lists in SQL exactly the ranges of FULL_WIDTH_ALNUM, wherever it tests for them, and steps over all of them', () => {
    const sql = stepOf(db, 'plain');
    const classes = [...sql.matchAll(/GLOB '\*?\[([^\]'^]+)\]\*?'/gu)].map((m) => m[1] as string);
    expect(classes.map(rangesOf)).toEqual([FULL_WIDTH_ALNUM, FULL_WIDTH_ALNUM]);
    const [first, last] = [FULL_WIDTH_ALNUM[0]?.[0], FULL_WIDTH_ALNUM[FULL_WIDTH_ALNUM.length - 1]?.[1]];
    expect(sql).toContain(`SELECT ${first}, unquoted`);
    expect(sql).toContain(`WHERE code <= ${last}`);
    expect(sql).toContain(`WHERE code = ${(last ?? 0) + 1}`);
  });

  it('stores the same folded copy as the domain folds a query, at the edges of every range and with every apostrophe', () => {
    const edges = FULL_WIDTH_ALNUM.flatMap(([from, to]) => [from - 1, from, to, to + 1]).map((code) => String.fromCodePoint(code));
    const texts = edges.map((c) => `a${c}b ${c}${c} ${c}, ${c}`);
    texts.push("Met at O'Hare", 'O’Hare ‘quoted’ OʼHare', "D'Angelo 山'田 l'été Łódź's", 'ＡＢＣ-１２３ 東京２０２０', "Ｏ'Ｈａｒｅ", "''", 'plain text');
    expect(storedNotAsFolded(texts)).toEqual([]);
  });

  it('finds a word however its apostrophes and its width are typed', () => {
    for (const text of ["Met at O'Hare", 'Met at O’Hare', 'Met at OHare', 'Met at OʼHare']) {
      expect([finds(text, 'ohare'), finds(text, "o'hare"), finds(text, 'o’hare'), finds(text, 'ｏｈａｒｅ')], text).toEqual([true, true, true, true]);
    }
    expect(finds("Loves l'été", 'lete')).toBe(true);
    expect(finds("Met at O'Hare", 'hare')).toBe(true);
    expect(finds('Order ＡＢＣ-１２３', 'abc')).toBe(true);
    expect(finds('Order ＡＢＣ-１２３', '123')).toBe(true);
    expect(finds('Order abc-123', 'ＡＢＣ')).toBe(true);
    expect(finds('Order abc-123', '"ａｂｃ-１２３"')).toBe(true);
    expect(finds('東京２０２０で', '2020')).toBe(true);
    expect(finds('Order ＡＢＣ-１２３', 'abd')).toBe(false);
  });
});
