// The date forms a field accepts, as its refusal lists them (SPEC §3: a date error lists only the
// forms that field accepts). The parser is dateInput.ts; the forms follow its options.
import type { DateInputOptions } from './dateInput.js';

/** Every form rel reads, some only in some fields; an error names the field's own (dateForms). */
export const DATE_FORMS =
  'YYYY-MM-DD, MM-DD (yearly dates), YYYY-MM (month only), today, tomorrow, yesterday, a weekday, or a phrase such as "in 2 weeks", "next friday", "last tuesday"';

/**
 * The forms one field accepts, for its error message. A plain day field also reads MM-DD as the
 * nearest such day, a shortcut it does not advertise (MM-DD means a yearly date, SPEC §3) except
 * where it is a common way to say the day (listsMonthDay: "--since 05-10").
 */
export function dateForms(opts: Pick<DateInputOptions, 'allow' | 'prefer' | 'phrases' | 'monthAsFirstDay' | 'listsMonthDay' | 'afterToday'>): string {
  const allow = opts.allow ?? [];
  const forms = ['YYYY-MM-DD'];
  if (allow.includes('yearless')) forms.push('MM-DD (every year)');
  if (allow.includes('month')) forms.push('YYYY-MM (month only)');
  else if (opts.monthAsFirstDay) forms.push('YYYY-MM (its first day)');
  if (opts.listsMonthDay && !allow.includes('yearless')) forms.push(`MM-DD (the ${opts.prefer === 'past' ? 'last' : 'next'} one)`);
  if (opts.phrases === false) return forms.length === 1 ? forms[0]! : `${forms.slice(0, -1).join(', ')} or ${forms.at(-1)}`;
  const later = opts.afterToday === true; // the end of a snooze or a pause: never today, nor a day back
  const words = opts.prefer === 'past' && !later ? 'today, yesterday, a weekday, or a phrase such as "last tuesday", "2 weeks ago"' : `${later ? '' : 'today, '}tomorrow, a weekday, or a phrase such as "in 2 weeks", "next friday"`;
  return `${forms.join(', ')}, ${words}`;
}
