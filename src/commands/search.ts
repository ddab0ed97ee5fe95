// rel search TEXT: full-text search over names, emails, phones, notes, remembered details and
// follow-ups, person by person (every word somewhere on the person), grouped by person, best
// matches first.
import type { SearchHit } from '../domain/records.js';
import type { Context } from '../context.js';
import { parseSearch } from '../domain/searchQuery.js';
import { parseCount } from '../flags.js';
import { searchJournal } from '../store/search.js';
import { bracket, markSnippet, searchLines, type SearchGroup } from '../ui/searchView.js';
import { mapRows, streamJsonArray, streamLines, type Write } from '../ui/streamed.js';

export const DEFAULT_SEARCH_LIMIT = 25;

export interface SearchOptions {
  limit?: string;
  json?: boolean;
}

/** Hits grouped by person; people in the order of their best match, each person's hits best first. */
export function groupByPerson(hits: SearchHit[]): SearchGroup[] {
  const groups = new Map<number, SearchGroup>();
  for (const hit of hits) {
    let group = groups.get(hit.contactId);
    if (!group) groups.set(hit.contactId, (group = { contactId: hit.contactId, name: hit.contactName, archived: hit.archived, hits: [] }));
    group.hits.push(hit);
  }
  return [...groups.values()];
}

export async function search(words: string[], opts: SearchOptions, ctx: Context): Promise<void> {
  const query = words.join(' ');
  const limit = parseCount(opts.limit, '--limit', { least: 1, advice: `without it, rel search shows the best ${DEFAULT_SEARCH_LIMIT} matches` }) ?? DEFAULT_SEARCH_LIMIT;
  const found = searchJournal(ctx.journal(), parseSearch(query), limit + 1);
  const truncated = found.length > limit;
  const groups = groupByPerson(found.slice(0, limit));
  // Written as it is made: a large --limit holds the hits, not the whole text.
  const write: Write = (text) => void ctx.out.write(text);
  if (opts.json) {
    // A listing is a top-level array (SPEC §3): what --limit left out is said on stderr.
    const { searchResultJson } = await import('../formats/json.js'); // only here: the hits as text need none of the JSON shapes
    const result = (g: SearchGroup) => searchResultJson({ person: { id: g.contactId, name: g.name }, archived: g.archived, hits: g.hits }, (hit) => markSnippet(hit.snippet, bracket));
    streamJsonArray(mapRows(groups, result), write);
    if (truncated) ctx.err.write(`more than ${limit} ${limit === 1 ? 'match' : 'matches'}; see more with --limit ${limit * 4}\n`);
    return;
  }
  if (groups.length === 0) {
    ctx.err.write(`No matches for ${query}.\n`);
    return;
  }
  streamLines(searchLines({ query, groups, truncated, limit }, ctx, ctx.out.columns), write);
}
