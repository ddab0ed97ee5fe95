// The shape every contact importer (vCard, Google/Outlook/rel CSV) produces and `rel import`
// stores: plain values, already checked, with the place it came from for messages.

export interface ImportSource {
  file: string;
  /** The line the record starts on (a vCard's BEGIN line, a CSV record's first line). */
  line: number;
}

export interface ImportedContact {
  name: string;
  emails: string[];
  phones: string[];
  company?: string;
  role?: string;
  /** 'YYYY-MM-DD', or '--MM-DD' when the year is not known. */
  birthday?: string;
  /** 'YYYY-MM-DD'. */
  customerSince?: string;
  /** A keep-in-touch duration such as '2w' (rel's own CSV only). */
  cadence?: string;
  met?: string;
  /** The referrer's name, resolved against the journal by the importer. */
  referredBy?: string;
  aliases: string[];
  tags: string[];
  note?: string;
  /** rel's own CSV only: the state it was exported in. */
  archived?: boolean;
  pausedUntil?: string;
  source: ImportSource;
}

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
