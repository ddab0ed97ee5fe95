// Phone numbers as rel compares them, with no database.
import { describe, expect, it } from 'vitest';
import { isOneNumber, phoneIdentity, phoneKey, readsAsPhoneNumber } from '../../src/domain/phoneNumbers.js';

describe('phoneKey', () => {
  it('makes the national and international forms of a number one', () => {
    const key = phoneKey('+48 601 234 567');
    for (const form of ['601234567', '0601-234-567', '0048 601 234 567', '(+48) 601.234.567']) expect(phoneKey(form), form).toBe(key);
    expect(phoneKey('+48 700 234 567')).not.toBe(key);
    expect(phoneKey('555 0100')).toBe('5550100'); // a short number whole
    expect(phoneKey('Ask Reception')).toBe('ask reception');
  });

  it('takes the country code off a number written with one, so that short national numbers match theirs (Denmark, Norway, Singapore)', () => {
    const pairs: Array<[string, string]> = [
      ['+45 20 12 34 56', '20 12 34 56'],
      ['(+47) 912 34 567', '91234567'],
      ['0065 6123 4567', '6123 4567'],
      ['+354 551 2345', '551 2345'],
      ['+44 (0)20 7946 0958', '020 7946 0958'],
      ['+39 06 1234 5678', '06 1234 5678'],
      ['+1 512-555-0160', '1-512-555-0160'],
      ['+420 601 234 567', '601 234 567'],
    ];
    for (const [international, national] of pairs) {
      expect(phoneKey(international), international).toBe(phoneKey(national));
      expect(phoneIdentity(international), international).toBe(phoneIdentity(national));
    }
    // As before for numbers of nine digits and more: the last nine.
    expect(phoneKey('+1 512 555 0160')).toBe('125550160');
    expect(phoneKey('+48 601 234 567')).toBe('601234567');
    // Two country codes are still two numbers to the same-person check.
    expect(isOneNumber('+45 20 12 34 56', '+47 20 12 34 56')).toBe(false);
    expect(isOneNumber('+45 20 12 34 56', '20123456')).toBe(true);
  });

  it('leaves out an extension after the number, however it is written', () => {
    const key = phoneKey('418-656-9254');
    for (const form of ['+1-418-656-9254 ext. 102', '+1 418 656 9254 x102', '(418) 656-9254 #102', '418.656.9254 Ext 7', '4186569254 extension 12']) {
      expect(phoneKey(form), form).toBe(key);
      expect(phoneIdentity(form), form).toBe(key);
    }
    expect(isOneNumber('+1-418-656-9254 ext. 102', '+1 418 656 9254')).toBe(true);
    expect(phoneKey('x102')).toBe('102'); // nothing but an extension: its digits, as before
    expect(phoneIdentity('ext. 1234567')).toBe('1234567');
  });
});

describe('readsAsPhoneNumber', () => {
  it('takes digits with the usual punctuation, seven digits at least', () => {
    for (const text of ['+48 601 234 567', '601234567', '0601-234-567', '(512) 555-0160', ' 555 0100 ', '030/1234567']) expect(readsAsPhoneNumber(text), text).toBe(true);
    for (const text of ['12', '#1234567', '2026', '234 567', 'Shop 1234567', '601234567a', '+']) expect(readsAsPhoneNumber(text), text).toBe(false);
  });
});
