// The distance between names (src/domain/editDistance.ts), held to its definition: a full table
// of edits, adjacent swaps counting one, here written plainly and filled whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceFrom, editDistance, editDistanceWithin, piecesApart } from '../../src/domain/editDistance.js';

/** Optimal string alignment distance, every cell of the table filled. */
function definition(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      const above = d[i - 1]!;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

// Few letters, so that names share runs, swaps and repeats; a space, as names have.
const text = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', ' '), maxLength: max });
/** A second name made from one of `names` with a few edits, of a UTF-16 unit each: near ones are the cases that matter. */
const nearTo = (names: fc.Arbitrary<string>) =>
  names.chain((a) =>
    fc.tuple(fc.constant(a), fc.array(fc.tuple(fc.nat(20), fc.constantFrom('insert', 'delete', 'swap', 'change'), fc.constantFrom('a', 'b', 'x')), { maxLength: 4 })).map(([from, edits]) => {
      let b = from;
      for (const [at, kind, letter] of edits) {
        const i = b.length === 0 ? 0 : at % b.length;
        if (kind === 'insert') b = b.slice(0, i) + letter + b.slice(i);
        else if (kind === 'delete') b = b.slice(0, i) + b.slice(i + 1);
        else if (kind === 'swap' && i + 1 < b.length) b = b.slice(0, i) + b[i + 1] + b[i] + b.slice(i + 2);
        else b = b.slice(0, i) + letter + b.slice(i + 1);
      }
      return [from, b] as const;
    }),
  );
const nearPair = nearTo(text(16));

describe('editDistance', () => {
  it('counts edits, an adjacent swap as one', () => {
    expect(editDistance('jane', 'jane')).toBe(0);
    expect(editDistance('jnae', 'jane')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('ca', 'abc')).toBe(3); // no edit inside a swapped pair
  });

  it('is the definition for any two texts', () => {
    fc.assert(fc.property(fc.oneof(nearPair, fc.tuple(text(12), text(30))), ([a, b]) => editDistance(a, b) === definition(a, b)), { numRuns: 3000 });
  });
});

describe('editDistanceWithin', () => {
  it('is the distance when it is at most the limit, and one past the limit otherwise', () => {
    const limits = fc.integer({ min: 0, max: 4 });
    fc.assert(
      fc.property(fc.oneof(nearPair, fc.tuple(text(12), text(40))), limits, ([a, b], limit) => editDistanceWithin(a, b, limit) === Math.min(definition(a, b), limit + 1)),
      { numRuns: 5000 },
    );
  });

  it('reads a longer name after shorter ones, and a shorter one after that, the same', () => {
    const long = 'x'.repeat(300);
    expect(editDistanceWithin('ab', 'ba', 1)).toBe(1);
    expect(editDistanceWithin(long, `${long}y`, 2)).toBe(1);
    expect(editDistanceWithin('jnae doe', 'jane doe', 2)).toBe(1);
    expect(editDistanceWithin('jane doe', 'john doe', 1)).toBe(2);
  });
});

describe('distanceFrom', () => {
  // A stretch of a longer text, as "did you mean" reads the names: what lies around it makes no difference.
  const around = fc.tuple(text(4), text(4));
  const limits = fc.integer({ min: 0, max: 4 });

  it('is editDistanceWithin for any query and stretch of text, letters beyond ASCII included', () => {
    fc.assert(
      fc.property(fc.oneof(nearPair, fc.tuple(text(12), text(40))), around, limits, ([a, b], [before, after], limit) => {
        const distance = distanceFrom(a, limit);
        expect(distance(`${before}${b}${after}`, before.length, before.length + b.length)).toBe(Math.min(definition(a, b), limit + 1));
      }),
      { numRuns: 5000 },
    );
  });

  it('works a query of up to 32 units in the bits of a number, and a longer one cell by cell, the same', () => {
    const long = fc.tuple(fc.integer({ min: 28, max: 36 }), text(40)).map(([n, t]) => `${'ab'.repeat(20)}${t}`.slice(0, n));
    fc.assert(
      fc.property(long.chain((a) => fc.tuple(fc.constant(a), fc.oneof(fc.constant(a), text(40), nearPair.map(([x]) => `${a.slice(0, 20)}${x}`.slice(0, 40))))), limits, ([a, b], limit) => {
        expect(distanceFrom(a, limit)(b, 0, b.length)).toBe(Math.min(definition(a, b), limit + 1));
      }),
      { numRuns: 3000 },
    );
    expect(distanceFrom('a'.repeat(32), 2)(`x${'a'.repeat(31)}`, 0, 32)).toBe(1);
    expect(distanceFrom('a'.repeat(32), 2)(`${'a'.repeat(30)}ba`, 0, 32)).toBe(1);
  });
});

describe('piecesApart', () => {
  // Emoji of two UTF-16 units, which an edit of one unit can break: a piece holds them whole.
  const names = fc.array(fc.constantFrom('a', 'b', 'é', ' ', '🌸'), { maxLength: 20 }).map((letters) => letters.join(''));

  it('leaves one of `count` pieces a character apart whole in any text within count − 1 edits', () => {
    fc.assert(
      fc.property(nearTo(names), fc.integer({ min: 1, max: 5 }), ([a, b], count) => {
        fc.pre(definition(a, b) <= count - 1);
        expect(piecesApart(a, count, 1).some((piece) => b.includes(piece))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('cuts the text from its first character to its last, pieces of about one length, `gap` characters apart, never inside an emoji', () => {
    expect(piecesApart('kowalsky', 2, 1)).toEqual(['kow', 'lsky']);
    expect(piecesApart('maria lopez', 3, 1)).toEqual(['mar', 'a l', 'pez']);
    expect(piecesApart('abcdefghi', 3, 0)).toEqual(['abc', 'def', 'ghi']);
    expect(piecesApart('🌸🌸a🌸🌸', 2, 1)).toEqual(['🌸🌸', '🌸🌸']);
  });
});
