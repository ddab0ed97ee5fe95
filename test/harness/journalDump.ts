// A journal read back directly (not through rel), through a read-only connection so that reading
// never changes it: to tell "changed" from "unchanged", and to compare across a migration.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export type Row = Record<string, unknown>;
/** Which columns of which tables to dump: by default every table and column of the database. */
export type Shape = Record<string, string[]>;

export interface Dump {
  userVersion: number;
  /** Table name → its rows, each as canonical JSON, sorted (row order and rowids may change under VACUUM). */
  tables: Record<string, string[]>;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

function canonical(row: Row): string {
  return JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? `x'${value.toString('hex')}'` : typeof value === 'bigint' ? value.toString() : value));
}

function readOnly<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** The tables of a journal (SQLite's own left out unless `internal`) and their columns. */
export function shapeOf(db: Database.Database, internal = false): Shape {
  const names = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
  const shape: Shape = {};
  for (const { name } of names) {
    if (!internal && name.startsWith('sqlite_')) continue;
    shape[name] = db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(name).map((c) => c.name);
  }
  return shape;
}

export function shapeOfFile(path: string): Shape {
  return readOnly(path, (db) => shapeOf(db));
}

/** A canonical dump of a journal; with `shape`, only those tables and columns. */
export function dump(path: string, shape?: Shape): Dump {
  return readOnly(path, (db) => {
    const tables: Record<string, string[]> = {};
    for (const [table, columns] of Object.entries(shape ?? shapeOf(db))) {
      const rows = db.prepare(`SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)}`).all() as Row[];
      tables[table] = rows.map(canonical).sort();
    }
    return { userVersion: db.pragma('user_version', { simple: true }) as number, tables };
  });
}

/** Every row of every table, SQLite's own included, as text: equal before and after means nothing changed. */
export function dumpText(path: string): string {
  const { userVersion, tables } = readOnly(path, (db) => ({ userVersion: dumpVersion(db), tables: dumpTables(db) }));
  const lines = [`user_version ${userVersion}`];
  for (const [table, rows] of Object.entries(tables)) lines.push(`## ${table}`, ...rows);
  return `${lines.join('\n')}\n`;
}

const dumpVersion = (db: Database.Database) => String(db.pragma('user_version', { simple: true }));

function dumpTables(db: Database.Database): Record<string, string[]> {
  const tables: Record<string, string[]> = {};
  for (const table of Object.keys(shapeOf(db, true))) {
    // Sorted as text: the search index's shadow tables have no rowid to order by.
    tables[table] = db.prepare(`SELECT * FROM ${quote(table)}`).all().map((row) => JSON.stringify(row)).sort();
  }
  return tables;
}

export function countRows(path: string, table: string): number {
  return readOnly(path, (db) => (db.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }).n);
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
