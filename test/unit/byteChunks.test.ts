import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteChunks } from '../../src/output.js';

const strict = new TextDecoder('utf-8', { fatal: true });

/** Adds the pieces, taking full chunks as a writer does, and returns every chunk in order. */
function chunked(pieces: string[]): Buffer[] {
  const chunks = new ByteChunks();
  const taken: Buffer[] = [];
  for (const piece of pieces) {
    chunks.add(piece);
    if (chunks.full) taken.push(...chunks.take());
  }
  return [...taken, ...chunks.take(true)];
}

describe('ByteChunks', () => {
  it('gives back the text as whole UTF-8 in each chunk, at most 64 KiB unless one piece is larger', () => {
    // Letters of one to four bytes, and pieces from empty to several chunks long.
    const letter = fc.constantFrom('a', 'é', 'ł', '€', '中', '🌸', '\n', '"');
    const piece = fc.oneof({ weight: 8, arbitrary: fc.array(letter, { maxLength: 400 }) }, { weight: 1, arbitrary: fc.array(letter, { minLength: 20_000, maxLength: 60_000 }) });
    fc.assert(
      fc.property(fc.array(piece.map((letters) => letters.join('')), { maxLength: 300 }), (pieces) => {
        const chunks = chunked(pieces);
        expect(chunks.map((chunk) => strict.decode(chunk)).join('')).toBe(pieces.join(''));
        const largest = Math.max(64 * 1024, ...pieces.map((p) => Buffer.byteLength(p)));
        expect(chunks.every((chunk) => chunk.length > 0 && chunk.length <= largest)).toBe(true);
      }),
      { numRuns: 60, endOnFailure: true }, // pieces of 60,000 letters shrink for minutes
    );
  });

  it('fills a chunk before it starts the next', () => {
    const chunks = chunked(Array.from({ length: 10_000 }, (_, i) => `line ${i} ·\n`));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.slice(0, -1).every((chunk) => chunk.length > 64 * 1024 - 20)).toBe(true);
  });

  it('never writes again into a chunk it has given out (a stream may still hold it)', () => {
    const chunks = new ByteChunks();
    chunks.add('x'.repeat(60_000));
    chunks.add('y'.repeat(10_000));
    const [first] = chunks.take();
    const before = Buffer.from(first!);
    for (let i = 0; i < 20; i++) chunks.add('z'.repeat(10_000));
    chunks.take(true);
    expect(first!.equals(before)).toBe(true);
  });
});
