// The bulk writes' floor (tag.mjs, config.mjs): the due day and cadence length of the people a
// cadence change touches, recomputed from the stored last conversation and written only where
// they change.
import { cadenceLength, dayNumber, dueDay } from './common.mjs';

/** The cadence in force for a person with no own cadence: the shortest of their tags', else the default. */
export function cadenceOf(tags, tagCadences, fallback) {
  let best = null;
  for (const tag of tags ? tags.split('\n') : []) {
    const c = tagCadences.get(tag);
    if (c !== undefined && (best === null || cadenceLength(c) < cadenceLength(best))) best = c;
  }
  return best ?? fallback;
}

/** rows: [id, base day, stored due day, stored cadence days, tags joined by \n]; returns how many moved. */
export function storeDueDays(db, rows, tagCadences, fallback) {
  const update = db.prepare('UPDATE contacts SET due_day = ?, cadence_days = ? WHERE id = ?');
  let moved = 0;
  for (const [id, base, storedDue, storedDays, tags] of rows) {
    const due = dueDay(base, cadenceOf(tags, tagCadences, fallback));
    const days = due - dayNumber(base);
    if (due === storedDue && days === storedDays) continue;
    update.run(due, days, id);
    moved++;
  }
  return moved;
}

export const tagCadences = (db) => new Map(db.prepare('SELECT tag, cadence FROM tags').raw().all());
export const defaultCadence = (db) => db.prepare("SELECT value FROM settings WHERE key = 'cadence'").pluck().get() ?? '90d';
