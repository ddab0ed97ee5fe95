// rel doctor's check of the names the journal holds against what the command line takes (one
// line, at most 200 characters, never an id): an older rel let an import keep such a name.
import { idProblem, nameProblem } from '../domain/nameText.js';
import { ok, problem, type Check } from './checks.js';
import type { Db } from './open.js';

/** How many of the names a command would refuse are named in the check's line. */
const SHOWN = 3;

/**
 * The names no command would take, each with its contact's id: rel show "12" is #12, not the person
 * called 12. Not a number the person has: an import names someone known by nothing else by it, and
 * rel show finds them by it.
 */
export function checkNameText(db: Db): Check {
  const refused: string[] = [];
  let names = 0;
  const rows = db.prepare<[], { id: number; name: string; isPhone: 0 | 1 }>(
    'SELECT id, name, EXISTS (SELECT 1 FROM contact_phones p WHERE p.contact_id = c.id AND p.phone = c.name) AS isPhone FROM contacts c ORDER BY id',
  );
  for (const { id, name, isPhone } of rows.iterate()) {
    names++;
    const why = nameProblem(name) ?? (isPhone ? undefined : idProblem(name));
    if (why !== undefined) refused.push(`#${id}: ${why}`);
  }
  if (refused.length === 0) return ok('name text', names === 0 ? 'no names yet' : names === 1 ? 'the 1 name is one line and no id' : `the ${names} names are each one line and none is an id`);
  const more = refused.length > SHOWN ? `, and ${refused.length - SHOWN} more` : '';
  const count = refused.length === 1 ? '1 name' : `${refused.length} names`;
  const example = refused[0]!.replace(/:.*/, '');
  return problem('name text', `${count} no command would take: ${refused.slice(0, SHOWN).join('; ')}${more}`, `rename each, as: rel edit "${example}" --name "NEW NAME"`);
}
