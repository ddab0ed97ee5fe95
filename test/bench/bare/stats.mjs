// Floor for `rel stats`: the keep-in-touch statuses counted in SQL from the groups the journal keeps
// by due day (migration 0027's counts_statuses), the conversations of the last 26 weeks by week,
// the channels, the complaints (0027's counts by day) and the top 5 referrers (rel's own query),
// printed as a short report. Usage: node stats.mjs JOURNAL DAY
import { dayNumber, formatDay, openJournal } from './common.mjs';

const [path, today] = process.argv.slice(2);
const db = openJournal(path, { readonly: true });
const todayN = dayNumber(today);
const lines = [`How your relationships are doing on ${today}`, ''];

const statuses = db
  .prepare(
    `SELECT CASE WHEN archived = 1 THEN 'archived' WHEN paused_until > @today THEN 'paused'
                 WHEN due_day < @todayN THEN 'drifting' WHEN talked = 0 THEN 'never contacted'
                 WHEN due_day <= @todayN + 7 THEN 'due soon' ELSE 'on track' END AS status, sum(people)
     FROM counts_statuses GROUP BY status`,
  )
  .raw()
  .all({ today, todayN });
for (const [status, n] of statuses) lines.push(`  ${status.padEnd(16)} ${n}`);

const monday = todayN - ((todayN + 3) % 7); // day 0 (1970-01-01) was a Thursday
const from = monday - 7 * 25;
const weeks = new Array(26).fill(0);
// Each day's count as the journal keeps it (migration 0025's counts_days).
for (const [day, n] of db.prepare('SELECT happened_on, conversations FROM counts_days WHERE happened_on BETWEEN ? AND ?').raw().iterate(formatDay(from), today)) {
  weeks[Math.floor((dayNumber(day) - from) / 7)] += n;
}
const widest = Math.max(1, ...weeks);
lines.push('', 'Conversations per week, last 26 weeks', ...weeks.map((n, i) => `${formatDay(from + 7 * i)}  ${'#'.repeat(Math.round((40 * n) / widest))}  ${n}`));

lines.push('', 'Channels');
// Each channel's count as the journal keeps it (migration 0019's counts_channels).
const CHANNELS = "SELECT nullif(via_key, '') AS via, conversations AS n FROM counts_channels WHERE conversations > 0 ORDER BY n DESC, via IS NULL, via";
for (const [via, n] of db.prepare(CHANNELS).raw().iterate()) lines.push(`  ${(via ?? 'not recorded').padEnd(8)} ${n}`);

// The complaints by day as the journal keeps them (0027): the days to resolve add up day by day.
const [open, resolved, days] = db
  .prepare(
    `SELECT total(open), total(made) + (SELECT total(complaints) FROM counts_complaints_odd),
            (total((resolved - made) * julianday(day)) + (SELECT total(complaints * max(0, julianday(resolved_on) - julianday(happened_on))) FROM counts_complaints_odd))
            / (total(made) + (SELECT total(complaints) FROM counts_complaints_odd))
     FROM counts_complaints`,
  )
  .raw()
  .get();
lines.push('', `Complaints: ${open} open, ${resolved} resolved; ${(days ?? 0).toFixed(2)} days to resolve on average`, '', 'Top referrers');

// Each referrer's count as the journal keeps it (migration 0026's counts_referrals).
const referrals = db
  .prepare(
    `WITH top AS (SELECT r.id, r.name, r.name_key, k.referrals AS total FROM counts_referrals k JOIN contacts r ON r.id = k.referrer_id
                  ORDER BY total DESC, r.name_key, r.id LIMIT 5)
     SELECT top.id, top.name, c.id, c.name FROM top JOIN contacts c ON c.referred_by = top.id
     ORDER BY top.total DESC, top.name_key, top.id, c.name_key, c.id`,
  )
  .raw()
  .all();
const byReferrer = new Map();
for (const [id, name, referredId, referred] of referrals) {
  if (!byReferrer.has(id)) byReferrer.set(id, { name, referred: [] });
  byReferrer.get(id).referred.push(`${referred} #${referredId}`);
}
for (const [id, r] of byReferrer) lines.push(`  ${r.name} #${id} brought in ${r.referred.length}: ${r.referred.join(', ')}`);
process.stdout.write(`${lines.join('\n')}\n`);
db.close();
