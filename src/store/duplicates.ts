// The people rel duplicates compares: every person (archived ones too: an old archived record is
// as much a double as an active one) with the names, emails and phones that tell them apart, in
// four set queries, never one per person; and the pairs of people a relation links, in one more.
import type { DuplicateCandidate } from '../domain/duplicates.js';
import type { Journal } from './journal.js';

function grouped(j: Journal, sql: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const [id, value] of j.rawStmt<[], [number, string]>(sql).iterate()) {
    const list = out.get(id);
    if (list) list.push(value);
    else out.set(id, [value]);
  }
  return out;
}

/** Everyone, with what tells them apart, and whether they are archived (for the listing's mark). */
export function duplicateCandidates(j: Journal): Array<DuplicateCandidate & { archived: boolean }> {
  const emails = grouped(j, 'SELECT contact_id, email FROM contact_emails ORDER BY contact_id, position');
  const phones = grouped(j, 'SELECT contact_id, phone FROM contact_phones ORDER BY contact_id, position');
  const aliases = grouped(j, 'SELECT contact_id, alias FROM contact_aliases ORDER BY contact_id, alias');
  const none: string[] = [];
  return j
    .rawStmt<[], [number, string, number]>('SELECT id, name, archived FROM contacts ORDER BY id')
    .all()
    .map(([id, name, archived]) => ({ id, name, archived: archived === 1, emails: emails.get(id) ?? none, phones: phones.get(id) ?? none, aliases: aliases.get(id) ?? none }));
}

/** Every two people a relation links (whatever its kind or direction): two people by the user's word. */
export function relatedPairs(j: Journal): Array<[number, number]> {
  return j.rawStmt<[], [number, number]>('SELECT contact_id, other_id FROM relations WHERE other_id IS NOT NULL').all();
}
