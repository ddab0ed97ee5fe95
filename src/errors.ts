// Typed errors thrown anywhere; src/main.ts alone turns them into `rel: ...` and an exit code.
import type { WholeName } from './domain/names.js';

export const ExitCode = { ok: 0, failure: 1, usage: 2 } as const;

export class RelError extends Error {
  readonly exitCode: number = ExitCode.failure;
}

/** A mistake in how rel was called: a missing flag, a bad option value. Exit 2. */
export class UsageError extends RelError {
  override readonly exitCode: number = ExitCode.usage;
}

/** `--every 1m --no-every`, `--tag vip --untag vip`: which of the two is meant is not rel's to guess. Exit 2. */
export const oppositeFlags = (one: string, other: string): UsageError => new UsageError(`${one} and ${other} say opposite things: give one of them`);

export class NotFoundError extends RelError {}

/**
 * A value that does not parse: a date, a duration, a setting. Where it came from decides the exit
 * code: read back from the journal or a file it is exit 1; typed on the command line, src/flags.ts
 * turns it into a UsageError (exit 2).
 */
export class ValueError extends RelError {}

export interface Candidate {
  id: number;
  name: string;
}

export function describeCandidates(candidates: Candidate[], max = 6): string {
  const shown = candidates.slice(0, max).map((c) => `${c.name} (#${c.id})`);
  if (candidates.length > max) shown.push(`${candidates.length - max} more`);
  return shown.join(', ');
}

/**
 * How to tell apart the people a query names: when it is the whole of each one's name as written
 * ('same'), only by the #id; when their names are written otherwise ('spelled'), by the #id or the
 * name as written; otherwise more of the name may do.
 */
const TELL_APART = { same: 'use the #id', spelled: 'use the #id or the name exactly as written', part: 'use the #id or more of the name' } as const;

export class AmbiguousNameError extends RelError {
  constructor(
    readonly query: string,
    readonly candidates: Candidate[],
    whole?: WholeName,
  ) {
    super(`"${query}" matches ${candidates.length} people: ${describeCandidates(candidates)}; ${TELL_APART[whole ?? 'part']}`);
  }
}
