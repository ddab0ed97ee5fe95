// rel __complete names [PREFIX]: contact names for shell completion, one a line; `relatives --of
// NAME [PREFIX]`: the names of that person's relatives (rel unrelate NAME --to). Hidden; called on
// every Tab, so names is one indexed query; neither loads colour or prompt code, nor creates a
// journal that does not exist yet.
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { namesStartingWith } from '../store/namePrefix.js';
import type { Journal } from '../store/journal.js';

/** Enough to choose from; type more of the name to narrow it down. */
export const MAX_NAMES = 200;

export interface CompleteOptions {
  /** relatives: whose. */
  of?: string;
}

export async function complete(what: string, prefix: string | undefined, opts: CompleteOptions, ctx: Context): Promise<void> {
  if (what !== 'names' && what !== 'relatives') throw new UsageError(`rel __complete knows "names" and "relatives", not "${what}"`);
  if (!existsSync(ctx.journalPath)) return;
  const j = ctx.journal();
  const names = what === 'names' ? namesStartingWith(j, prefix ?? '', MAX_NAMES) : await relativeNames(j, opts.of ?? '', prefix ?? '');
  if (names.length > 0) ctx.out.write(`${names.join('\n')}\n`);
}

/** The relatives of the one person `of` names (none for nobody or several), also those kept only as a name, whose names start with the prefix. */
async function relativeNames(j: Journal, of: string, prefix: string): Promise<string[]> {
  // Loaded here: every Tab after a name asks for names, which needs none of it.
  const [{ normalizeName }, { relativesOf }, { findContact }, { relationsOf }] = await Promise.all([
    import('../domain/names.js'),
    import('../domain/relations.js'),
    import('../store/lookup.js'),
    import('../store/relations.js'),
  ]);
  const match = findContact(j, of);
  if (match.status !== 'found') return [];
  const start = normalizeName(prefix);
  const names = relativesOf(match.contact.id, relationsOf(j, match.contact.id)).map((r) => r.person.name);
  return [...new Set(names)].filter((name) => normalizeName(name).startsWith(start));
}
