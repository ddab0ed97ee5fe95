// Bytes to text for imported files. Exports from older programs (Outlook above all) are often in
// windows-1252 rather than UTF-8, and say so only in a vCard's CHARSET, or not at all.
import { TextDecoder } from 'node:util';

// Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as C1 controls, like latin1 (measured:
// 0x96 gives U+0096, not the en dash), so that range is mapped here; 0x81 0x8D 0x8F 0x90 0x9D are
// undefined in windows-1252 and stay as they are, as browsers do.
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

const WINDOWS_1252 = Uint16Array.from({ length: 256 }, (_, byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte));

export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = WINDOWS_1252[bytes[i]!]!;
  return new TextDecoder('utf-16le').decode(units);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const decoders = new Map<string, TextDecoder | null>();

/** UTF-8 when the bytes are valid UTF-8, else windows-1252: what an unlabelled old export means. */
export function decodeGuessingCharset(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** A decoder per charset label, made once; null for a label TextDecoder does not know. */
function decoderFor(charset: string): TextDecoder | null {
  let decoder = decoders.get(charset);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(charset);
    } catch {
      decoder = null;
    }
    decoders.set(charset, decoder);
  }
  return decoder;
}

/**
 * Bytes in a declared charset (any label TextDecoder knows: UTF-8, ISO-8859-1 — which WHATWG
 * reads as its superset windows-1252 —, Shift_JIS…); an unknown label is treated as no label.
 */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const decoder = charset ? decoderFor(charset.toLowerCase()) : null;
  if (!decoder) return decodeGuessingCharset(bytes);
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

/** A whole text file: a UTF-8 or UTF-16 byte-order mark decides, otherwise as decodeGuessingCharset. */
export function decodeTextFile(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) return decodeGuessingCharset(input.subarray(3));
  if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder('utf-16le').decode(input.subarray(2));
  if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder('utf-16be').decode(input.subarray(2));
  return decodeGuessingCharset(input);
}
