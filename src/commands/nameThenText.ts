// What rel remember and rel remind share: NAME, then TEXT in as many words as the user likes, so
// `rel remember maria lopez likes tulips` reads "maria" as the name and "lopez likes tulips" as
// the detail. When the first words of TEXT complete NAME into the whole name of the person it
// matched, that is the likelier mistake, and it is refused with both ways to say it.
import type { Contact } from '../domain/records.js';
import { normalizeName } from '../domain/names.js';
import { UsageError } from '../errors.js';
import type { Context } from '../context.js';
import { findContact } from '../store/lookup.js';
import { commandWord, quotedWord } from '../ui/style.js';
import { personNamed } from './personNamed.js';

/**
 * The person NAME names, once it is sure that TEXT does not begin with the rest of their name.
 * `flags` are the command's own, as typed back in the commands the refusal suggests.
 */
export async function contactBeforeText(ctx: Context, command: string, query: string, words: readonly string[], flags = ''): Promise<Contact> {
  const j = ctx.journal();
  const found = findContact(j, query);
  if (found.status !== 'found') return personNamed(ctx, query, { addFirst: true });
  if (found.exact) return found.contact;
  for (let k = 1; k <= Math.min(3, words.length); k++) {
    const longer = [query, ...words.slice(0, k)].join(' ');
    const match = findContact(j, longer);
    if (match.status !== 'found' || match.contact.id !== found.contact.id) break;
    if (match.exact) throw nameRunsIntoText(`rel ${command}`, query, words, k, found.contact, flags);
  }
  return found.contact;
}

function nameRunsIntoText(command: string, query: string, words: readonly string[], k: number, contact: Contact, flags: string): UsageError {
  const name = [query, ...words.slice(0, k)].join(' ');
  const whole = `"${name}" is the whole name of ${contact.name} (#${contact.id})`;
  const rest = words.slice(k);
  // Nothing left for the text: the text was forgotten (or was the rest of the name, quoted).
  if (rest.length === 0) return new UsageError(`${whole}: say what after it (${command} "${name}" TEXT${flags})`);
  const asName = `${command} "${name}" ${rest.join(' ')}${flags}`;
  const asText = `${command} ${query} "${words.join(' ')}"${flags}`;
  return new UsageError(`${whole}: to mean them, put it in quotes (${asName}); to keep "${words.slice(0, k).join(' ')}" in the text, put the text in quotes (${asText})`);
}

/**
 * `rel remind "Ann Bell" "Tom Bell" "call both"`, `rel remind ann tom`: TEXT begins with another
 * person of the journal, given as an argument of its own, where a follow-up is one person's. Refused
 * when that argument is someone's whole name or alias, or is all the text and a word of one
 * person's name ("tom" of Tom Bell); a first word that only starts or is inside a name ("call" of
 * Callum) is ordinary text, as is a number (an id) or an address.
 */
export function refuseAnotherPerson(ctx: Context, command: string, contact: Contact, words: readonly string[], flags = ''): void {
  const first = words[0]?.trim() ?? '';
  if (first === '' || /[\d@]/.test(first)) return;
  const match = findContact(ctx.journal(), first);
  if (match.status !== 'found' || match.contact.id === contact.id) return;
  const folded = normalizeName(first);
  if (!match.exact && !(words.length === 1 && normalizeName(match.contact.name).split(/[ -]+/).includes(folded))) return;
  const other = match.contact;
  const said = `${quotedWord(first)} is ${other.name} (#${other.id}), another person: a follow-up is for one person`;
  const rest = words.slice(1).join(' ');
  const forEach = (text: string): string => `rel ${command} ${commandWord(contact.name)} ${quotedWord(text)}${flags} and rel ${command} ${commandWord(other.name)} ${quotedWord(text)}${flags}`;
  if (rest === '') throw new UsageError(`${said}, and its text says what to do: write it for each, e.g. ${forEach('what to do')}`);
  throw new UsageError(`${said}; for each, write ${forEach(rest)}; if the name is part of what to do, give the text as one argument: rel ${command} ${commandWord(contact.name)} ${quotedWord(words.join(' '))}${flags}`);
}
