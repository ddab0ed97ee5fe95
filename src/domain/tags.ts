// What a tag is: a name a group of people shares ("vip", "wedding clients"). The one rule for a
// tag typed on the command line and for a label or category brought in by an import.

/** Tags are case-insensitive (stored lower-case, as they always were); spaces trimmed, inner runs of them one space. */
export function normalizeTag(text: string): string {
  return text.trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** Why a normalised tag cannot be one, or undefined when it can. */
export function tagProblem(tag: string): string | undefined {
  if (tag === '') return 'a tag needs a letter or a digit';
  // Exports join a person's tags with "; " (and vCard CATEGORIES with ","): a tag holding one would come back as two.
  if (/[,;]/.test(tag)) return 'one tag at a time: commas and semicolons separate tags in exports';
  // Letters (with their accents), digits, spaces and a few signs. Written here, not at the module's
  // top, so that the pattern is compiled when a tag is checked, not on every run that loads this
  // file (its Unicode classes took 0.3-0.7 ms).
  if (!/^[\p{L}\p{N}][\p{L}\p{M}\p{N} _.\-/&'+]*$/u.test(tag)) return "use letters, digits, spaces and - _ . / & ' +, starting with a letter or digit";
  return undefined;
}

/**
 * A group name from an import as a tag: "Wedding Clients" → "wedding clients", "* starred" →
 * "starred"; what a tag cannot hold becomes a space. '' when nothing usable is left.
 */
export function importTag(group: string): string {
  const tag = normalizeTag(group.replace(/[^\p{L}\p{M}\p{N}_.\-/&'+]/gu, ' ')).replace(/^[^\p{L}\p{N}]+/u, '');
  return tagProblem(tag) === undefined ? tag : '';
}
