// Names a few edits of a character apart, for the property tests of finding names near others:
// a name, and variants of it, each made by a few letters inserted, dropped, changed or swapped.
import fc from 'fast-check';

interface Counts {
  minLength: number;
  maxLength: number;
}

/** Each of `names` with `variants` made from it by `edits` each of `letter`s; names empty once trimmed are left out. */
export function nameVariants(names: fc.Arbitrary<string>, letter: fc.Arbitrary<string>, edits: Counts, variants: Counts): fc.Arbitrary<string[]> {
  const edit = fc.tuple(fc.nat(40), fc.constantFrom('insert', 'drop', 'swap', 'change'), letter);
  return names.chain((base) =>
    fc.array(fc.array(edit, edits), variants).map((all) =>
      [base, ...all.map((changes) => {
        const characters = Array.from(base);
        for (const [at, kind, text] of changes) {
          const i = characters.length === 0 ? 0 : at % characters.length;
          if (kind === 'insert') characters.splice(i, 0, text);
          else if (kind === 'drop') characters.splice(i, 1);
          else if (kind === 'swap' && i + 1 < characters.length) characters.splice(i, 2, characters[i + 1]!, characters[i]!);
          else characters.splice(i, 1, text);
        }
        return characters.join('').trim();
      })].filter((n) => n !== ''),
    ),
  );
}
