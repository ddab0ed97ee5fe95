// Relations in vCards, read and written.
//
// Read: vCard 4.0's RELATED (RFC 6350 §6.6.6: TYPE=spouse, child, parent, sibling, co-worker,
// kin, …; a text value is a name, a urn:uuid: value another card of the file), Apple's
// itemN.X-ABRELATEDNAMES named by the itemN.X-ABLabel of its group (_$!<Spouse>!$_, _$!<Mother>!$_
// or a label the user typed), and the spouse, manager and assistant that Outlook, Evolution and
// KAddressBook write as properties of their own. Each says who the person is to the card's person.
//
// Written (rel export contacts --format vcf, vCard 3.0): Apple's form, which iPhone, macOS and
// Google Contacts show, `item1.X-ABRELATEDNAMES:Tom Doe` + `item1.X-ABLabel:_$!<Spouse>!$_` (a
// word rel kept, "husband", as a label of the user's own).
import { isReferralLabel, kindLabel, relationOfLabel, type RelationKind } from '../domain/relations.js';
import type { ImportedRelation } from '../domain/records.js';
import { quoteValue } from './importError.js';
import { paramValues, type RawVCard, type VCardProperty } from './vcardLines.js';

/** Properties that name one relative of a fixed kind. */
export const NAMED_RELATIVES: Readonly<Record<string, RelationKind>> = {
  'X-MS-SPOUSE': 'spouse',
  'X-MS-MANAGER': 'manager',
  'X-MS-ASSISTANT': 'assistant',
  'X-EVOLUTION-SPOUSE': 'spouse',
  'X-EVOLUTION-MANAGER': 'manager',
  'X-EVOLUTION-ASSISTANT': 'assistant',
  'X-SPOUSE': 'spouse',
  'X-MANAGER': 'manager',
  'X-ASSISTANT': 'assistant',
  'X-KADDRESSBOOK-X-SPOUSENAME': 'spouse',
  'X-KADDRESSBOOK-X-MANAGERSNAME': 'manager',
  'X-KADDRESSBOOK-X-ASSISTANTSNAME': 'assistant',
};

/** RFC 6350's relation types that are no kind of rel's by name: how rel reads them (undefined: not a relation to keep). */
const VCARD_TYPES: Readonly<Record<string, { kind: RelationKind; word?: string } | undefined>> = {
  kin: { kind: 'relative' },
  'co-worker': { kind: 'colleague' },
  sweetheart: { kind: 'partner', word: 'sweetheart' },
  date: { kind: 'partner', word: 'date' },
  crush: { kind: 'partner', word: 'crush' },
  agent: { kind: 'assistant', word: 'agent' },
  me: undefined, // the card's person themself
};

/**
 * Apple's label of a group: one of its built-in labels, written _$!<Spouse>!$_, in words
 * ("Spouse", _$!<AssistantPhone>!$_ "Assistant Phone"), or one the user typed, as typed.
 */
export function appleLabel(card: RawVCard, group: string | undefined, text: (p: VCardProperty) => string): { label: string; builtIn: boolean } {
  const property = group === undefined ? undefined : card.properties.find((p) => p.group === group && p.name === 'X-ABLABEL');
  const label = property ? text(property).trim() : '';
  const builtIn = /^_\$!<(.*)>!\$_$/.exec(label)?.[1];
  return builtIn === undefined ? { label, builtIn: false } : { label: builtIn.replace(/([a-z])([A-Z])/g, '$1 $2'), builtIn: true };
}

/** Every relative a card names; `text` reads a property's value as text (unescaped); a RELATED that names nobody is told to `warn`. */
export function relationsOfCard(card: RawVCard, text: (p: VCardProperty) => string, warn: (property: VCardProperty, problem: string) => void): ImportedRelation[] {
  const relations: ImportedRelation[] = [];
  for (const property of card.properties) {
    const value = text(property).trim();
    if (value === '') continue;
    if (property.name === 'RELATED') {
      const relation = related(property, value);
      if (typeof relation === 'object') relations.push(relation);
      else if (relation === 'link') warn(property, `${quoteValue(value)} is a link, not a name rel can keep; left out`);
    } else if (property.name === 'X-ABRELATEDNAMES') {
      // Google writes REFERRED_BY among them: a referral, which rel keeps as one (see vcard.ts).
      const { label } = appleLabel(card, property.group, text);
      if (!isReferralLabel(label)) relations.push({ name: value, ...relationOfLabel(label), line: property.line });
    } else if (NAMED_RELATIVES[property.name] !== undefined) {
      relations.push({ name: value, kind: NAMED_RELATIVES[property.name]!, line: property.line });
    }
  }
  return relations;
}

/** The name Google's REFERRED_BY relation gives, if any: the card's person was referred by them. */
export function referrerOfCard(card: RawVCard, text: (p: VCardProperty) => string): string | undefined {
  const property = card.properties.find((p) => p.name === 'X-ABRELATEDNAMES' && isReferralLabel(appleLabel(card, p.group, text).label) && text(p).trim() !== '');
  return property && text(property).trim();
}



/** A RELATED property: its first TYPE rel can read (TYPE=contact says nothing), a name or another card's UID; or the card's person themself, or a link. */
function related(property: VCardProperty, value: string): ImportedRelation | 'self' | 'link' {
  const types = paramValues(property, 'TYPE').flatMap((t) => t.split(',')).map((t) => t.trim().toLowerCase()).filter((t) => t !== '' && t !== 'contact');
  const type = types[0];
  if (type !== undefined && type in VCARD_TYPES && VCARD_TYPES[type] === undefined) return 'self';
  const relation = type === undefined ? { kind: 'other' as const } : (VCARD_TYPES[type] ?? relationOfLabel(type));
  const isText = paramValues(property, 'VALUE').some((v) => v.toLowerCase() === 'text');
  if (!isText && /^urn:uuid:/i.test(value)) return { uid: value, ...relation, line: property.line };
  // Another URI (a web page, a mailto:) names nobody rel can keep.
  if (!isText && /^[a-z][a-z0-9+.-]*:\S/i.test(value)) return 'link';
  return { name: value, ...relation, line: property.line };
}

/** Apple's built-in labels, by the kind or word they stand for. */
const APPLE_LABELS: Readonly<Record<string, string>> = {
  spouse: 'Spouse', partner: 'Partner', parent: 'Parent', child: 'Child', friend: 'Friend', manager: 'Manager', assistant: 'Assistant', other: 'Other',
  mother: 'Mother', father: 'Father', brother: 'Brother', sister: 'Sister',
};

/** Someone on the card, as the card's person has them: their name, what they are, the word rel kept. */
export interface VCardRelative {
  name: string;
  kind: RelationKind;
  word: string | null;
}

/** The lines for the card's relatives, grouped item1, item2…: a built-in label where Apple has one, else the word as a label of the user's. */
export function relatedNameLines(relatives: readonly VCardRelative[], escape: (text: string) => string): string[] {
  return relatives.flatMap((r, i) => {
    const said = r.word ?? kindLabel(r.kind);
    const builtIn = APPLE_LABELS[said];
    const label = builtIn === undefined ? escape(said) : `_$!<${builtIn}>!$_`;
    return [`item${i + 1}.X-ABRELATEDNAMES:${escape(r.name)}`, `item${i + 1}.X-ABLabel:${label}`];
  });
}
