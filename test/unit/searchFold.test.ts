// Search's folding with no database: queries folded as the index folds its text, and snippets of
// the folded copy written back in the user's own letters.
import { describe, expect, it } from 'vitest';
import { MARK_END as E, MARK_START as S } from '../../src/domain/records.js';
import { FOLDED_SNIPPET_CUT as CUT, foldForSearch, snippetInOriginal } from '../../src/domain/searchFold.js';
import { parseSearch, shownTerms } from '../../src/domain/searchQuery.js';

describe('foldForSearch', () => {
  it('writes plain only the letters the tokenizer cannot fold, leaving accents, case and other scripts to it', () => {
    expect(foldForSearch('Łukasz Wróbel')).toBe('lukasz Wróbel');
    expect(foldForSearch('Søren, STRAẞE, Straße, Işıl, Æble, Þóra, ǿ')).toBe('Soren, STRAssE, Strasse, Işil, aeble, thóra, o');
    expect(foldForSearch('José Núñez 李小龍 한국')).toBe('José Núñez 李小龍 한국');
  });

  it('folds the words of a query, not its operators', () => {
    expect(shownTerms(parseSearch('łukasz OR "Søren Ørsted" strass*'))).toEqual(['"lukasz"', '"Soren orsted"', '"strass"*']);
  });
});

describe('snippetInOriginal', () => {
  it("puts the original's letters back around the marks", () => {
    expect(snippetInOriginal(`${S}lukasz${E} Wróbel`, 'Łukasz Wróbel', 'lukasz Wróbel')).toBe(`${S}Łukasz${E} Wróbel`);
    expect(snippetInOriginal(`the ${S}Strasse${E} and ${S}aeble${E}`, 'the Straße and Æble', 'the Strasse and aeble')).toBe(`the ${S}Straße${E} and ${S}Æble${E}`);
  });

  it('turns the left-out marks into ellipses and finds the stretch inside the text', () => {
    const original = 'a long note that ends with Søren and Łukasz';
    const folded = foldForSearch(original);
    expect(snippetInOriginal(`${CUT}with ${S}Soren${E} and lukasz`, original, folded)).toBe(`…with ${S}Søren${E} and Łukasz`);
    expect(snippetInOriginal(`a long ${S}note${E}${CUT}`, original, folded)).toBe(`a long ${S}note${E}…`);
  });

  it('takes the first of two stretches that read alike', () => {
    expect(snippetInOriginal(`${S}lodz${E}`, 'Łodz or Lodz', 'lodz or Lodz')).toBe(`${S}Łodz${E}`);
  });

  it('gives up when the folded copy is not the fold of the text', () => {
    expect(snippetInOriginal(`${S}lukasz${E}`, 'Łukasz', 'lukasz x')).toBeUndefined();
    expect(snippetInOriginal(`${S}lukas${E}`, 'Łukasz', 'Lukasz')).toBeUndefined();
    expect(snippetInOriginal(`${S}nowhere${E}`, 'Łukasz', 'lukasz')).toBeUndefined();
  });
});
