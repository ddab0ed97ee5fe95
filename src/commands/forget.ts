// rel forget ID: delete a remembered detail.
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';
import { NotFoundError, UsageError } from '../errors.js';
import { parseId } from '../flags.js';
import { deleteDetail, getDetail } from '../store/details.js';
import { findContact } from '../store/lookup.js';
import { detailChange } from '../domain/undoHistory.js';
import { commandWord } from '../ui/style.js';

export async function forget(rawId: string, ctx: Context): Promise<void> {
  const id = detailId(rawId, ctx);
  const j = ctx.journal();
  const detail = getDetail(j, id);
  if (!detail) throw new NotFoundError(`no detail #${id}; rel show NAME lists a person's details with their ids`);
  await j.readyToWrite();
  j.write(() => deleteDetail(j, id), detailChange('forget', detail));
  ctx.out.write(`forgot about ${detail.contactName}: ${detail.text}\n`);
}

/**
 * The detail id; `rel forget tom`, meant as "forget this person", also says how a person is
 * deleted or erased when the word names one (in a journal there already: a refusal creates none).
 */
function detailId(rawId: string, ctx: Context): number {
  try {
    return parseId(rawId, 'detail', 'rel show NAME');
  } catch (error) {
    if (!(error instanceof UsageError) || !existsSync(ctx.journalPath)) throw error;
    const match = findContact(ctx.journal(), rawId);
    if (match.status !== 'found') throw error;
    const name = commandWord(match.contact.name);
    throw new UsageError(`${error.message}; to forget a person: rel rm ${name} (rel undo brings them back), or rel rm ${name} --purge to erase every trace for good`);
  }
}
