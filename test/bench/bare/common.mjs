// What the bare scripts share, kept to the floor: opening the journal as rel does, finding a person
// by the indexed name key, days as numbers, an undoable write as rel's journal makes one (the undo
// triggers log the change, as every rel write must), and a chunked stdout writer with back-pressure.
import Database from 'better-sqlite3';

export const MS_PER_DAY = 86_400_000;
export const dayNumber = (day) => Math.round(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);
export const formatDay = (n) => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);

export function openJournal(path, { readonly = false } = {}) {
  const db = new Database(path, { readonly, fileMustExist: true, timeout: 15_000 });
  if (readonly) return db;
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL'); // as rel: in WAL mode, a commit waits for no fsync
  return db;
}

// The letters Unicode does not decompose, as rel's name key writes them (src/domain/names.ts has more).
const PLAIN = { ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
export const nameKey = (name) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[łøßæœđðþı]/g, (c) => PLAIN[c]).replace(/\s+/g, ' ').trim();

/** The person with this exact name, through the name key's index; exits 1 when there is none. */
export function contactNamed(db, name) {
  const contact = db.prepare('SELECT * FROM contacts WHERE name_key = ?').get(nameKey(name));
  if (!contact) {
    console.error(`no contact named ${name}`);
    process.exit(1);
  }
  return contact;
}

/** `fn` in one transaction that is one undoable change, as Journal.write makes it. */
export function undoable(db, description, fn) {
  return db.transaction(() => {
    const change = db.prepare('INSERT INTO undo_changes (description, made_at) VALUES (?, ?)').run(description, new Date().toISOString()).lastInsertRowid;
    db.prepare('UPDATE undo_current SET change_id = ? WHERE one = 1').run(change);
    const result = fn();
    db.prepare('UPDATE undo_current SET change_id = NULL WHERE one = 1').run();
    return result;
  })();
}

/** The due day of a cadence such as "30d", "2w", "1m" from a day: months keep the day, clamped to the month's end. */
export function dueDay(base, cadence) {
  const n = Number(cadence.slice(0, -1));
  const unit = cadence.at(-1);
  if (unit === 'd' || unit === 'w') return dayNumber(base) + n * (unit === 'w' ? 7 : 1);
  const months = n * (unit === 'y' ? 12 : 1);
  const [y, m, d] = base.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(y, m - 1 + months, Math.min(d, last)) / MS_PER_DAY);
}

/** Approximate length of a cadence in days, to pick the shortest of several tags' cadences. */
export const cadenceLength = (cadence) => Number(cadence.slice(0, -1)) * { d: 1, w: 7, m: 30.44, y: 365.25 }[cadence.at(-1)];

/**
 * Writes lines to stdout in 64 KB chunks. `line` returns a promise only when the pipe is full
 * (await it then: `const full = out.line(text); if (full) await full;`), so a million lines cost
 * no million promises.
 */
export function chunkedWriter(out = process.stdout) {
  let chunk = '';
  return {
    line(text) {
      chunk += `${text}\n`;
      if (chunk.length < 65_536) return null;
      const ok = out.write(chunk);
      chunk = '';
      return ok ? null : new Promise((resolve) => out.once('drain', resolve));
    },
    end() {
      out.write(chunk);
    },
  };
}
