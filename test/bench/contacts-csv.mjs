// A contacts CSV in rel's own export layout, for the import benchmark (SPEC §7: 100,000 rows ≤ 10 s).
//
// Columns as `rel export contacts --format csv` writes them; multi-valued cells joined by "; ".
// Choices an import must accept (tell the import's author if they change):
// - `id` is present but left EMPTY on every row: an import into a fresh journal assigns ids, and
//   empty ids can't clash with anything already there.
// - `referred_by` holds the referrer's NAME (an earlier row of the same file), since the ids are empty.
// - `archived` is 0 or 1; dates are YYYY-MM-DD, yearless birthdays --MM-DD.
// - Phones such as "+33 6 …" are written as they are (no formula neutralisation): that is what a
//   spreadsheet or a phone's export hands to `rel import`.
import { closeSync, openSync, writeSync } from 'node:fs';
import { normalizeName } from '../../dist/domain/names.js';
import { makeContact } from './people.mjs';
import { dayNumber, formatDay, randomTools } from './random.mjs';

export const CONTACT_COLUMNS = ['id', 'name', 'emails', 'phones', 'company', 'role', 'birthday', 'customer_since', 'cadence', 'met', 'referred_by', 'aliases', 'tags', 'archived', 'paused_until', 'created_on'];

/** RFC 4180: quote a cell holding a comma, quote or line break; double inner quotes. */
export function csvCell(value) {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes `rows` synthetic contacts to `path` (overwriting it). Returns { rows, ms }. */
export function writeContactsCsv(path, { rows = 100_000, today = '2026-11-23', seed = 20261123 } = {}) {
  const started = performance.now();
  const t = randomTools(seed + 100);
  const ctx = { todayN: dayNumber(today), taken: new Set(), normalizeName };
  const names = [];
  const fd = openSync(path, 'w', 0o600);
  try {
    let buffer = [CONTACT_COLUMNS.join(',')];
    for (let i = 0; i < rows; i++) {
      const c = makeContact(t, i, rows, ctx);
      names.push(c.name);
      const cells = [
        '', // id: left empty on purpose, see above
        c.name,
        c.emails.join('; '),
        c.phones.join('; '),
        c.company,
        c.role,
        c.birthday,
        c.customerSince,
        c.cadence,
        c.met,
        c.referredBy === null ? null : names[c.referredBy],
        c.aliases.join('; '),
        c.tags.join('; '),
        c.archived,
        c.pausedUntil,
        formatDay(c.createdN),
      ];
      buffer.push(cells.map(csvCell).join(','));
      if (buffer.length >= 2000) {
        writeSync(fd, buffer.join('\r\n') + '\r\n');
        buffer = [];
      }
    }
    if (buffer.length > 0) writeSync(fd, buffer.join('\r\n') + '\r\n');
  } finally {
    closeSync(fd);
  }
  return { rows, ms: Math.round(performance.now() - started) };
}

