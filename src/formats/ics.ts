// The dates worth a calendar entry, as iCalendar (RFC 5545): birthdays, customer anniversaries,
// dated details and open reminders, each an all-day event. Written event by event as the rows
// come (icsChunks), so a calendar of a large journal takes no more memory than one event; the
// lines are those ical-generator wrote before (the same properties in the same order, text escaped
// and lines folded at 75 octets as RFC 5545 §3.1 says), so calendars see no change.
//
// Choices (documented in the README, "Moving data in and out"):
// - UIDs are stable (birthday-<contactId>@rel, anniversary-<contactId>@rel, detail-<id>@rel,
//   reminder-<id>@rel), so importing a newer export into a calendar updates events in place.
// - DTSTAMP is the injected clock: the same journal and clock give the same bytes.
// - Yearly events repeat with RRULE:FREQ=YEARLY. One on 29 February uses
//   FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1 (28 February in common years, as rel observes it):
//   a plain yearly rule would skip three years in four, and calendars disagree about it.
// - A date without a year (--MM-DD) starts in 2000: a fixed past year keeps the output
//   independent of the clock, and as a leap year it has a 29 February.
// - A detail known only to the month (YYYY-MM) is an all-day event on the 1st, its summary
//   naming the month ("baby due (March 2027)"): a reminder as the month begins.
// - A recurring reminder repeats by its `every`. A monthly one due on the 31st uses
//   BYMONTHDAY=-1, the last day of each month, as rel clamps it. One due on the 29th or 30th
//   keeps a plain monthly rule, which calendars skip in February: the exact rule
//   (BYMONTHDAY=28,29,30;BYSETPOS=-1) is valid RFC 5545 but ical.js, measured, expands it wrongly.
//   The rule follows the series' anchor day, not the day it starts on: a monthly series on the
//   31st due 28 February still uses BYMONTHDAY=-1, one on the 30th names BYMONTHDAY=30, and a
//   yearly one on 29 February due 28 February 2029 the leap-day rule. A monthly series due on a day
//   its anchor does not fit (the 30th due 28 February) starts on its next date, with the due day
//   as an RDATE: calendars disagree about a DTSTART outside its rule, and ical.js leaves it out.
// - A snoozed recurring reminder keeps its series from its own day, with the dates before the
//   snooze day taken out (EXDATE) and the snooze day added (RDATE): the calendar shows it when rel
//   does, and after that where `rel done` on the snooze day puts it.
import { addDays, isValidDate, makeDay, monthName, type Day } from '../domain/calendar.js';
import { tryParseDuration, type Duration } from '../domain/duration.js';
import { nextOccurrence } from '../domain/recurrence.js';

export interface CalendarBirthday {
  contactId: number;
  name: string;
  /** 'YYYY-MM-DD' or '--MM-DD'. */
  birthday: string;
}

export interface CalendarAnniversary {
  contactId: number;
  name: string;
  /** Customer since, 'YYYY-MM-DD'. */
  since: string;
}

export interface CalendarDetail {
  id: number;
  contactName: string;
  text: string;
  /** 'YYYY-MM-DD', 'YYYY-MM' or '--MM-DD' (the last always yearly). */
  date: string;
  yearly: boolean;
}

export interface CalendarReminder {
  id: number;
  contactName: string;
  text: string;
  /** The day it shows: its due day, or the end of its snooze. */
  due: string;
  /** A recurrence such as '1m'. */
  every: string | null;
  /** The day of the month a monthly or yearly series keeps when its due day is not it (Reminder.anchorDay). */
  anchorDay?: number | null;
  /** Its own due day, when a snooze shows it on a later `due`: a series goes on from its own day, not the snooze's. */
  dueOn?: string;
}

/** Each section is read once, in order: the store hands in rows as it reads them. */
export interface CalendarInput {
  birthdays?: Iterable<CalendarBirthday>;
  anniversaries?: Iterable<CalendarAnniversary>;
  details?: Iterable<CalendarDetail>;
  reminders?: Iterable<CalendarReminder>;
}

export const YEARLESS_START_YEAR = 2000;

/** The calendar as text, CRLF line ends; events in input order, birthdays first. */
export function writeIcs(input: CalendarInput, options: { now: Date }): string {
  return [...icsChunks(input, options)].join('');
}

/** The calendar a piece at a time: the header, each event, the end. */
export function* icsChunks(input: CalendarInput, options: { now: Date }): Generator<string> {
  yield lines(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//rel//rel//EN', `NAME:${escapeText(CALENDAR_NAME)}`, `X-WR-CALNAME:${escapeText(CALENDAR_NAME)}`]);
  const stamp = `DTSTAMP:${utcStamp(options.now)}`;
  const event = (uid: string, day: DayParts, summary: string, rule: string | null, description?: string) => allDayEvent({ uid, day, summary, rule, description, stamp });

  for (const b of input.birthdays ?? []) {
    const day = dayParts(b.birthday);
    yield event(`birthday-${b.contactId}@rel`, day, `Birthday: ${b.name}`, yearlyRule(day), day.yearKnown ? `born ${day.year}` : undefined);
  }
  for (const a of input.anniversaries ?? []) {
    const day = dayParts(a.since);
    yield event(`anniversary-${a.contactId}@rel`, day, `Customer anniversary: ${a.name}`, yearlyRule(day), `customer since ${a.since}`);
  }
  for (const d of input.details ?? []) {
    const day = dayParts(d.date);
    const month = day.monthOnly ? ` (${monthName(day.month)}${d.yearly ? '' : ` ${day.year}`})` : '';
    yield event(`detail-${d.id}@rel`, day, `${d.contactName}: ${d.text}${month}`, d.yearly || !day.yearKnown ? yearlyRule(day) : null);
  }
  for (const r of input.reminders ?? []) {
    const every = r.every ? tryParseDuration(r.every) : undefined;
    const summary = `Follow up with ${r.contactName}: ${r.text}`;
    if (every && r.dueOn !== undefined && r.dueOn !== r.due) {
      // A snoozed series stands on its own day (its DTSTART and UID unchanged by the snooze).
      const own = dayParts(r.dueOn);
      const moved = snoozedSeriesLines(r.dueOn, r.due, every, r.anchorDay);
      yield allDayEvent({ uid: `reminder-${r.id}@rel`, day: own, summary, rule: recurrenceRule(every, own, r.anchorDay ?? own.day), description: undefined, stamp, extra: moved });
      continue;
    }
    const day = dayParts(r.due);
    const shortened = every ? shortenedStart(r.due, every, r.anchorDay) : undefined;
    if (every && shortened) {
      // Due on a day a short month shortened: the series starts on the first date its rule gives, and this day is added.
      if (shortened.start === undefined) yield event(`reminder-${r.id}@rel`, day, summary, null);
      else {
        const start = dayParts(shortened.start);
        const rdate = `RDATE;VALUE=DATE:${compactDay(r.due)}`;
        yield allDayEvent({ uid: `reminder-${r.id}@rel`, day: start, summary, rule: recurrenceRule(every, start, shortened.anchor), description: undefined, stamp, extra: [rdate] });
      }
      continue;
    }
    yield event(`reminder-${r.id}@rel`, day, summary, every ? recurrenceRule(every, day, r.anchorDay ?? day.day) : null);
  }
  yield lines(['END:VCALENDAR']);
}

const CALENDAR_NAME = 'rel: dates';

interface DayParts {
  year: number;
  month: number;
  day: number;
  yearKnown: boolean;
  monthOnly: boolean;
}

/** A stored date as the day its first event falls on. */
function dayParts(stored: string): DayParts {
  let m = /^--(\d{2})-(\d{2})$/.exec(stored);
  if (m) return { year: YEARLESS_START_YEAR, month: Number(m[1]), day: Number(m[2]), yearKnown: false, monthOnly: false };
  m = /^(\d{4})-(\d{2})$/.exec(stored);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: 1, yearKnown: true, monthOnly: true };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(stored);
  if (!m || !isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) throw new Error(`not a stored date: ${stored}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), yearKnown: true, monthOnly: false };
}

function yearlyRule(day: DayParts, interval = 1): string {
  const every = interval > 1 ? `;INTERVAL=${interval}` : '';
  if (day.month === 2 && day.day === 29) return `RRULE:FREQ=YEARLY${every};BYMONTH=2;BYMONTHDAY=-1`;
  return `RRULE:FREQ=YEARLY${every}`;
}

/**
 * The rule of a series that starts on `day` and keeps `anchor` as its day of the month: the 31st is
 * every month's last day, 29 February the last day of February; a day a short month shortened (the
 * 30th, shown on 28 February) is named, and RFC 5545 skips the months that lack it.
 */
function recurrenceRule(every: Duration, day: DayParts, anchor: number): string {
  const interval = every.count > 1 ? `;INTERVAL=${every.count}` : '';
  switch (every.unit) {
    case 'd':
      return `RRULE:FREQ=DAILY${interval}`;
    case 'w':
      return `RRULE:FREQ=WEEKLY${interval}`;
    case 'm':
      if (anchor === 31) return `RRULE:FREQ=MONTHLY${interval};BYMONTHDAY=-1`;
      return anchor === day.day ? `RRULE:FREQ=MONTHLY${interval}` : `RRULE:FREQ=MONTHLY${interval};BYMONTHDAY=${anchor}`;
    case 'y':
      return yearlyRule({ ...day, day: anchor }, every.count);
  }
}

/**
 * Where a monthly series due on a day a short month shortened (the 30th, due on 28 February) starts
 * in the calendar; undefined for any other series. Its rule names the anchor day, which that due
 * day is not, and RFC 5545 leaves a DTSTART outside its rule undefined (ical.js starts on the
 * rule's first day, leaving out the day rel says is due). So the event starts on the series' next
 * date, which the rule gives, and the due day is an RDATE. A series every 12, 24… months stays in
 * February and fits its rule on no date (start undefined): it is then the due day alone, as
 * calendars would skip its later Februaries anyway. The 31st (BYMONTHDAY=-1) and yearly series
 * (the leap-day rule) fit their rules on every date.
 */
function shortenedStart(due: Day, every: Duration, anchorDay: number | null | undefined): { start: Day | undefined; anchor: number } | undefined {
  const anchor = anchorDay ?? undefined;
  if (every.unit !== 'm' || anchor === undefined || anchor === 31 || dayParts(due).day === anchor) return undefined;
  const next = nextOccurrence(due, every, due, anchor);
  return { start: next !== undefined && dayParts(next).day === anchor ? next : undefined, anchor };
}

/**
 * The EXDATE and RDATE of a series on `dueOn` snoozed to `snoozedTo`: rel shows it on no day before
 * the snooze day, and `rel done` that day moves it to the series' first date after it
 * (nextOccurrence), so every date of the series from its own day to before the snooze day is taken
 * out, and the snooze day put in unless the series falls on it anyway (an EXDATE would also take
 * out an RDATE of the same day). Where the rule skips a day rel keeps (the 30th in February), that
 * EXDATE names a day the rule does not give, which calendars ignore.
 */
function snoozedSeriesLines(dueOn: Day, snoozedTo: Day, every: Duration, anchorDay: number | null | undefined): string[] {
  const skipped: string[] = [];
  let day: Day | undefined = dueOn;
  for (; day !== undefined && day < snoozedTo; day = nextOccurrence(dueOn, every, day, anchorDay)) skipped.push(compactDay(day));
  const exdate = `EXDATE;VALUE=DATE:${skipped.join(',')}`;
  return day === snoozedTo ? [exdate] : [exdate, `RDATE;VALUE=DATE:${compactDay(snoozedTo)}`];
}

interface AllDayEvent {
  uid: string;
  day: DayParts;
  summary: string;
  rule: string | null;
  description: string | undefined;
  /** The DTSTAMP line. */
  stamp: string;
  /** Lines after the rule (a snoozed series' EXDATE and RDATE). */
  extra?: string[];
}

function allDayEvent(event: AllDayEvent): string {
  const start = makeDay(event.day.year, event.day.month, event.day.day);
  return lines([
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    'SEQUENCE:0',
    event.stamp,
    `DTSTART;VALUE=DATE:${compactDay(start)}`,
    `DTEND;VALUE=DATE:${compactDay(addDays(start, 1))}`,
    // What Outlook and Windows Live need to show an all-day event as one.
    'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
    'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE',
    ...(event.rule ? [event.rule] : []),
    ...(event.extra ?? []),
    `SUMMARY:${escapeText(event.summary)}`,
    'TRANSP:TRANSPARENT', // a birthday does not make you busy
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    'END:VEVENT',
  ]);
}

/** '2027-03-01' → '20270301'. */
const compactDay = (day: string): string => day.replaceAll('-', '');

/** An instant as UTC, '20261201T100000Z'. */
function utcStamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Content lines, each folded and ended with CRLF. */
function lines(contentLines: readonly string[]): string {
  return contentLines.map((line) => `${fold(line)}\r\n`).join('');
}

const utf8 = new TextEncoder();

/**
 * Folds a line longer than 75 octets (RFC 5545 §3.1): a CRLF and a space before the character that
 * would pass 74 octets, never inside a character (a surrogate pair counts as one).
 */
function fold(line: string): string {
  if (line.length <= 74 && !/[^ -~]/.test(line)) return line; // printable ASCII within the limit: nothing to count
  let folded = '';
  let octets = 0;
  for (const character of line) {
    const size = character.length === 1 && character.charCodeAt(0) < 0x80 ? 1 : utf8.encode(character).length;
    octets += size;
    if (octets > 74) {
      folded += '\r\n ';
      octets = size;
    }
    folded += character;
  }
  return folded;
}
