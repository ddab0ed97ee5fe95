// rel remember NAME TEXT: a detail worth knowing next time ("loves golf", "baby due 2027-03").
import type { Context } from '../context.js';
import { commandWord } from '../ui/style.js';
import { contactBeforeText } from './nameThenText.js';
import { sayIfArchived } from './personNamed.js';
import { storedDateFlag, textFlag } from '../flags.js';
import { insertDetail } from '../store/details.js';
import { isoInstant } from '../store/journal.js';
import { UsageError } from '../errors.js';
import { describeDetailDate } from '../ui/storedDates.js';
import { detailChange } from '../domain/undoHistory.js';

export interface RememberOptions {
  on?: string;
  yearly?: boolean;
}

export async function remember(query: string, words: readonly string[], opts: RememberOptions, ctx: Context): Promise<void> {
  const text = textFlag(words.join(' '), 'TEXT');
  if (opts.yearly && opts.on === undefined) throw new UsageError('--yearly needs a date: add --on MM-DD (or YYYY-MM-DD)');
  const date = opts.on === undefined ? null : await storedDateFlag(ctx, opts.on, '--on', opts.yearly ? ['yearless'] : ['month', 'yearless'], 'future');
  if (opts.yearly && date && /^\d{4}-\d{2}$/.test(date)) throw new UsageError('--yearly needs a day, not only a month: --on MM-DD');
  // A yearly date given with its year keeps it, to count the years ("11 years since the wedding").
  const yearly = opts.yearly === true || (date?.startsWith('--') ?? false);
  const j = ctx.journal();
  const contact = await contactBeforeText(ctx, 'remember', query, words, `${opts.on === undefined ? '' : ` --on "${opts.on}"`}${opts.yearly ? ' --yearly' : ''}`);
  await j.readyToWrite();
  const when = date ? ` (${describeDetailDate(date, yearly)})` : '';
  const id = j.write(() => {
    const added = insertDetail(j, { contactId: contact.id, text, date, yearly }, isoInstant(ctx.now));
    j.describe(detailChange('remember', { id: added, contactId: contact.id, contactName: contact.name, text }, when));
    return added;
  });
  ctx.out.write(`remembered about ${contact.name}: ${text}${when} [detail ${id}]\n`);
  if (date !== null) sayIfArchived(ctx, contact, `the date is hidden from rel today and rel export dates (rel show ${commandWord(contact.name)} lists it)`);
}
