// The checks behind rel doctor. Each says what it found and, when something is wrong, what to do.
// They read the journal as it is: a journal with a wrong mode, an old or newer schema, or a
// damaged page is exactly what they must be able to look at, so nothing here migrates or fixes.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { tryParseDuration } from '../domain/duration.js';
import { openExisting } from './backup.js';
import { notAFileInstead, hiddenBy, writeBlocker } from './journalAccess.js';
import { pathWord } from '../shellWords.js';
import { checkAccess, checkDailyBackups, fixFor, rescueFix, rescueWithoutBackups, RESTORE } from './healthSafety.js';
import { connect, listMigrations, type Db } from './open.js';
import { checkSettingValue, isSettingKey } from './settings.js';
import { formatBytes } from '../domain/bytes.js';
import { describeLoop, referralLoops } from '../domain/referrals.js';
import { checkNameText } from './nameHealth.js';
import { checkPurgedBackups } from './purgedBackups.js';
import { ok, problem, type Check, type CheckName } from './checks.js';
import {
  checkChannelCounts,
  checkComplaintCounts,
  checkDayCounts,
  checkFollowUpCounts,
  checkNameTrigrams,
  checkOpenComplaintPeople,
  checkReferralCounts,
  checkStatusCounts,
  tableExists,
} from './derivedHealth.js';

export type { Check } from './checks.js';

/** A -wal this large means checkpoints are not keeping up: a reader that never finishes. */
const LARGE_WAL_BYTES = 64 * 1024 * 1024;

const sqlQuote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;


function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}

const octal = (mode: number) => mode.toString(8).padStart(4, '0');

/** The journal 0600, its -wal and -shm too (SQLite gives them the journal's mode), the directory 0700. */
export function checkPermissions(path: string): Check {
  if (process.platform === 'win32') return ok('permissions', 'not checked on Windows (no POSIX modes)');
  const dir = dirname(path);
  const wrong: string[] = [];
  const fixes: string[] = [];
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (!existsSync(file)) continue;
    const mode = modeOf(file);
    if (mode !== 0o600) {
      wrong.push(`${file} is ${octal(mode)}${mode & 0o044 ? ', others can read it' : ''} (should be 0600)`);
      fixes.push(`chmod 600 ${pathWord(file)}`);
    }
  }
  const dirMode = modeOf(dir);
  if (dirMode !== 0o700) {
    wrong.push(`its directory ${dir} is ${octal(dirMode)}${dirMode & 0o044 ? ', others can list it' : ''} (should be 0700)`);
    fixes.push(`chmod 700 ${pathWord(dir)}`);
  }
  if (wrong.length === 0) return ok('permissions', 'journal 0600, directory 0700: only you can read them');
  return problem('permissions', wrong.join('; '), fixes.join(' && '));
}

/** The tables, indexes and triggers that migrations 1..version make, as SQLite stores their SQL, and the rows they write. */
function expectedSchema(version: number, migrationsDir?: string): { schema: Map<string, string>; letters: string | undefined } {
  const memory = connect(':memory:');
  try {
    for (const m of listMigrations(migrationsDir).slice(0, version)) memory.exec(readFileSync(m.file, 'utf8'));
    return { schema: schemaOf(memory), letters: foldLettersOf(memory) };
  } finally {
    memory.close();
  }
}

function schemaOf(db: Db): Map<string, string> {
  const rows = db.prepare<[], { type: string; name: string; sql: string | null }>("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all();
  return new Map(rows.map((r) => [`${r.type} ${r.name}`, r.sql ?? '']));
}

/** The rows of search_fold_letters (0040) as one text: data the schema's SQL does not show, and a changed letter makes search miss names. */
function foldLettersOf(db: Db): string | undefined {
  return tableExists(db, 'search_fold_letters') ? JSON.stringify(db.prepare('SELECT letter, plain FROM search_fold_letters ORDER BY letter').raw().all()) : undefined;
}

export function checkSchema(db: Db, migrationsDir?: string): Check {
  const version = db.pragma('user_version', { simple: true }) as number;
  const latest = listMigrations(migrationsDir).length;
  if (version > latest) return problem('schema', `version ${version}, newer than this rel knows (${latest})`, 'upgrade rel to use this journal');
  const { schema: expected, letters } = expectedSchema(version, migrationsDir);
  const actual = schemaOf(db);
  const missing = [...expected.keys()].filter((k) => !actual.has(k));
  const changed = [...expected.keys()].filter((k) => actual.has(k) && actual.get(k) !== expected.get(k));
  const extra = [...actual.keys()].filter((k) => !expected.has(k));
  if (missing.length === 0 && foldLettersOf(db) !== letters) changed.push('the rows of table search_fold_letters');
  if (missing.length + changed.length + extra.length > 0) {
    const parts = [missing.length ? `missing ${missing.join(', ')}` : '', changed.length ? `changed ${changed.join(', ')}` : '', extra.length ? `not made by rel: ${extra.join(', ')}` : ''];
    return problem('schema', `version ${version}, but the tables differ from what the migrations make: ${parts.filter(Boolean).join('; ')}`, RESTORE);
  }
  if (version === 0) return ok('schema', `empty (version 0); rel sets it up the next time it opens it`);
  if (version < latest) return ok('schema', `version ${version} of ${latest}; rel upgrades it the next time it opens it, after writing a backup beside it`);
  return ok('schema', `version ${version} of ${latest}, tables as the migrations made them`);
}

export function checkIntegrity(db: Db, path: string): Check {
  const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  const messages = rows.map((r) => r.integrity_check);
  if (messages.length === 1 && messages[0] === 'ok') return ok('integrity', 'ok');
  const shown = messages.slice(0, 3).join('; ') + (messages.length > 3 ? `; ${messages.length - 3} more` : '');
  return problem('integrity', `damaged: ${shown}`, damageFix(path));
}

/** The integrity check's fix for damage: a backup, or the rescue, which keeps what changed since. */
const damageFix = (path: string) => `${RESTORE}; or, to keep what changed since that backup, ${rescueFix(path)}`;

interface ForeignKeyViolation {
  table: string;
  rowid: number | null;
  parent: string;
  fkid: number;
}

interface ForeignKey {
  id: number;
  from: string;
  to: string | null;
  on_delete: string;
}

/** The statement that does what the foreign key would have done when the parent was deleted. */
function orphanRepair(db: Db, v: ForeignKeyViolation): string {
  const fk = (db.pragma(`foreign_key_list(${sqlQuote(v.table)})`) as ForeignKey[]).find((f) => f.id === v.fkid);
  if (!fk) return `DELETE FROM ${sqlQuote(v.table)} WHERE rowid = ${v.rowid}`;
  const orphaned = `${sqlQuote(fk.from)} NOT IN (SELECT ${fk.to === null ? 'rowid' : sqlQuote(fk.to)} FROM ${sqlQuote(v.parent)})`;
  if (fk.on_delete === 'SET NULL') return `UPDATE ${sqlQuote(v.table)} SET ${sqlQuote(fk.from)} = NULL WHERE ${orphaned}`;
  return `DELETE FROM ${sqlQuote(v.table)} WHERE ${orphaned}`;
}

export function checkForeignKeys(db: Db, path: string): Check {
  const violations = db.pragma('foreign_key_check') as ForeignKeyViolation[];
  if (violations.length === 0) return ok('foreign keys', 'no orphaned rows');
  const groups = new Map<string, { count: number; repair: string }>();
  for (const v of violations) {
    const key = `${v.table} → ${v.parent}`;
    const group = groups.get(key) ?? { count: 0, repair: orphanRepair(db, v) };
    group.count += 1;
    groups.set(key, group);
  }
  // By table: SQLite reports them in the order of its schema's hash table, which any new table or index reshuffles.
  const sorted = [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const detail = sorted.map(([key, g]) => `${g.count} ${key.split(' → ')[0]} row${g.count === 1 ? '' : 's'} pointing at missing ${key.split(' → ')[1]}`).join('; ');
  const repairs = [...new Set(sorted.map(([, g]) => g.repair))].join('; ');
  return problem('foreign keys', `orphaned rows: ${detail}`, `restore the latest good backup, or clear them: sqlite3 ${pathWord(path)} ${pathWord(`${repairs};`)}`);
}

/**
 * WAL lets several rels work at once; a -wal that keeps growing means checkpoints are blocked.
 * Another mode is no problem: a backup is kept as one file (journal_mode delete), and rel turns
 * WAL on whenever it opens a journal to work in it.
 */
export function checkWal(db: Db, walBytes: number | undefined): Check {
  const mode = String(db.pragma('journal_mode', { simple: true }));
  const size = walBytes === undefined ? 'no -wal file' : `-wal ${formatBytes(walBytes)}`;
  if (mode !== 'wal') return ok('wal', `journal_mode ${mode}: one file, as rel's backups are; rel turns WAL on when it works in it`);
  if (walBytes !== undefined && walBytes > LARGE_WAL_BYTES) {
    return problem('wal', `journal_mode wal, but ${size}: something keeps it from being written back`, 'close other programs that have the journal open (sqlite3, a sync tool); rel folds the -wal back in when the last one closes');
  }
  return ok('wal', `journal_mode wal, ${size}`);
}

/** Settings, tag cadences and contacts' own cadences: everything rel parses each time it ranks. */
export function checkSettings(db: Db, path: string): Check {
  const wrong: string[] = [];
  const fixes: string[] = [];
  let checked = 0;
  if (tableExists(db, 'settings')) {
    for (const { key, value } of db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings ORDER BY key').all()) {
      checked += 1;
      if (!isSettingKey(key)) {
        wrong.push(`unknown setting ${key}`);
        fixes.push(`ignore it, or remove it: sqlite3 ${pathWord(path)} ${pathWord(`DELETE FROM settings WHERE key = '${key.replace(/'/g, "''")}'`)}`);
        continue;
      }
      try {
        checkSettingValue(key, value);
      } catch {
        wrong.push(`${key} = ${JSON.stringify(value)} does not parse`);
        fixes.push(`rel config set ${key} VALUE`);
      }
    }
  }
  if (tableExists(db, 'tags')) {
    for (const { tag, cadence } of db.prepare<[], { tag: string; cadence: string }>('SELECT tag, cadence FROM tags ORDER BY tag').all()) {
      checked += 1;
      if (tryParseDuration(cadence) === undefined) {
        wrong.push(`tag ${tag} has cadence ${JSON.stringify(cadence)}`);
        fixes.push(`rel tag ${pathWord(tag)} --every 14d`);
      }
    }
  }
  if (tableExists(db, 'contacts')) {
    for (const { id, cadence } of db.prepare<[], { id: number; cadence: string }>('SELECT id, cadence FROM contacts WHERE cadence IS NOT NULL ORDER BY id').all()) {
      checked += 1;
      if (tryParseDuration(cadence) === undefined) {
        wrong.push(`contact #${id} has cadence ${JSON.stringify(cadence)}`);
        fixes.push(`rel edit ${id} --every 30d`);
      }
    }
  }
  if (wrong.length === 0) return ok('settings', checked === 0 ? 'nothing stored yet: the defaults apply' : checked === 1 ? '1 stored value parses (settings, tag and contact cadences)' : `${checked} stored values parse (settings, tag and contact cadences)`);
  return problem('settings', wrong.join('; '), fixes.join('; '));
}

/**
 * Loops of referrals (A referred B, B referred A), which rel refuses now but a journal written
 * before, or by hand, may hold: they credit the wrong people in rel stats and cut rel show --tree.
 */
export function checkReferrals(db: Db): Check {
  if (!tableExists(db, 'contacts')) return ok('referrals', 'no contacts yet');
  const rows = db.prepare<[], { id: number; name: string; referred_by: number }>('SELECT id, name, referred_by FROM contacts WHERE referred_by IS NOT NULL ORDER BY id').all();
  const loops = referralLoops(new Map(rows.map((r) => [r.id, r.referred_by])));
  if (loops.length === 0) return ok('referrals', rows.length === 1 ? '1 referral, no loops' : `${rows.length} referrals, no loops`);
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const shown = loops.map((loop) => describeLoop(loop, (id) => `${names.get(id) ?? '?'} (#${id})`));
  // Each loop is undone by taking away one referrer: the one of its first person, as a start.
  const fixes = loops.map((loop) => `rel edit ${loop[0]} --referred-by ""`);
  const what = loops.length === 1 ? 'a loop of referrals' : `${loops.length} loops of referrals`;
  return problem('referrals', `${what} (each referred by the next): ${shown.join('; ')}`, `take away the referrer that is wrong in each, e.g. ${fixes.join('; ')}`);
}

/**
 * Every check, in the order a person would fix things: can it be read at all, then what is in it.
 * Each as soon as it is made: on a large journal the integrity check alone takes seconds, and
 * rel doctor shows the checks before it meanwhile.
 */
export function* journalChecks(path: string): Generator<Check> {
  const fixed = rescueWithoutBackups(path);
  for (const check of checksOf(path)) yield fixed(check);
}

function* checksOf(path: string): Generator<Check> {
  const instead = notAFileInstead(path);
  if (instead) return yield problem('journal', instead.problem, instead.fix);
  if (!existsSync(path)) {
    const hidden = hiddenBy(path);
    if (hidden) return yield problem('journal', hidden.problem, hidden.fix);
    // "rel creates the journal on first use" only where it can: not behind a link to nowhere, say.
    const blocked = existsSync(dirname(path)) ? undefined : writeBlocker(path);
    if (blocked) return yield problem('journal', blocked.problem, blocked.fix);
    return yield problem('journal', `no journal at ${path}`, 'check --db and REL_DB; rel creates the journal on first use (rel add NAME --note TEXT)');
  }
  // The place before the journal is opened, as a person finds it.
  const place = [checkPermissions(path), checkAccess(path)];
  const walBytes = existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : undefined;
  let db: Db;
  try {
    db = openExisting(path);
  } catch (error) {
    const cause = fixFor(error, path);
    yield* [problem('journal', cause.problem, cause.fix), ...place, checkDailyBackups(path, false)];
    return;
  }
  // A damaged journal can make a check itself fail ("database disk image is malformed"): that is a finding too.
  const guarded = (check: CheckName, run: () => Check): Check => {
    try {
      return run();
    } catch (error) {
      const cause = fixFor(error, path);
      return problem(check, `could not be checked: ${(error as Error).message}`, check === 'integrity' && cause.damage ? damageFix(path) : cause.fix);
    }
  };
  try {
    yield* [ok('journal', `${path} (${formatBytes(statSync(path).size)})`), ...place];
    yield guarded('schema', () => checkSchema(db));
    const integrity = guarded('integrity', () => checkIntegrity(db, path));
    yield integrity;
    const rest: Array<[CheckName, () => Check]> = [
      ['foreign keys', () => checkForeignKeys(db, path)],
      ['wal', () => checkWal(db, walBytes)],
      ['settings', () => checkSettings(db, path)],
      ['referrals', () => checkReferrals(db)],
      ['channels', () => checkChannelCounts(db, path)],
      ['days', () => checkDayCounts(db, path)],
      ['referrers', () => checkReferralCounts(db, path)],
      ['statuses', () => checkStatusCounts(db, path)],
      ['turnaround', () => checkComplaintCounts(db, path)],
      ['follow-ups', () => checkFollowUpCounts(db, path)],
      ['complaints', () => checkOpenComplaintPeople(db, path)],
      ['names', () => checkNameTrigrams(db, path)],
      ['name text', () => checkNameText(db)],
      ['erasure', () => checkPurgedBackups(db, path)],
    ];
    for (const [check, run] of rest) yield guarded(check, run);
    yield checkDailyBackups(path, integrity.ok);
  } finally {
    db.close();
  }
}
