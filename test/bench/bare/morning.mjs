// The floor of rel today's morning list, shared by today.mjs and review.mjs: every reason found by
// SQL that returns only the rows the list needs (drifting ranked inside SQLite from the stored
// rhythm, dates are matched on month-day lists), then a small JS merge and ranking.

/** The people to reach out to on `today`, best first: [{ id, name, reasons }]. */
export function morningList(db, today) {
  const MS = 86_400_000;
  const dayN = (s) => Math.round(Date.parse(s) / MS);
  const fmt = (n) => new Date(n * MS).toISOString().slice(0, 10);
  const todayN = dayN(today);
  const settings = new Map(db.prepare('SELECT key, value FROM settings').raw().all());
  const window = Number(settings.get('days') ?? 14);
  const limit = Number(settings.get('limit') ?? 10);

  // Month-days from today to the end of the window → days ahead (29 Feb observed on 28 Feb in common years).
  const ahead = new Map();
  for (let k = window; k >= 0; k--) {
    const d = fmt(todayN + k);
    ahead.set(d.slice(5), k);
    const year = Number(d.slice(0, 4));
    if (d.endsWith('02-28') && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) ahead.set('02-29', k);
  }
  const monthDays = JSON.stringify([...ahead.keys()]);
  const people = new Map();
  const reason = (id, score, text) => {
    const p = people.get(id) ?? { score: 0, reasons: [] };
    p.score = Math.max(p.score, score);
    p.reasons.push(text);
    people.set(id, p);
  };

  const reminders = db.prepare('SELECT contact_id, text, due_on FROM reminders WHERE done_on IS NULL AND due_on <= ? AND (snoozed_until IS NULL OR snoozed_until <= ?)');
  for (const [id, text, due] of reminders.raw().iterate(fmt(todayN + window), today)) {
    const k = dayN(due) - todayN;
    reason(id, k <= 0 ? 1000 - k : 50 - k, `follow up: ${text} (${due})`);
  }
  for (const [id, day, note] of db.prepare('SELECT contact_id, happened_on, note FROM conversations WHERE complaint = 1 AND resolved_on IS NULL').raw().iterate()) {
    reason(id, 600 + (todayN - dayN(day)) / 100, `complaint open since ${day}: ${note ?? ''}`);
  }
  const details = db.prepare(
    `SELECT contact_id, text, date, yearly FROM details
     WHERE date BETWEEN ? AND ? OR (date IS NOT NULL AND yearly = 1 AND substr(date, -5) IN (SELECT value FROM json_each(?)))`,
  );
  for (const [id, text, date, yearly] of details.raw().iterate(fmt(todayN - 7), fmt(todayN + window), monthDays)) {
    const k = yearly ? ahead.get(date.slice(-5)) : dayN(date.length === 7 ? `${date}-01` : date) - todayN;
    if (k !== undefined) reason(id, k === 0 || k === 1 ? 800 : k < 0 ? 40 : 50 - k, `${text} ${date}`);
  }
  const dates = db.prepare(
    `SELECT id, birthday, customer_since FROM contacts WHERE archived = 0 AND (substr(birthday, -5) IN (SELECT value FROM json_each(@days))
       OR (customer_since < @today AND substr(customer_since, -5) IN (SELECT value FROM json_each(@days))))`,
  );
  for (const [id, birthday, since] of dates.raw().iterate({ days: monthDays, today })) {
    const b = birthday && ahead.get(birthday.slice(-5));
    if (b !== undefined && b !== null) reason(id, b <= 1 ? 800 : 50 - b, `birthday ${birthday}`);
    const s = since && ahead.get(since.slice(-5));
    if (s !== undefined && s !== null) reason(id, s <= 1 ? 800 : 50 - s, `customer since ${since}`);
  }
  // Drifting: the stored rhythm (due day, cadence length, kept by rel on each write) through its index.
  const drifting = db.prepare(
    `SELECT id, coalesce(last_contact_on, created_on), (@todayN - due_day + cadence_days) * 1.0 / cadence_days AS ratio FROM contacts
     WHERE archived = 0 AND due_day < @todayN AND (paused_until IS NULL OR paused_until <= @today) ORDER BY ratio DESC LIMIT @limit`,
  );
  for (const [id, last, ratio] of drifting.raw().iterate({ today, todayN, limit })) reason(id, 100 + ratio, `drifting: last ${last}`);

  const ranked = [...people].sort((a, b) => b[1].score - a[1].score).slice(0, limit);
  const name = db.prepare('SELECT name FROM contacts WHERE id = ? AND archived = 0').pluck();
  return ranked.map(([id, p]) => ({ id, name: name.get(id), reasons: p.reasons })).filter((p) => p.name !== undefined);
}
