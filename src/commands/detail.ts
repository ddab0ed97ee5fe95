// rel detail edit ID / rm ID: correct a remembered detail (its text, its date, whether it comes
// back every year, whom it is about), or delete it. `rel forget ID` stays the short way to delete one.
import type { Context } from '../context.js';
import type { Detail } from '../domain/records.js';
import { NotFoundError, RelError, UsageError } from '../errors.js';
import { parseId, storedDateFlag, textFlag } from '../flags.js';
import { deleteDetail, getDetail, updateDetail } from '../store/details.js';
import type { Journal } from '../store/journal.js';
import { describeDetailDate } from '../ui/storedDates.js';
import { changedFields, movedTo, nothingChanged } from './correcting.js';
import { detailChange, movedRecordChange } from '../domain/undoHistory.js';
import { personNamed, sayIfArchived } from './personNamed.js';
import { commandWord } from '../ui/style.js';

export interface DetailEditOptions {
  text?: string;
  on?: string;
  yearly?: boolean;
  /** false for --no-date. */
  date?: boolean;
  /** The person it is about, instead of whom it says now. */
  person?: string;
}

const MONTH_ONLY = /^\d{4}-\d{2}$/;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

function requireDetail(j: Journal, rawId: string): Detail {
  const id = parseId(rawId, 'detail', 'rel show NAME');
  const detail = getDetail(j, id);
  if (!detail) throw new NotFoundError(`no detail #${id}; see rel show NAME for ids`);
  return detail;
}

export async function detailEdit(rawId: string, opts: DetailEditOptions, ctx: Context): Promise<void> {
  parseId(rawId, 'detail', 'rel show NAME');
  const clearDate = opts.date === false;
  if (opts.text === undefined && opts.on === undefined && opts.yearly === undefined && opts.person === undefined && !clearDate) {
    throw new UsageError(`nothing to change; give at least one flag, e.g. rel detail edit ${rawId} --text "..." (see rel detail edit --help)`);
  }
  if (clearDate && opts.on !== undefined) throw new UsageError('--on and --no-date contradict each other; give one');
  if (clearDate && opts.yearly === true) throw new UsageError('--yearly needs a date; it cannot go with --no-date');
  const text = opts.text === undefined ? undefined : textFlag(opts.text, '--text');
  const typed = opts.on === undefined ? undefined : await storedDateFlag(ctx, opts.on, '--on', opts.yearly ? ['yearless'] : ['month', 'yearless'], 'future');
  const j = ctx.journal();
  const before = requireDetail(j, rawId);
  const person = opts.person === undefined ? undefined : await personNamed(ctx, opts.person, { addFirst: true });
  const date = clearDate ? null : typed ?? before.date;
  // Kept yearly when only the day moves; an MM-DD date is yearly by its nature.
  const yearly = clearDate ? false : opts.yearly ?? ((date?.startsWith('--') ?? false) || (before.yearly && date !== null && FULL_DAY.test(date)));
  // Only a date given with the flag's opposite is a command line wrong in itself (exit 2); a
  // refusal because of the date the detail has, which the command line cannot know, exits 1.
  if (yearly && date === null) throw new RelError(`--yearly needs a date: detail #${before.id} has none; add --on MM-DD`);
  if (yearly && MONTH_ONLY.test(date ?? '')) throw new RelError(`--yearly needs a day: detail #${before.id} has only a month (${date}); add --on MM-DD`);
  if (!yearly && date?.startsWith('--')) {
    const oneOff = 'for a one-off date give --on YYYY-MM-DD with --no-yearly';
    if (typed !== undefined) throw new UsageError(`a date without a year comes back every year; ${oneOff}`);
    throw new RelError(`detail #${before.id} is dated ${date.slice(2)} without a year, which comes back every year; ${oneOff}`);
  }
  const after = { text: text ?? before.text, date, yearly };
  const moved = movedTo(before, person);
  const fields = changedFields(before, after, { text: 'text', date: 'date', yearly: 'yearly' });
  const changed = [...(moved ? [`moved from ${before.contactName}`] : []), ...fields];
  if (changed.length === 0) nothingChanged(`detail #${before.id}`);
  await j.readyToWrite();
  const description = moved ? movedRecordChange('detail', before, moved, fields.length > 0 ? ` (${fields.join(', ')})` : '') : detailChange('edit', before, ` (${changed.join(', ')})`);
  j.write(() => updateDetail(j, before.id, { contactId: (moved ?? { id: before.contactId }).id, ...after }), description);
  const when = date ? ` (${describeDetailDate(date, yearly)})` : '';
  ctx.out.write(`updated detail #${before.id} about ${moved?.name ?? before.contactName}: ${after.text}${when} (${changed.join(', ')})\n`);
  if (moved && date !== null) sayIfArchived(ctx, moved, `the date is hidden from rel today and rel export dates (rel show ${commandWord(moved.name)} lists it)`);
}

export async function detailRm(rawId: string, ctx: Context): Promise<void> {
  const j = ctx.journal();
  const detail = requireDetail(j, rawId);
  await j.readyToWrite();
  j.write(() => deleteDetail(j, detail.id), detailChange('delete', detail));
  ctx.out.write(`deleted detail #${detail.id} about ${detail.contactName}: ${detail.text}\n`);
}
