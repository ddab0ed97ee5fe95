// What a person's name or alias may hold as text, one rule for the command line, the contacts
// files an import reads and a restore: one line of at most 200 characters, never an id, no semicolon
// in an alias, no word that says a day.
import { normalizeName, parseContactId, queryWords } from './names.js';

/** Longer than any name a person goes by; keeps lists readable and name matching quick. */
export const MAX_NAME_LENGTH = 200;

/** Line breaks, tabs and the other control characters: what a name of one line holds none of. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Why a text cannot be a person's name or alias, or undefined when it can: a name is one line of
 * text, not too long, so that lists, cards and exports stay readable. The command line refuses
 * such a name, and an import refuses it in a contacts file (a restore reads it as one line: oneLine).
 */
export function nameProblem(text: string): string | undefined {
  // Characters, not UTF-16 units; counted only when the units could be too many.
  const length = text.length > MAX_NAME_LENGTH ? [...text].length : 0;
  if (length > MAX_NAME_LENGTH) return `a name of at most ${MAX_NAME_LENGTH} characters, not ${length}`;
  return CONTROL.test(text) ? 'a name cannot contain line breaks, tabs or other control characters' : undefined;
}

/**
 * A name or an alias as rel keeps it: trimmed, each inner run of white space one space, as tags
 * are ("  Gina   Rossi " is "Gina Rossi"). Every way a name comes in goes through it: the command
 * line (nameFlag), a picker's new person, the contacts files an import reads. Journals already
 * holding runs are not rewritten: the look-up folds them away (normalizeName).
 */
export function tidyName(text: string): string {
  const trimmed = text.trim();
  // Tested first: an import reads 100,000 names, nearly all tidy already.
  return SPACING.test(trimmed) ? trimmed.replace(/\s+/gu, ' ') : trimmed;
}

/** Two white-space characters in a row, or one that is not a plain space. */
const SPACING = /\s\s|[^\S ]/u;

/** Whether a text is one line: no line breaks, tabs or other control characters (a company, a role, how they met). */
export function isOneLine(text: string): boolean {
  return !CONTROL.test(text);
}

/**
 * A text made one line: what nameProblem refuses (line breaks, tabs, other control characters)
 * becomes a space. A restore reads so a name an older rel let an import keep, so that no backup of
 * a journal is refused for what the journal itself holds; an import so reads a company or a role.
 */
export function oneLine(text: string): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(new RegExp(`(?:\\s|${CONTROL.source})+`, 'g'), ' ').trim();
}

/**
 * Why a text cannot be a person's name though it is a line of text: it reads as an id ("#5", "12"),
 * which every command reads as that person (rel show "#5" is #5, whoever is called so).
 */
export function idProblem(text: string): string | undefined {
  const id = parseContactId(text);
  return id === undefined ? undefined : `it reads as an id (rel show "#${id}" is the person numbered ${id})`;
}

/** Why a text cannot be one alias, or undefined when it can: a semicolon separates aliases in exports ("; "), read back as two. */
export function aliasProblem(text: string): string | undefined {
  return text.includes(';') ? 'is two aliases: a semicolon separates them in exports' : undefined;
}

/** Words that say when, never who: a new name holding one ("lunch today") is what happened, typed where a name goes. */
const DAY_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);

/** The word of `name` that says a day rather than a name, or undefined. */
export function dayWordIn(name: string): string | undefined {
  return queryWords(normalizeName(name)).find((word) => DAY_WORDS.has(word));
}
