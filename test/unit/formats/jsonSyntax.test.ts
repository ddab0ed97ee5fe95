import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonError } from '../../../src/formats/jsonSyntax.js';

describe('findJsonError', () => {
  it.each([
    ['{"a":}', 1, 6],
    ['{"a":1', 1, 7],
    ['[1,2,]', 1, 6],
    ['{\n  "a": tru\n}', 2, 8],
    ['{\r\n  "a": 1\r\n  "b": 2\r\n}', 3, 3],
    ['"tab\there"', 1, 5],
    ['{"a": 01}', 1, 8],
    ['[1] x', 1, 5],
  ])('%j fails at line %i column %i', (text, line, column) => {
    expect(findJsonError(text)).toEqual({ line, column });
  });

  it('agrees with JSON.parse on what is valid', () => {
    const parses = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonError(text)).toBeUndefined();
      }),
    );
    const nearlyJson = fc.json().chain((text) => fc.nat(text.length).map((cut) => text.slice(0, cut) + text.slice(cut + 1)));
    fc.assert(
      fc.property(fc.oneof(nearlyJson, fc.string()), (text) => {
        expect(findJsonError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 500 },
    );
  });
});
