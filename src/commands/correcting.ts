// What the correcting commands share: which fields an edit really changes, and the refusal of an
// edit that changes nothing (SPEC §3: "updated" is said only when something was).
import { RelError } from '../errors.js';

/** The names of the fields in `changes` whose value differs from `before`'s, in `names`' order. */
export function changedFields<T extends object>(before: T, changes: Partial<T>, names: Partial<Record<keyof T, string>>): string[] {
  return (Object.keys(names) as Array<keyof T>).filter((key) => changes[key] !== undefined && changes[key] !== before[key]).map((key) => names[key] ?? String(key));
}

/** An edit that would leave the record as it is: exit 1, nothing written. */
export function nothingChanged(what: string): never {
  throw new RelError(`${what} is already like that; nothing changed`);
}
