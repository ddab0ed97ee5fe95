// What a card says that rel has no field for, kept as lines of the contact's note (noteLines.ts):
// - the units of its company: ORG:IBM;Accounting is the company IBM and "Department: Accounting";
//   another ORG is "Company: …" with its units;
// - the roles besides the one kept: ROLE when there is a TITLE ("Role: Counting Money"), a second TITLE;
// - websites (URL) and postal addresses (ADR; without one, 2.1's and 3.0's LABEL, the address
//   as printed on an envelope), each labelled home or work as its TYPE says, else by Apple's
//   X-ABLabel of its group: "Website (work): http://www.ibm.com".
import { addressText, labelledLine, oneLineText } from './noteLines.js';
import { decodeValue, paramValues, type RawVCard, type VCardProperty } from './vcardLines.js';
import { appleLabel } from './vcardRelations.js';
import { componentsOf, splitUnescaped, textOf, unescapeText } from './vcardText.js';

/** The lines to keep in the note, in the order department, roles, websites, addresses; `role` is the one the contact has. */
export function noteLinesOfCard(card: RawVCard, role: string | undefined): Array<string | undefined> {
  const of = (name: string) => card.properties.filter((p) => p.name === name);
  const websites = of('URL').map((p) => labelledLine('Website', labelOf(card, p), textOf(p)));
  const adrs = of('ADR');
  const addresses = adrs.length > 0 ? adrs.map((p) => labelledLine('Address', labelOf(card, p), adrText(p))) : of('LABEL').map((p) => labelledLine('Address', labelOf(card, p), textOf(p)));
  return [...organisationLines(of('ORG')), ...otherRoles([...of('TITLE'), ...of('ROLE')], role), ...websites, ...addresses];
}

/** The units of the ORG that gave the company as its department; each other ORG whole. */
function organisationLines(orgs: readonly VCardProperty[]): Array<string | undefined> {
  let company: string | undefined;
  return orgs.map((property) => {
    const [name = '', ...units] = componentsOf(property).map((part) => oneLineText(part));
    const unitText = units.filter((unit) => unit !== '').join(', ');
    if (name === '' || company === undefined || name.toLowerCase() === company.toLowerCase()) {
      company ??= name || undefined;
      return labelledLine('Department', undefined, unitText);
    }
    return labelledLine('Company', undefined, [name, unitText].filter((part) => part !== '').join(', '));
  });
}

/** Each TITLE and ROLE other than the contact's role. */
function otherRoles(properties: readonly VCardProperty[], role: string | undefined): Array<string | undefined> {
  const taken = role?.trim().toLowerCase();
  return properties.map((p) => textOf(p).trim()).filter((text) => text.toLowerCase() !== taken).map((text) => labelledLine('Role', undefined, text));
}

/** An ADR's seven parts (po box;extended;street;city;region;code;country), each a list; 4.0's LABEL parameter when all are empty. */
function adrText(property: VCardProperty): string {
  const parts = splitUnescaped(decodeValue(property), ';').map((part) => splitUnescaped(part, ',').map(unescapeText).join('\n'));
  const [poBox, extended, street, city, region, postalCode, country] = parts;
  const text = addressText({ poBox, extended, street, city, region, postalCode, country });
  return text || unescapeText(paramValues(property, 'LABEL')[0] ?? '');
}

/** home or work as the property's TYPE says (2.1's bare WORK too), else the X-ABLabel of its group (Apple's and Gmail's own in lower case, the user's as typed). */
function labelOf(card: RawVCard, property: VCardProperty): string | undefined {
  const type = paramValues(property, 'TYPE')
    .map((value) => value.trim().toLowerCase())
    .find((value) => value === 'home' || value === 'work');
  const { label, builtIn } = appleLabel(card, property.group, textOf);
  // Gmail writes its own labels in capitals (X-ABLabel:PROFILE).
  return type ?? (builtIn || label === label.toUpperCase() ? label.toLowerCase() : label);
}
