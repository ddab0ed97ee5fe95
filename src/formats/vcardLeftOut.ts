// What a card holds that rel keeps nowhere: each property line with a value that no reader takes
// (vcard.ts, vcardNoteLines.ts, vcardRelations.ts) is left out with a warning naming its line and
// property (SPEC §3: nothing is dropped without a word, and --strict refuses the file). Instant
// messaging handles (IMPP, X-SKYPE, X-AIM…), phonetic names, GEO, TZ, LANG, GENDER, KEY, other
// X- properties; a PHOTO, LOGO or SOUND is named, not quoted. The values of the properties read
// are warned about by their readers when they cannot be read (a BDAY that is no date).
import { quoteValue } from './importError.js';
import { ANNIVERSARIES } from './vcardDates.js';
import type { RawVCard, VCardProperty } from './vcardLines.js';
import { NAMED_RELATIVES } from './vcardRelations.js';
import { textOf } from './vcardText.js';

/** The properties the readers take (each reader leaves out, with a warning, a value it cannot read). */
const READ = new Set([
  ...['FN', 'N', 'NICKNAME', 'EMAIL', 'TEL', 'ORG', 'TITLE', 'ROLE', 'BDAY', 'NOTE', 'CATEGORIES', 'UID'],
  // Lines of the note; LABEL only without an ADR, else it is the same address as printed.
  ...['URL', 'ADR', 'LABEL'],
  ...['X-ABDATE', ...ANNIVERSARIES],
  ...['RELATED', 'X-ABRELATEDNAMES', ...Object.keys(NAMED_RELATIVES)],
]);

/**
 * Left out without a word, as they say nothing about the person:
 * - the card's own bookkeeping: VERSION, PRODID, REV, KIND, CLIENTPIDMAP, X-GENERATOR; 3.0's
 *   PROFILE, NAME and SOURCE (the directory the card came from); CLASS (public or private);
 *   SORT-STRING and Evolution's X-EVOLUTION-FILE-AS, the name as it sorts;
 * - a program's ids and sync data: Apple's X-ABUID, FullContact's X-ID, X-ETAG, X-FC-LIST-ID and
 *   X-FC-TAGS (ids, not the tags' names), Evolution's X-COUCHDB-APPLICATION-ANNOTATIONS;
 * - how a program shows the card: Apple's X-ABSHOWAS, Outlook's X-MS-OL-DESIGN and
 *   X-MS-OL-DEFAULT-POSTAL-ADDRESS, Thunderbird's X-MOZILLA-HTML (mail as HTML or plain text);
 * - what goes with another property of its group: Apple's X-ABLABEL (the label of its group's
 *   value, read with a date, relative, website or address, or going with that value's own
 *   warning) and X-ABADR (the country format of its group's address).
 */
const SILENT = new Set([
  ...['VERSION', 'PRODID', 'REV', 'KIND', 'CLIENTPIDMAP', 'X-GENERATOR', 'PROFILE', 'NAME', 'SOURCE', 'CLASS', 'SORT-STRING', 'X-EVOLUTION-FILE-AS'],
  ...['X-ABUID', 'X-ID', 'X-ETAG', 'X-FC-LIST-ID', 'X-FC-TAGS', 'X-COUCHDB-APPLICATION-ANNOTATIONS'],
  ...['X-ABSHOWAS', 'X-MS-OL-DESIGN', 'X-MS-OL-DEFAULT-POSTAL-ADDRESS', 'X-MOZILLA-HTML'],
  ...['X-ABLABEL', 'X-ABADR'],
]);

/** Properties whose value is a file (inline or a link): named, as quoting it would show nothing. */
const FILES: Readonly<Record<string, string>> = {
  PHOTO: 'a photo',
  LOGO: 'a logo',
  SOUND: 'a sound',
  KEY: 'a key (certificate)',
  'X-MS-CARDPICTURE': 'a photo',
};

/** Tells `warn` of each property of the card that is neither read nor silent and has a value. */
export function warnLeftOut(card: RawVCard, warn: (property: VCardProperty, problem: string) => void): void {
  for (const property of card.properties) {
    if (READ.has(property.name) || SILENT.has(property.name)) continue;
    const file = FILES[property.name];
    if (file !== undefined) {
      if (property.raw.trim() !== '') warn(property, `${file}, which rel does not keep; left out`);
      continue;
    }
    const text = textOf(property);
    // A structured value with all its parts empty ("X-PHONETIC-NAME:;;") holds nothing.
    if (/[^\s;,]/.test(text)) warn(property, `rel has no field for this property; ${quoteValue(text.trim())} is left out`);
  }
}
