// The open journal: the database handle, a cache of prepared statements, and write transactions.
import type { Statement } from 'better-sqlite3';
import type { Db } from './open.js';
import { refreshRhythm, type Whose } from './rhythm.js';

export class Journal {
  private readonly statements = new Map<string, Statement>();
  /** Inside write(): whose rhythm the work moved so far, refreshed once before the commit. */
  private moved: Set<number> | 'everyone' | undefined;

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
   * Runs `work` as one write transaction. IMMEDIATE takes the write lock up front, so concurrent
   * rel processes queue on the busy timeout instead of failing on a lock upgrade. `work` must be
   * synchronous: an async callback would commit before it ran. Before the commit, the stored
   * rhythm of everyone the work moved is refreshed (rhythmMoved), in one set-wise pass.
   */
  write<T>(work: () => T): T {
    if (this.moved !== undefined) return this.db.transaction(work)(); // nested: the outer write refreshes
    this.moved = new Set();
    try {
      return this.db
        .transaction(() => {
          const result = work();
          this.refreshMoved();
          return result;
        })
        .immediate();
    } finally {
      this.moved = undefined;
    }
  }

  /**
   * Says that a write changed what these people's rhythm follows from (a conversation, a cadence,
   * a tag, the day added, a tag's or the default cadence). Inside write() they are refreshed
   * before it commits; outside, at once.
   */
  rhythmMoved(whose: Whose): void {
    if (this.moved === undefined) refreshRhythm(this, whose);
    else if (whose === 'everyone') this.moved = 'everyone';
    else if (this.moved !== 'everyone') for (const id of whose) this.moved.add(id);
  }

  private refreshMoved(): void {
    const moved = this.moved;
    if (moved === 'everyone') refreshRhythm(this, 'everyone');
    else if (moved !== undefined && moved.size > 0) refreshRhythm(this, [...moved]);
    this.moved = new Set();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Instants are stored as UTC ISO strings. */
export function isoInstant(now: Date): string {
  return now.toISOString();
}
