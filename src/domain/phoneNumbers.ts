// Phone numbers as rel compares them: by the last nine digits of the national number, so that the
// national and the international form of a number are one number, an extension after it left out. One rule for
// imports, rel duplicates, rel merge and naming a person by their number (SPEC §3 "Naming people").

/** A number with fewer digits is an extension or a short code, not an identity: it would match by accident. */
export const MIN_PHONE_DIGITS = 7;

/**
 * A phone number as it identifies a person: the last nine digits of its national number, the
 * country code (written after + or 00) and trunk zeros taken off ("(512) 555-0160" and
 * "+1 512-555-0160" are one number, and so are "+48 601 234 567", "601234567" and "0601-234-567",
 * "+45 20 12 34 56" and "20 12 34 56"); a shorter number whole; text with no digit as it is,
 * lowercased. The store keeps it with each phone (contact_phones.phone_key); a change here needs
 * a migration that recomputes them.
 */
export function phoneKey(phone: string): string {
  const digits = numberDigits(phone);
  return digits === '' ? phone.trim().toLowerCase() : keyOfDigits(phone, digits);
}

/** phoneKey of a number whose digits (numberDigits) are read already. */
const keyOfDigits = (phone: string, digits: string): string => (nationalDigits(phone, digits) || digits).slice(-9);

/** Country calling codes of two digits (E.164). 1 and 7 are of one digit and every other of three: no code begins another. */
const TWO_DIGIT_CODES = new Set(['20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49', '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84', '86', '90', '91', '92', '93', '94', '95', '98']);

/** The number without its country code, when written with one, and without trunk zeros: "+45 20 12 34 56" is 20123456, "0601 234 567" 601234567. */
function nationalDigits(phone: string, digits: string): string {
  if (!isInternational(phone)) return digits.replace(/^0+/, '');
  const international = withoutExitCode(digits);
  const codeLength = /^[17]/.test(international) ? 1 : TWO_DIGIT_CODES.has(international.slice(0, 2)) ? 2 : 3;
  return international.slice(codeLength).replace(/^0+/, '');
}

/** The phoneKey of a number that can tell who someone is; undefined for an extension or a short code. */
export function phoneIdentity(phone: string): string | undefined {
  const digits = numberDigits(phone);
  return digits.length >= MIN_PHONE_DIGITS ? keyOfDigits(phone, digits) : undefined;
}

/** The digits after 00, the international call prefix written instead of a +. */
const withoutExitCode = (digits: string): string => digits.replace(/^00/, '');

/** An extension after the number ("ext. 102", "x102", "#102", as vCard's tel:…;ext=102 is kept): not part of whose number it is. */
const EXTENSION = /\s*(?:(?:ext(?:ension)?|extn|x)\.?|#)\s*\d+\s*$/i;

/** The digits of the number itself, without an extension: "+1-418-656-9254 ext. 102" is 14186569254. */
function numberDigits(phone: string): string {
  if (!/[#a-z]/i.test(phone)) return phone.replace(/\D/g, ''); // most numbers: no extension to look for
  const number = phone.replace(EXTENSION, '');
  return (/\d/.test(number) ? number : phone).replace(/\D/g, '');
}

/**
 * Why a text cannot be kept as a phone number, or undefined when it can: it needs a digit, and a
 * semicolon would split it in two in an export's list of phones ("; ") read back.
 */
export function phoneProblem(text: string): string | undefined {
  if (!/\d/.test(text)) return 'is not a phone number (it has no digits)';
  if (text.includes(';')) return 'is not one phone number: a semicolon separates phones in exports (write an extension as "ext. 12")';
  return undefined;
}

/** An RFC 3966 tel: URI as a number to keep: `tel:+1-418-656-9254;ext=102` is "+1-418-656-9254 ext. 102"; other parameters go. */
export function phoneOfTelUri(text: string): string {
  const [number = '', ...parameters] = text.replace(/^tel:/i, '').split(';');
  const extension = parameters.find((p) => /^ext=/i.test(p))?.slice(4);
  return extension ? `${number} ext. ${extension}` : number;
}

/** Written with its country code: "+34 …", "(+34) …" or "0034 …". */
const isInternational = (phone: string): boolean => /^[^\d+]*(\+|00)/.test(phone);

/**
 * Whether two phones are one number, as the same-person check holds them: the same phoneIdentity
 * ("(512) 555-0160" is "+1 512-555-0160", "020 7946 0958" is "+44 20 7946 0958"), unless both
 * give a country code and their digits differ: "+34 600 100 200" and "+1 600 100 200" are two.
 */
export function isOneNumber(a: string, b: string): boolean {
  const identity = phoneIdentity(a);
  if (identity === undefined || identity !== phoneIdentity(b)) return false;
  return isOneNumberOfOneIdentity(numberFacts(a), numberFacts(b));
}

/** What tells apart two numbers of one phoneIdentity, worked out once for a number that meets many. */
export interface NumberFacts {
  international: boolean;
  digits: string;
}

export const numberFacts = (phone: string): NumberFacts => ({ international: isInternational(phone), digits: withoutExitCode(numberDigits(phone)) });

/** isOneNumber of two numbers known to have one phoneIdentity. */
export const isOneNumberOfOneIdentity = (a: NumberFacts, b: NumberFacts): boolean => !(a.international && b.international) || a.digits === b.digits;

/** A phoneKey that phoneIdentity would give: digits, enough of them. */
export const isIdentityKey = (key: string): boolean => key.length >= MIN_PHONE_DIGITS && /^\d+$/.test(key);

/**
 * Whether what someone typed to name a person is a phone number: digits with the usual
 * punctuation (a leading +, spaces, ( ) - . /) and at least MIN_PHONE_DIGITS digits, so that an
 * id ("12") or a year is never read as one.
 */
export function readsAsPhoneNumber(text: string): boolean {
  return /^\+?[\d\s().\-/]+$/.test(text.trim()) && text.replace(/\D/g, '').length >= MIN_PHONE_DIGITS;
}
