// What the contact importers (vCard, Google/Outlook/rel CSV) share in reading a contact; the
// record they produce, ImportedContact, is a domain record (src/domain/records.ts).

/** Trimmed, non-empty, without repeats (compared case-insensitively), in first-seen order. */
export function distinctValues(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    const key = value.toLowerCase();
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(value);
  }
  return result;
}

// Groups every contact of an account is in, which say nothing about the person:
// Google's "* myContacts" (and "My Contacts" in Android's vCards), "* Other Contacts".
const SYSTEM_GROUPS = new Set(['mycontacts', 'my contacts', 'other contacts', 'othercontacts']);

/**
 * Group names as rel tags: Google's system-label star dropped ("* starred" → "starred"), and the
 * all-contacts groups left out.
 */
export function tagsFromGroups(groups: Iterable<string>): string[] {
  const tags: string[] = [];
  for (const group of groups) {
    const name = group.trim().replace(/^\*\s*/, '');
    if (name !== '' && !SYSTEM_GROUPS.has(name.toLowerCase())) tags.push(name);
  }
  return distinctValues(tags);
}

/** A name from its parts, skipping the empty ones: ('Jane', '', 'Doe') → 'Jane Doe'. */
export function joinNameParts(...parts: Array<string | undefined>): string {
  return parts
    .map((p) => p?.trim() ?? '')
    .filter((p) => p !== '')
    .join(' ');
}
