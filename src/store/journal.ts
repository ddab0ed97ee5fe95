// The open journal: the database handle, a cache of prepared statements, and write transactions.
import type { Statement } from 'better-sqlite3';
import type { Db } from './open.js';

export class Journal {
  private readonly statements = new Map<string, Statement>();

  constructor(
    readonly db: Db,
    readonly path: string,
  ) {}

  /** A prepared statement, prepared once per process. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the same constraint as better-sqlite3's Statement
  stmt<P extends unknown[] | {} = unknown[], R = unknown>(sql: string): Statement<P, R> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement as unknown as Statement<P, R>;
  }

  /**
   * Runs `work` as one write transaction. IMMEDIATE takes the write lock up front, so concurrent
   * rel processes queue on the busy timeout instead of failing on a lock upgrade. `work` must be
   * synchronous: an async callback would commit before it ran.
   */
  write<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Instants are stored as UTC ISO strings. */
export function isoInstant(now: Date): string {
  return now.toISOString();
}
