// A vCard property's text: its value decoded (vcardLines.ts), split at the separators of a
// structured value (ORG's company;unit, ADR's seven parts) and unescaped.
import { decodeValue, type VCardProperty } from './vcardLines.js';

/** A property's value as text: decoded and unescaped. */
export const textOf = (property: VCardProperty): string => unescapeText(decodeValue(property));

/** Splits at separators not escaped with a backslash; escapes stay for unescapeText. */
export function splitUnescaped(text: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length) {
      current += char + text[i + 1];
      i++;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/**
 * Undoes vCard text escapes (\n \N \, \; \: \\, and the \" Gmail writes); any other
 * backslash stays as written, which keeps 2.1 text (no escaping rules) such as a Windows path
 * intact. Line ends become \n.
 */
export function unescapeText(text: string): string {
  return text.replace(/\\([nN,;:"\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c)).replace(/\r\n?/g, '\n');
}

/** A structured value's parts (ORG is company;unit;…, ADR po box;extended;street;city;region;code;country), each unescaped. */
export function componentsOf(property: VCardProperty): string[] {
  return splitUnescaped(decodeValue(property), ';').map(unescapeText);
}
