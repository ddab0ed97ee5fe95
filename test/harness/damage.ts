// A journal damaged as a failing disk would damage it, for the tests of what rel does then.
import Database from 'better-sqlite3';
import { closeSync, openSync, writeSync } from 'node:fs';

/** Overwrites every page of `table` (and of nothing else) in the file with garbage: quick_check fails. */
export function damageTable(file: string, table: string): void {
  const db = new Database(file, { readonly: true });
  const pages = db.prepare<[string], { pageno: number }>('SELECT pageno FROM dbstat WHERE name = ?').all(table).map((p) => p.pageno);
  const size = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = openSync(file, 'r+');
  try {
    for (const page of pages) writeSync(fd, Buffer.alloc(size, 0xa5), 0, size, (page - 1) * size);
  } finally {
    closeSync(fd);
  }
}
