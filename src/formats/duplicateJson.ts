// The JSON of a likely double (schemas/duplicate.schema.json), beside json.ts's builders: a pair of
// person references, the reasons strongest first, and the strength the listing is ordered by.
import type { DuplicatePair } from '../domain/duplicates.js';
import { personRef } from './json.js';

export function duplicateJson(pair: DuplicatePair) {
  return {
    people: pair.people.map((p) => personRef(p.id, p.name)),
    reasons: pair.reasons.map((r) => ({ kind: r.kind, text: r.text })),
    strength: pair.strength,
  };
}
