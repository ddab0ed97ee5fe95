// Writes of many rows with some indexes made again after them. A row written with an index in
// place is looked up in that index, once to take its old entry out and once to put the new one in;
// an index made again reads its table in one sorted pass. Past some share of the table the pass is
// cheaper: an import as large as the journal (importer.ts), the rhythm of a quarter of everyone
// moved at once (rhythm.ts). Everything runs in the caller's transaction, so a failure takes the
// drops back too, and each index comes back from its own definition, as its migration wrote it.
import type { Journal } from './journal.js';

export interface IndexDefinition {
  name: string;
  sql: string;
}

/** Runs `write` without these indexes, then makes each again from its definition. */
export function withIndexesMadeAfter(j: Journal, indexes: readonly IndexDefinition[], write: () => void): void {
  for (const index of indexes) j.db.exec(`DROP INDEX "${index.name}"`);
  write();
  for (const index of indexes) j.db.exec(index.sql);
}

/** Every index of these tables but their keys (those SQLite makes itself have no definition). */
export function indexesOfTables(j: Journal, tables: readonly string[]): IndexDefinition[] {
  return j
    .stmt<[string], IndexDefinition>("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(?))")
    .all(JSON.stringify(tables));
}

/** The indexes of `table` that hold one of these columns in their keys: those a write of the columns looks up. */
export function indexesHolding(j: Journal, table: string, columns: readonly string[]): IndexDefinition[] {
  return j
    .stmt<[string, string], IndexDefinition>(
      `SELECT DISTINCT m.name, m.sql FROM sqlite_schema m JOIN pragma_index_info(m.name) k
       WHERE m.type = 'index' AND m.sql IS NOT NULL AND m.tbl_name = ? AND k.name IN (SELECT value FROM json_each(?))`,
    )
    .all(table, JSON.stringify(columns));
}
