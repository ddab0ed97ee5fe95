// Floor for `rel export dates --format ics`: birthdays, customer anniversaries, dated details and
// open follow-ups of the people not archived, each an all-day VEVENT (yearly ones with an RRULE,
// recurring follow-ups by their cadence), text escaped and long lines folded as RFC 5545 asks,
// written as it is read. Usage: node ics.mjs JOURNAL
import { chunkedWriter, dayNumber, formatDay, openJournal } from './common.mjs';

const db = openJournal(process.argv[2], { readonly: true });
const stamp = `${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
const out = chunkedWriter();
const escape = (text) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
/** A content line folded at 75 octets (counted in UTF-16 units here: every line this writes is short or mostly ASCII). */
const fold = (line) => (line.length <= 73 ? line : line.match(/.{1,73}/gu).join('\r\n '));
const RULES = { d: 'DAILY', w: 'WEEKLY', m: 'MONTHLY', y: 'YEARLY' };

function event(uid, date, summary, rule, description) {
  const day = date.startsWith('--') ? `2000-${date.slice(2)}` : date.length === 7 ? `${date}-01` : date;
  const start = day.replaceAll('-', '');
  const end = formatDay(dayNumber(day) + 1).replaceAll('-', '');
  const lines = ['BEGIN:VEVENT', `UID:${uid}@rel`, `DTSTAMP:${stamp}`, `DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end}`];
  if (rule) lines.push(rule);
  lines.push(fold(`SUMMARY:${escape(summary)}`), 'TRANSP:TRANSPARENT');
  if (description) lines.push(fold(`DESCRIPTION:${escape(description)}`));
  lines.push('END:VEVENT');
  return out.line(lines.join('\r\n') + '\r');
}

out.line('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//rel//rel//EN\r\nX-WR-CALNAME:rel: dates\r');
const queries = [
  ["SELECT 'birthday-' || id, birthday, 'Birthday: ' || name, 'RRULE:FREQ=YEARLY', NULL FROM contacts WHERE birthday IS NOT NULL AND archived = 0 ORDER BY id"],
  ["SELECT 'anniversary-' || id, customer_since, 'Customer anniversary: ' || name, 'RRULE:FREQ=YEARLY', 'customer since ' || customer_since FROM contacts WHERE customer_since IS NOT NULL AND archived = 0 ORDER BY id"],
  [`SELECT 'detail-' || d.id, d.date, c.name || ': ' || d.text, CASE WHEN d.yearly = 1 THEN 'RRULE:FREQ=YEARLY' END, NULL
    FROM details d JOIN contacts c ON c.id = d.contact_id WHERE d.date IS NOT NULL AND c.archived = 0 ORDER BY d.id`],
  [`SELECT 'reminder-' || r.id, coalesce(r.snoozed_until, r.due_on), 'Follow up with ' || c.name || ': ' || r.text, r.every, NULL
    FROM reminders r JOIN contacts c ON c.id = r.contact_id WHERE r.done_on IS NULL AND c.archived = 0 ORDER BY r.id`, true],
];
for (const [sql, recurs] of queries) {
  for (const [uid, date, summary, rule, description] of db.prepare(sql).raw().iterate()) {
    // A recurring follow-up's cadence ("2w", "1m", or with its anchor day "1m@31") as an RRULE.
    const every = recurs && rule ? /^(\d+)([dwmy])/.exec(rule) : null;
    const rrule = recurs ? (every ? `RRULE:FREQ=${RULES[every[2]]}${every[1] === '1' ? '' : `;INTERVAL=${every[1]}`}` : null) : rule;
    const full = event(uid, date, summary, rrule, description);
    if (full) await full;
  }
}
out.line('END:VCALENDAR\r');
out.end();
db.close();
