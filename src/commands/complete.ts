// rel __complete names [PREFIX]: contact names for shell completion, one a line. Hidden; called
// on every Tab, so it does one indexed query, loads no colour or prompt code, and never creates a
// journal that does not exist yet.
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { namesStartingWith } from '../store/contacts.js';

/** Enough to choose from; type more of the name to narrow it down. */
export const MAX_NAMES = 200;

export async function complete(what: string, prefix: string | undefined, ctx: Context): Promise<void> {
  if (what !== 'names') throw new UsageError(`rel __complete knows "names", not "${what}"`);
  if (!existsSync(ctx.journalPath)) return;
  const names = namesStartingWith(ctx.journal(), prefix ?? '', MAX_NAMES);
  if (names.length > 0) ctx.out.write(`${names.join('\n')}\n`);
}
