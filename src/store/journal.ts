// The open journal: the database handle, a cache of prepared statements, and write transactions.
import type { Statement } from 'better-sqlite3';
import { JournalAccessError, writeBlocker } from './journalAccess.js';
import type { Db } from './open.js';
import { closeChange, openChange } from './undoLog.js';

export class Journal {
  private readonly statements = new Map<string, Statement>();
  private readonly rawStatements = new Map<string, Statement>();
  /** Inside write(): what the work left to finish before the commit (beforeCommit), by key. */
  private pending: Map<symbol, { value: unknown; finish: (value: unknown) => void }> | undefined;
  private preparing: Promise<void> | undefined;
  private prepared = false;
  private widened = false;

  constructor(
    readonly db: Db,
    readonly path: string,
    /** The run's clock, read once by main.ts: when each change was made (the undo history). */
    readonly now: Date = new Date(),
    /**
     * What must happen once before the first write of a run (src/store/runJournal.ts: the
     * writability check and the daily backup). With it, a write before readyToWrite() is a bug.
     */
    private readonly beforeFirstWrite?: (j: Journal) => Promise<void>,
  ) {}

  /**
   * Call before writing, and before printing anything about the write: says now, in one line,
   * why the journal cannot be written, and makes today's backup before the first change of the day.
   */
  async readyToWrite(): Promise<void> {
    this.checkWritable();
    this.preparing ??= this.beforeFirstWrite?.(this) ?? Promise.resolve();
    await this.preparing;
    this.prepared = true;
  }

  /**
   * Says why the journal cannot be written (a read-only directory or file, a directory in its
   * place), before a command asks or prints anything it would have to take back.
   */
  checkWritable(): void {
    const blocker = writeBlocker(this.path);
    if (blocker) throw new JournalAccessError(blocker);
  }

  /** A write's page cache, set once a run: see READING_CACHE in open.ts. */
  private widenCache(): void {
    if (this.widened) return;
    this.db.pragma(`cache_size = ${WRITING_CACHE}`);
    this.widened = true;
  }

  private checkPrepared(): void {
    if (this.beforeFirstWrite !== undefined && !this.prepared) throw new Error('a write before journal.readyToWrite(): the daily backup would be skipped');
  }

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
   * A prepared statement that returns rows as arrays (cheaper for 100,000 rows), cached apart:
   * raw mode stays on a statement, so it must not be shared with stmt()'s callers.
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the same constraint as better-sqlite3's Statement
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
   * synchronous: an async callback would commit before it ran. What the work left to finish
   * (beforeCommit) is finished inside the transaction, before the commit.
   *
   * Each write is one change of the undo history (migrations/*_undo_log.sql, src/store/undoLog.ts): the
   * triggers log what it did under the change opened here; `description` says what it was, else
   * rel undo describes it from the log.
   */
  write<T>(work: () => T, description?: string): T {
    if (this.pending !== undefined) return this.db.transaction(work)(); // nested: the outer write finishes
    this.checkPrepared();
    this.widenCache();
    const pending = (this.pending = new Map());
    try {
      return this.db
        .transaction(() => {
          const change = openChange(this, description);
          const result = work();
          for (const { value, finish } of pending.values()) finish(value);
          closeChange(this, change);
          return result;
        })
        .immediate();
    } finally {
      this.pending = undefined;
    }
  }

  /** Inside write(): what this change was, for rel undo (the command's words win over the log's summary). */
  describe(description: string): void {
    this.stmt('UPDATE undo_changes SET description = ? WHERE id = (SELECT change_id FROM undo_current)').run(description);
  }

  /**
   * Runs `work` as one write transaction outside the undo history: its changes are not logged
   * and cannot be undone (rel undo itself).
   */
  writeUnlogged<T>(work: () => T): T {
    if (this.pending !== undefined) throw new Error('writeUnlogged inside write');
    this.checkPrepared();
    this.widenCache();
    return this.db.transaction(work).immediate();
  }

  /**
   * Inside write(): the one value kept under `key` for this write (made by `start` on first ask),
   * which `finish` is given once the work is done, before the commit; a rollback forgets it.
   * Outside write(): undefined. The store gathers whose rhythm moved this way (src/store/rhythm.ts).
   */
  beforeCommit<V>(key: symbol, start: () => V, finish: (value: V) => void): V | undefined {
    if (this.pending === undefined) return undefined;
    let entry = this.pending.get(key);
    if (entry === undefined) this.pending.set(key, (entry = { value: start(), finish: finish as (value: unknown) => void }));
    return entry.value as V;
  }

  /**
   * Changes whenever the journal's content may have: a write of this connection (SQLite's
   * total_changes) or a commit of another (data_version). What is worked out from the journal can
   * be kept while it stays the same.
   */
  changeMark(): string {
    return this.stmt<[], string>(CHANGE_MARK).pluck().get()!;
  }

  /**
   * Changes whenever another connection commits (SQLite's data_version); this connection's own
   * writes leave it, the ones of write() that opens the undo history's change included. A check
   * made before write() holds under its lock while it stays the same.
   */
  othersMark(): number {
    return this.stmt<[], number>('SELECT data_version FROM pragma_data_version').pluck().get()!;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** The page cache of a write (better-sqlite3's default): see READING_CACHE in open.ts. */
const WRITING_CACHE = -16000;
const CHANGE_MARK = "SELECT (SELECT data_version FROM pragma_data_version) || ' ' || total_changes()";

/** Instants are stored as UTC ISO strings. */
export function isoInstant(now: Date): string {
  return now.toISOString();
}
