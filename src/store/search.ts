// Full-text search over the FTS5 index (migrations 0002 and 0009): the best matches first (bm25),
// each with its person, a snippet with the match marked, and the date that goes with it.
import type { SearchHit, SearchKind } from '../domain/records.js';
import type { Channel } from '../domain/channels.js';
import { snippetInOriginal } from '../domain/searchFold.js';
import { SearchQueryError } from '../domain/searchQuery.js';
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
}

// A text with letters the tokenizer cannot fold (ł, ø, ß, …) is found through its folded copy
// (column 1), which holds every word the text matches (the query is folded too): its snippet
// marks every match, and snippetInOriginal writes it in the text's own letters again.
const SEARCH_SQL = `
  SELECT s.kind, s.ref_id, s.contact_id, c.name, c.archived,
         snippet(search_index, 0, char(2), char(3), '…', 12) AS snippet,
         s.folded, CASE WHEN s.folded IS NOT NULL THEN snippet(search_index, 1, char(2), char(3), char(4), 12) END AS folded_snippet,
         CASE WHEN s.folded IS NOT NULL THEN s.body END AS body,
         coalesce(v.happened_on, d.date, r.due_on) AS date, v.via, v.complaint, r.done_on
  FROM search_index s
  JOIN contacts c ON c.id = s.contact_id
  LEFT JOIN conversations v ON s.kind = 'conversation' AND v.id = s.ref_id
  LEFT JOIN details d ON s.kind = 'detail' AND d.id = s.ref_id
  LEFT JOIN reminders r ON s.kind = 'reminder' AND r.id = s.ref_id
  WHERE search_index MATCH ?
  ORDER BY bm25(search_index), s.rowid
  LIMIT ?`;

/** The snippet in the user's own letters, from the folded copy when there is one. */
function snippetOf(row: HitRow): string {
  if (row.folded === null || row.folded_snippet === null || row.body === null) return row.snippet;
  return snippetInOriginal(row.folded_snippet, row.body, row.folded) ?? row.snippet;
}

function toHit(row: HitRow): SearchHit {
  return {
    kind: row.kind,
    id: row.ref_id,
    contactId: row.contact_id,
    contactName: row.name,
    archived: row.archived === 1,
    snippet: snippetOf(row),
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

/** Up to `limit` matches of an FTS5 query (see toFtsQuery), best first. */
export function searchJournal(j: Journal, ftsQuery: string, limit: number): SearchHit[] {
  try {
    return j.stmt<[string, number], HitRow>(SEARCH_SQL).all(ftsQuery, limit).map(toHit);
  } catch (error) {
    if (isQueryError(error)) throw new SearchQueryError(`cannot read the query (${error.message})`);
    throw error;
  }
}
