// The keys of a contacts JSON or NDJSON record that its reader leaves out (contactsJson.ts), said
// as a CSV's columns are (csvLeftOut.ts): each key that holds a value in some record is one
// warning, at the line of the first record that has one, naming the lines of its values (SPEC §3:
// nothing is dropped without a word, and --strict refuses the file); a key empty in every record
// (null, "", [], {}) says nothing. Inside an object the reader knows (the referrer's { id, name },
// the rhythm), a key of another's is named by its path: "referredBy.email". The scan looks once at
// each key of each record: a file of rel's own export costs a lookup a key.
import { NAMED_LINES, valuesLeftOut } from './csvLeftOut.js';
import type { Warn } from './importError.js';
import { isObject } from './jsonListing.js';

/**
 * What the reader does with a key: 'read', or 'silent' (left out without a word: what the exporting
 * journal worked out for itself). `inner`: the keys of the object the key holds in rel's export;
 * a silent key holding anything but such an object is left out with a warning, as it is not what
 * rel wrote there.
 */
export interface KeyUse {
  use: 'read' | 'silent';
  inner?: ReadonlySet<string>;
}

/** A record of the listing that is an object, with the line it starts on. */
export interface JsonRecord {
  line: number;
  value: Readonly<Record<string, unknown>>;
}

interface Tally {
  lines: number[];
  count: number;
}

/** One warning for each key that neither `uses` knows nor is empty in every record, in the order the file first has them. */
export function warnUnreadKeys(file: string, records: Iterable<JsonRecord>, uses: ReadonlyMap<string, KeyUse>, warn: Warn): void {
  const tallies = new Map<string, Tally>();
  const leftOut = (field: string, line: number): void => {
    let tally = tallies.get(field);
    if (tally === undefined) tallies.set(field, (tally = { lines: [], count: 0 }));
    if (tally.count < NAMED_LINES) tally.lines.push(line);
    tally.count++;
  };
  for (const { line, value } of records) {
    // for…in spares an array a record; JSON.parse gives plain objects, whose keys are all their own.
    for (const key in value) {
      const held = value[key];
      const use = uses.get(key);
      if (use === undefined) {
        if (holdsValue(held)) leftOut(keyName(key), line);
      } else if (use.inner !== undefined && isObject(held)) {
        for (const inner in held) if (!use.inner.has(inner) && holdsValue(held[inner])) leftOut(`${keyName(key)}.${keyName(inner)}`, line);
      } else if (use.inner !== undefined && use.use === 'silent' && holdsValue(held)) {
        leftOut(keyName(key), line);
      }
    }
  }
  for (const [field, { lines, count }] of tallies) warn({ file, line: lines[0]!, field }, `rel has no field for this key; ${valuesLeftOut(lines, count)}`);
}

/** How deep a value is looked into: deeper, it is taken to hold something (and the stack is spared). */
const DEPTH = 32;

/** Anything but null, blank text, or a list or object of those. */
function holdsValue(value: unknown, depth = 0): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return /\S/.test(value);
  if (typeof value !== 'object') return true;
  if (depth >= DEPTH) return true;
  const items: unknown[] = Array.isArray(value) ? value : Object.values(value);
  return items.some((item) => holdsValue(item, depth + 1));
}

/** The key as the file writes it, on one line and cut short; a key without a name as "". */
function keyName(key: string): string {
  const flat = key.replace(/\s+/g, ' ').trim();
  if (flat === '') return '""';
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}
