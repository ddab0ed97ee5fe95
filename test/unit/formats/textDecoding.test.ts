import { describe, expect, it } from 'vitest';
import { decodeCharset, decodeTextFile, decodeWindows1252 } from '../../../src/formats/textDecoding.js';

describe('text decoding', () => {
  it('maps windows-1252 0x80–0x9F to the characters Outlook meant', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x93, 0x96, 0x94, 0xe9]))).toBe('€“–”é');
  });

  it('reads ISO-8859-1 as windows-1252, as browsers do', () => {
    expect(decodeCharset(Uint8Array.from([0x96]), 'ISO-8859-1')).toBe('–');
  });

  it('guesses UTF-8, then windows-1252, for no or an unknown charset', () => {
    expect(decodeCharset(Buffer.from('Müller'), undefined)).toBe('Müller');
    expect(decodeCharset(Uint8Array.from([0x4d, 0xfc]), 'x-unknown')).toBe('Mü');
  });

  it('honours byte-order marks', () => {
    expect(decodeTextFile(Buffer.from('\uFEFFname\n', 'utf8'))).toBe('name\n');
    expect(decodeTextFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('né', 'utf16le')]))).toBe('né');
    expect(decodeTextFile('\uFEFFname')).toBe('name');
  });
});
