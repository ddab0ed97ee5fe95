import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { writeIcs, type CalendarInput } from '../../../src/formats/ics.js';

const now = new Date('2025-01-02T03:04:05Z');

const input: CalendarInput = {
  birthdays: [
    { contactId: 1, name: 'Jane Doe', birthday: '1984-02-29' },
    { contactId: 2, name: 'Ana Souza', birthday: '--03-15' },
  ],
  anniversaries: [{ contactId: 1, name: 'Jane Doe', since: '2019-06-01' }],
  details: [
    { id: 5, contactName: 'Jane Doe', text: 'baby due', date: '2027-03', yearly: false },
    { id: 6, contactName: 'Ana Souza', text: 'wedding anniversary', date: '2012-09-08', yearly: true },
    { id: 7, contactName: 'Ana Souza', text: 'name day', date: '--07-26', yearly: false },
  ],
  reminders: [
    { id: 9, contactName: 'Jane Doe', text: 'send the catalog; call back', due: '2025-01-31', every: '1m' },
    { id: 10, contactName: 'Ana Souza', text: 'invoice', due: '2025-01-10', every: null },
  ],
};

function events(text: string): Map<string, ICAL.Event> {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  expect(calendar.name).toBe('vcalendar');
  return new Map(calendar.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), new ICAL.Event(v)]));
}

function occurrences(event: ICAL.Event, count: number): string[] {
  const iterator = event.iterator();
  const days: string[] = [];
  for (let next = iterator.next(); next && days.length < count; next = iterator.next()) days.push(next.toString());
  return days;
}

describe('writeIcs', () => {
  const text = writeIcs(input, { now });
  const parsed = events(text);

  it('is a valid VCALENDAR with stable UIDs, read back by ical.js', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect([...parsed.keys()]).toEqual([
      'birthday-1@rel',
      'birthday-2@rel',
      'anniversary-1@rel',
      'detail-5@rel',
      'detail-6@rel',
      'detail-7@rel',
      'reminder-9@rel',
      'reminder-10@rel',
    ]);
  });

  it('makes all-day events with summaries', () => {
    const birthday = parsed.get('birthday-1@rel')!;
    expect(birthday.startDate.isDate).toBe(true);
    expect(birthday.startDate.toString()).toBe('1984-02-29');
    expect(birthday.summary).toBe('Birthday: Jane Doe');
    expect(parsed.get('reminder-9@rel')!.summary).toBe('Follow up with Jane Doe: send the catalog; call back');
  });

  it('repeats a 29 February birthday on 28 February in common years', () => {
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1\r\n');
    expect(occurrences(parsed.get('birthday-1@rel')!, 5)).toEqual(['1984-02-29', '1985-02-28', '1986-02-28', '1987-02-28', '1988-02-29']);
  });

  it('starts a birthday without a year in 2000, yearly', () => {
    expect(occurrences(parsed.get('birthday-2@rel')!, 2)).toEqual(['2000-03-15', '2001-03-15']);
    expect(occurrences(parsed.get('detail-7@rel')!, 2)).toEqual(['2000-07-26', '2001-07-26']);
  });

  it('repeats anniversaries and yearly details, not one-off details', () => {
    expect(occurrences(parsed.get('anniversary-1@rel')!, 2)).toEqual(['2019-06-01', '2020-06-01']);
    expect(occurrences(parsed.get('detail-6@rel')!, 2)).toEqual(['2012-09-08', '2013-09-08']);
    expect(parsed.get('detail-5@rel')!.isRecurring()).toBe(false);
    expect(parsed.get('reminder-10@rel')!.isRecurring()).toBe(false);
  });

  it('puts a month-only detail on the 1st, naming the month', () => {
    const detail = parsed.get('detail-5@rel')!;
    expect(detail.startDate.toString()).toBe('2027-03-01');
    expect(detail.summary).toBe('Jane Doe: baby due (March 2027)');
  });

  it('keeps a monthly reminder due on the 31st at the end of shorter months', () => {
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=-1\r\n');
    expect(occurrences(parsed.get('reminder-9@rel')!, 4)).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30']);
  });

  it('repeats reminders by their every', () => {
    const rules = (every: string, due = '2025-01-10') =>
      writeIcs({ reminders: [{ id: 1, contactName: 'X', text: 't', due, every }] }, { now }).match(/RRULE:[^\r]*/)?.[0];
    expect(rules('10d')).toBe('RRULE:FREQ=DAILY;INTERVAL=10');
    expect(rules('2w')).toBe('RRULE:FREQ=WEEKLY;INTERVAL=2');
    expect(rules('3m')).toBe('RRULE:FREQ=MONTHLY;INTERVAL=3');
    expect(rules('1y', '2024-02-29')).toBe('RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1');
  });

  it('repeats a reminder on a shortened day by its anchor day, not by the day it shows on', () => {
    const anchored = (every: string, due: string, anchorDay: number) =>
      events(writeIcs({ reminders: [{ id: 1, contactName: 'X', text: 't', due, every, anchorDay }] }, { now })).get('reminder-1@rel')!;
    expect(occurrences(anchored('1m', '2025-02-28', 31), 4)).toEqual(['2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31']);
    // The rule names the 30th: the event starts on its next date, and the 28th it is due on is an RDATE.
    expect(occurrences(anchored('1m', '2025-02-28', 30), 3)).toEqual(['2025-02-28', '2025-03-30', '2025-04-30']);
    expect(occurrences(anchored('3m', '2025-02-28', 30), 3)).toEqual(['2025-02-28', '2025-05-30', '2025-08-30']);
    expect(occurrences(anchored('1m', '2024-02-29', 30), 2)).toEqual(['2024-02-29', '2024-03-30']);
    // Every 12 months from February, no date fits the 30th: the day it is due, alone.
    expect(occurrences(anchored('12m', '2025-02-28', 30), 3)).toEqual(['2025-02-28']);
    expect(occurrences(anchored('1y', '2025-02-28', 29), 4)).toEqual(['2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']);
  });

  it('stamps events with the injected clock, so the output is deterministic', () => {
    expect(text).toContain('DTSTAMP:20250102T030405Z\r\n');
    expect(writeIcs(input, { now })).toBe(text);
    expect(writeIcs({}, { now })).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });

  describe('in any time zone', () => {
    const original = process.env['TZ'];
    afterEach(() => {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    });

    it.each(['Pacific/Kiritimati', 'America/Adak', 'Europe/Berlin'])('gives the same days in %s', (zone) => {
      process.env['TZ'] = zone;
      expect(writeIcs(input, { now })).toBe(text);
    });
  });
});
