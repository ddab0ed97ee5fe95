// Floor for `rel search WORD`: the full-text index's best 25 rowids (one more, to know whether
// there are more) ranked alone, then the snippets and names of those rows only, grouped by person.
// Usage: node search.mjs JOURNAL WORD
import { openJournal } from './common.mjs';

const LIMIT = 25;
const [path, word] = process.argv.slice(2);
const db = openJournal(path, { readonly: true });
const hits = db
  .prepare(
    `SELECT s.contact_id, c.name, s.kind, s.ref_id, snippet(search_index, 0, '[', ']', '…', 12)
     FROM search_index s JOIN contacts c ON c.id = s.contact_id
     WHERE search_index MATCH @match
       AND +s.rowid IN (SELECT i.rowid FROM search_index i WHERE i.search_index MATCH @match ORDER BY bm25(i.search_index), i.rowid LIMIT @limit)
     ORDER BY bm25(search_index), s.rowid`,
  )
  .raw()
  .all({ match: `"${word}"`, limit: LIMIT + 1 });
const people = new Map();
for (const [id, name, kind, ref, snippet] of hits.slice(0, LIMIT)) {
  if (!people.has(id)) people.set(id, [`${name} #${id}`]);
  people.get(id).push(`  ${kind}  ${snippet} [${kind} ${ref}]`);
}
process.stdout.write(`${[...people.values()].flat().join('\n')}\n${hits.length > LIMIT ? `more than ${LIMIT} matches\n` : ''}`);
db.close();
