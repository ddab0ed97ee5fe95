// A date error lists only the forms its field accepts (SPEC §3, §6).
import { describe, expect, it } from 'vitest';
import { dateForms, parseDateInput, parseDay } from '../../src/domain/dateInput.js';

const TODAY = '2026-11-23';

describe('dateForms', () => {
  it('a plain day field: a day or a phrase, no MM-DD or YYYY-MM', () => {
    const forms = dateForms({ prefer: 'past' });
    expect(forms).toBe('YYYY-MM-DD, today, yesterday, a weekday, or a phrase such as "last tuesday", "2 weeks ago"');
    expect(dateForms({ prefer: 'future' })).toBe('YYYY-MM-DD, today, tomorrow, a weekday, or a phrase such as "in 2 weeks", "next friday"');
  });

  it('a birthday: YYYY-MM-DD or MM-DD only', () => {
    expect(dateForms({ prefer: 'past', allow: ['yearless'], phrases: false })).toBe('YYYY-MM-DD or MM-DD (every year)');
  });

  it('a remembered detail: YYYY-MM too', () => {
    expect(dateForms({ prefer: 'future', allow: ['month', 'yearless'] })).toMatch(/^YYYY-MM-DD, MM-DD \(every year\), YYYY-MM \(month only\), today, tomorrow/);
  });

  it('a follow-up: YYYY-MM too, as its first day', () => {
    expect(dateForms({ prefer: 'future', monthAsFirstDay: true })).toBe('YYYY-MM-DD, YYYY-MM (its first day), today, tomorrow, a weekday, or a phrase such as "in 2 weeks", "next friday"');
  });

  it('the end of a snooze or a pause: a day after today, so not today', async () => {
    const later = { prefer: 'future' as const, monthAsFirstDay: true, afterToday: true };
    expect(dateForms(later)).toBe('YYYY-MM-DD, YYYY-MM (its first day), tomorrow, a weekday, or a phrase such as "in 2 weeks", "next friday"');
    await expect(parseDay('someday', { ...later, today: TODAY, label: '--until' })).rejects.toThrow(`--until: "someday" is not a date; use ${dateForms(later)}`);
  });

  it('a --since: every form it reads, MM-DD (the nearest such day back) among them', () => {
    expect(dateForms({ prefer: 'past', monthAsFirstDay: true, listsMonthDay: true })).toBe(
      'YYYY-MM-DD, YYYY-MM (its first day), MM-DD (the last one), today, yesterday, a weekday, or a phrase such as "last tuesday", "2 weeks ago"',
    );
  });

  it('is what the errors say', async () => {
    await expect(parseDay('soon', { today: TODAY, prefer: 'past', label: '--on' })).rejects.toThrow(`--on: "soon" is not a date; use ${dateForms({ prefer: 'past' })}`);
    await expect(parseDay('2026-11', { today: TODAY, prefer: 'past', label: '--on' })).rejects.toThrow(/gives only a month; this needs the day; use YYYY-MM-DD, today/);
  });

  it('a field without phrases refuses them', async () => {
    const birthday = { today: TODAY, prefer: 'past' as const, allow: ['yearless' as const], phrases: false, label: '--birthday' };
    await expect(parseDateInput('next friday', birthday)).rejects.toThrow('--birthday: "next friday" is not a date; use YYYY-MM-DD or MM-DD (every year)');
    expect(await parseDateInput('03-14', birthday)).toEqual({ kind: 'yearless', monthDay: '03-14' });
    expect(await parseDateInput('1980-03-14', birthday)).toEqual({ kind: 'day', day: '1980-03-14' });
  });
});
