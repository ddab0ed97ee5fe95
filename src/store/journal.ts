// The open journal: the database handle, a cache of prepared statements, and write transactions.
import type { Statement } from 'better-sqlite3';
import type { Db } from './open.js';
import { MovedRhythms, refreshRhythm, type LastContact, type Whose } from './rhythm.js';

export class Journal {
  private readonly statements = new Map<string, Statement>();
  private readonly rawStatements = new Map<string, Statement>();
  /** Inside write(): whose rhythm the work moved so far, refreshed once before the commit. */
  private moved: MovedRhythms | undefined;

  constructor(
    readonly db: Db,
    readonly path: string,
  ) {}

  /** A prepared statement, prepared once per process. */
  stmt<P extends unknown[] | {} = unknown[], R = unknown>(sql: string): Statement<P, R> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement as unknown as Statement<P, R>;
  }

  /**
   * A prepared statement that returns rows as arrays (cheaper for 100,000 rows), cached apart:
   * raw mode stays on a statement, so it must not be shared with stmt()'s callers.
   */
  rawStmt<P extends unknown[] | {} = unknown[], R extends unknown[] = unknown[]>(sql: string): Statement<P, R> {
    let statement = this.rawStatements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql).raw(true);
      this.rawStatements.set(sql, statement);
    }
    return statement as unknown as Statement<P, R>;
  }

  /**
   * Runs `work` as one write transaction. IMMEDIATE takes the write lock up front, so concurrent
   * rel processes queue on the busy timeout instead of failing on a lock upgrade. `work` must be
   * synchronous: an async callback would commit before it ran. Before the commit, the stored
   * rhythm of everyone the work moved is refreshed (rhythmMoved), in one set-wise pass.
   */
  write<T>(work: () => T): T {
    if (this.moved !== undefined) return this.db.transaction(work)(); // nested: the outer write refreshes
    const moved = (this.moved = new MovedRhythms());
    try {
      return this.db
        .transaction(() => {
          const result = work();
          moved.refresh(this);
          return result;
        })
        .immediate();
    } finally {
      this.moved = undefined;
    }
  }

  /**
   * Says that a write changed what these people's rhythm follows from: their conversations
   * ('recount' the last one), or their cadence, tags or day added, a tag's or the default cadence
   * ('stored': the last conversation is as stored). Inside write() they are refreshed before it
   * commits; outside, at once.
   */
  rhythmMoved(whose: Whose, lastContact: LastContact): void {
    if (this.moved === undefined) refreshRhythm(this, whose, lastContact);
    else this.moved.add(whose, lastContact);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Instants are stored as UTC ISO strings. */
export function isoInstant(now: Date): string {
  return now.toISOString();
}
