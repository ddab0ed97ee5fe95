// What a journal holds for its user, read back directly: every table's rows, sorted, leaving out
// the undo history (undo_*), SQLite's own bookkeeping (sqlite_sequence keeps the highest id ever
// given, which an undo rightly does not lower) and the b-tree pages of the search index and of the
// index of names (their text and sizes are compared, their segments may be laid out differently
// after the same rows come back).
import Database from 'better-sqlite3';

const LEFT_OUT = /^(sqlite_|undo_)|^(search_index|name_trigrams)_(data|idx|config)$/;

export function journalContent(path: string): Record<string, string[]> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    const content: Record<string, string[]> = {};
    for (const { name, sql } of tables.filter((t) => !LEFT_OUT.test(t.name))) {
      // A WITHOUT ROWID table's rows are known by their primary key alone.
      const rowid = /WITHOUT ROWID\s*$/i.test(sql) ? '' : 'rowid AS "(rowid)", ';
      content[name] = db.prepare(`SELECT ${rowid}* FROM "${name}"`).all().map((row) => JSON.stringify(row)).sort();
    }
    return content;
  } finally {
    db.close();
  }
}

/** FTS5's own check that the search index and the index of names agree with their stored text. */
export function textIndexesIntact(path: string): boolean {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')");
    db.exec("INSERT INTO name_trigrams (name_trigrams) VALUES ('integrity-check')");
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}
