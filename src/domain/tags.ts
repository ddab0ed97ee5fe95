// What a tag is: a name a group of people shares ("vip", "wedding clients"). The one rule for a
// tag typed on the command line and for a label or category brought in by an import.

/** Tags are case-insensitive (stored lower-case, as they always were); spaces trimmed, inner runs of them one space. */
export function normalizeTag(text: string): string {
  return text.trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** Letters (with their accents), digits, spaces and a few signs; no , or ;, which separate tags in files. */
const TAG = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} _.\-/&'+]*$/u;

/** Why a normalised tag cannot be one, or undefined when it can. */
export function tagProblem(tag: string): string | undefined {
  if (tag === '') return 'a tag needs a letter or a digit';
  // Exports join a person's tags with "; " (and vCard CATEGORIES with ","): a tag holding one would come back as two.
  if (/[,;]/.test(tag)) return 'one tag at a time: commas and semicolons separate tags in exports';
  if (!TAG.test(tag)) return "use letters, digits, spaces and - _ . / & ' +, starting with a letter or digit";
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
