// Full-text search over the FTS5 index (migrations 0002, 0009, 0014), person by person: a query
// (src/domain/searchQuery.ts) decides which people match, each term somewhere on them; their
// records that match a term are the hits, the best first (bm25), each with its person, a snippet
// with the match marked, and the date that goes with it.
import type { SearchHit, SearchKind } from '../domain/records.js';
import { MARK_END, MARK_START } from '../domain/records.js';
import type { Channel } from '../domain/channels.js';
import { snippetInOriginal, UNSPACED_SCRIPTS } from '../domain/searchFold.js';
import { isAlternativesOnly, SearchQueryError, shownTerms, type SearchExpr } from '../domain/searchQuery.js';
import type { Journal } from './journal.js';

interface HitRow {
  kind: SearchKind;
  ref_id: number;
  contact_id: number;
  name: string;
  archived: number;
  snippet: string;
  /** Only for a text with letters the tokenizer cannot fold: its folded copy, a snippet of that copy, and the text. */
  folded: string | null;
  folded_snippet: string | null;
  body: string | null;
  date: string | null;
  via: Channel | null;
  complaint: number | null;
  done_on: string | null;
  /** For a phone: 1 when the query found it by its key (column 2), whatever its spacing. */
  by_key: number | null;
}

/** Whose an index row is: its rowid's high 32 bits (migrations/0014_search_finds_people.sql). */
const PERSON_OF_ROWID = 'rowid >> 32';

const MARKS = new RegExp(`[${MARK_START}${MARK_END}]`, 'g');

/**
 * A folded copy with characters of a script written without spaces, each of them a word of its own
 * there (migration 0034): its snippet takes 30 words, about as wide on the screen as the 12 words
 * of any other, where 12 characters would show only a few words.
 */
const SPACED_OUT = `'*[${UNSPACED_SCRIPTS.map(([from, to]) => `${String.fromCodePoint(from)}-${String.fromCodePoint(to)}`).join('')}]*'`;

// A text with letters the tokenizer cannot fold (ł, ø, ß, …), or with characters of a script
// written without spaces, is found through its folded copy (column 1), which holds every word the
// text matches (the query is folded too): its snippet marks every match, and snippetInOriginal
// writes it in the text's own letters again.
const HIT_COLUMNS = `s.kind, s.ref_id, s.contact_id, c.name, c.archived,
  snippet(search_index, 0, char(2), char(3), '…', 12) AS snippet,
  s.folded, CASE WHEN s.folded IS NOT NULL THEN snippet(search_index, 1, char(2), char(3), char(4), CASE WHEN s.folded GLOB ${SPACED_OUT} THEN 30 ELSE 12 END) END AS folded_snippet,
  CASE WHEN s.folded IS NOT NULL THEN s.body END AS body,
  coalesce(v.happened_on, d.date, r.due_on) AS date, v.via, v.complaint, r.done_on,
  CASE WHEN s.kind = 'phone' THEN instr(highlight(search_index, 2, char(2), char(3)), char(2)) > 0 END AS by_key`;

const HIT_JOINS = `JOIN contacts c ON c.id = s.contact_id
  LEFT JOIN conversations v ON s.kind = 'conversation' AND v.id = s.ref_id
  LEFT JOIN details d ON s.kind = 'detail' AND d.id = s.ref_id
  LEFT JOIN reminders r ON s.kind = 'reminder' AND r.id = s.ref_id`;

/**
 * The hits among the rows `ranked` chooses, best first. Every column is worked out for those rows
 * alone: ranking a common word's 50,000 rows with their snippets and joins took ten times as long
 * as ranking the rowids. (`+` keeps the rowid test out of FTS5's hands: the MATCH reads its
 * doclist once, instead of once a rowid.)
 */
const hitsSql = (ranked: string) => `SELECT ${HIT_COLUMNS} FROM search_index s ${HIT_JOINS}
  WHERE s.search_index MATCH @match AND +s.rowid IN (${ranked}) ORDER BY bm25(s.search_index), s.rowid`;

const RANKED = 'ORDER BY bm25(i.search_index), i.rowid LIMIT @limit';

/** Every record that matches (a query with only alternatives: any match is its person's). */
const HITS_SQL = hitsSql(`SELECT i.rowid FROM search_index i WHERE i.search_index MATCH @match ${RANKED}`);

/**
 * The records of some people that match: every match, kept when its person is one of them. (Not
 * person by person through each one's range of rowids: FTS5 reads a MATCH afresh for each, about
 * 4 ms a person on a large journal, against 25 ms for all 47,000 matches of two words.)
 */
const HITS_OF_PEOPLE_SQL = hitsSql(`SELECT i.rowid FROM search_index i
  WHERE i.search_index MATCH @match AND (i.${PERSON_OF_ROWID}) IN (SELECT value FROM json_each(@people)) ${RANKED}`);

/** A term's people, from the index's rowids alone: all of them, or those among a set. */
const PEOPLE_OF_TERM = `SELECT DISTINCT ${PERSON_OF_ROWID} FROM search_index WHERE search_index MATCH ?`;
const PEOPLE_OF_TERM_AMONG = `${PEOPLE_OF_TERM} AND (${PERSON_OF_ROWID}) IN (SELECT value FROM json_each(?))`;

/** How many records `match` matches, counted up to `atMost`: the doclists read no further. */
function recordsMatching(j: Journal, match: string, atMost: number): number {
  return j.stmt<[string, number], number>('SELECT count(*) FROM (SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT ?)').pluck().get(match, atMost)!;
}

/** Up to this many people, a term is read among them; beyond, whole, and the two sets met here. */
const AMONG_AT_MOST = 2000;

/** Records counted up to this many tell a rare term from a common one. */
const RARITY_COUNTED = 5000;

/** The parts of an AND, rarest first: its terms by how many records they match (counted up to a cap), then the rest. */
function byRarity(j: Journal, parts: SearchExpr[]): SearchExpr[] {
  const rarity = new Map(parts.map((part) => [part, part.type === 'term' ? recordsMatching(j, part.fts, RARITY_COUNTED) : Infinity]));
  return [...parts].sort((a, b) => rarity.get(a)! - rarity.get(b)!);
}

/** A term's people, among `within` when given. */
function peopleOfTerm(j: Journal, fts: string, within: number[] | undefined): number[] {
  if (within !== undefined && within.length <= AMONG_AT_MOST) {
    return within.length === 0 ? [] : j.stmt<[string, string], number>(PEOPLE_OF_TERM_AMONG).pluck().all(fts, JSON.stringify(within));
  }
  const people = j.stmt<[string], number>(PEOPLE_OF_TERM).pluck().all(fts);
  if (within === undefined) return people;
  const among = new Set(within);
  return people.filter((person) => among.has(person));
}

/**
 * The people `expr` matches, among `within` when given: AND, OR and NOT on sets of people. An AND
 * reads its rarest part first and each next one among the people left, and a NOT reads what it
 * takes away among the people it takes them from. On a large journal, the people of "kowalski"
 * and "the" took 256 ms as SQL's INTERSECT of both, 57 ms as "the" read among the 818 of
 * "kowalski"; those of "about" and "the", 500 ms against 212 (BENCHMARKS.md).
 */
function peopleOf(j: Journal, expr: SearchExpr, within?: number[]): number[] {
  switch (expr.type) {
    case 'term':
      return peopleOfTerm(j, expr.fts, within);
    case 'all':
      return byRarity(j, expr.parts).reduce<number[] | undefined>((people, part) => (people?.length === 0 ? people : peopleOf(j, part, people)), within) ?? [];
    case 'any':
      return [...new Set(expr.parts.flatMap((part) => peopleOf(j, part, within)))];
    case 'but': {
      const included = peopleOf(j, expr.include, within);
      const excluded = new Set(included.length === 0 ? [] : peopleOf(j, expr.exclude, included));
      return included.filter((person) => !excluded.has(person));
    }
  }
}

/** How many matches a snippet marks. */
function marksIn(snippet: string): number {
  return snippet.split(MARK_START).length - 1;
}

/**
 * The snippet in the user's own letters, from the folded copy when there is one, unless the text
 * marks more matches: a part of a word the folded copy joins up ("hare" in O'Hare, "OHare" there).
 */
function snippetOf(row: HitRow): string {
  if (row.folded === null || row.folded_snippet === null || row.body === null) return row.snippet;
  if (marksIn(row.folded_snippet) < marksIn(row.snippet)) return row.snippet;
  return snippetInOriginal(row.folded_snippet, row.body, row.folded) ?? row.snippet;
}

/** A phone found by its key is the match whole, however it is spaced. */
function markedSnippet(row: HitRow): string {
  const snippet = snippetOf(row);
  return row.by_key === 1 ? `${MARK_START}${snippet.replace(MARKS, '')}${MARK_END}` : snippet;
}

function toHit(row: HitRow): SearchHit {
  return {
    kind: row.kind,
    // An email or a phone has no id of its own that rel shows: it is the person's.
    id: row.kind === 'email' || row.kind === 'phone' ? row.contact_id : row.ref_id,
    contactId: row.contact_id,
    contactName: row.name,
    archived: row.archived === 1,
    snippet: markedSnippet(row),
    date: row.date,
    via: row.via,
    complaint: row.complaint === 1,
    done: row.done_on !== null,
  };
}

/** FTS5's own complaints about a query (the ones rel's reading of the query did not catch first). */
function isQueryError(error: unknown): error is Error {
  return error instanceof Error && (error as { code?: string }).code === 'SQLITE_ERROR' && /fts5|unterminated|special query|syntax/i.test(error.message);
}

function hitRowsOf(j: Journal, expr: SearchExpr, match: string, limit: number): Iterable<HitRow> {
  if (isAlternativesOnly(expr)) return j.stmt<{ match: string; limit: number }, HitRow>(HITS_SQL).iterate({ match, limit });
  const people = peopleOf(j, expr);
  if (people.length === 0) return [];
  return j.stmt<{ match: string; people: string; limit: number }, HitRow>(HITS_OF_PEOPLE_SQL).iterate({ match, people: JSON.stringify(people), limit });
}

/** Up to `limit` matches of a query about people (see parseSearch), best first. */
export function searchJournal(j: Journal, expr: SearchExpr, limit: number): SearchHit[] {
  const match = shownTerms(expr).join(' OR ');
  try {
    // Each row made a hit as it is read: a large --limit holds the hits alone, not their rows too.
    const hits: SearchHit[] = [];
    for (const row of hitRowsOf(j, expr, match, limit)) hits.push(toHit(row));
    return hits;
  } catch (error) {
    if (isQueryError(error)) throw new SearchQueryError(`cannot read the query (${error.message})`);
    throw error;
  }
}
