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
