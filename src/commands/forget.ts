// rel forget ID: delete a remembered detail.
import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { parseId } from '../flags.js';
import { deleteDetail, getDetail } from '../store/details.js';
import { detailChange } from '../domain/undoHistory.js';

export async function forget(rawId: string, ctx: Context): Promise<void> {
  const id = parseId(rawId, 'detail', 'rel show NAME');
  const j = ctx.journal();
  const detail = getDetail(j, id);
  if (!detail) throw new NotFoundError(`no detail #${id}; rel show NAME lists a person's details with their ids`);
  await j.readyToWrite();
  j.write(() => deleteDetail(j, id), detailChange('forget', detail));
  ctx.out.write(`forgot about ${detail.contactName}: ${detail.text}\n`);
}
