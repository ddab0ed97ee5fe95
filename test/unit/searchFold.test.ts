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
    expect(foldForSearch('José Núñez Ирина Σοφία')).toBe('José Núñez Ирина Σοφία');
  });

  it('leaves out apostrophes, typed any way, as names do (0035)', () => {
    expect(foldForSearch("Met at O'Hare, O’Hare, OʼHare, ‘quoted’")).toBe('Met at OHare, OHare, OHare, quoted');
    expect(foldForSearch("D'Angelo aime l'été")).toBe('DAngelo aime lété');
  });

  it('writes full-width letters and digits as ASCII ones, and full-width punctuation as it is (0035)', () => {
    expect(foldForSearch('ＡＢＣ-１２３ ｘｙｚ０９ＺＡａｚ')).toBe('ABC-123 xyz09ZAaz');
    expect(foldForSearch('Ｏ’Ｈａｒｅ！（テスト）')).toBe('OHare！（ テ ス ト ）');
    expect(foldForSearch('／＠［｀｛')).toBe('／＠［｀｛');
  });

  it('writes each character of a script without spaces as a word of its own, and everything else as it is', () => {
    expect(foldForSearch('山田花子 · 大阪銀行')).toBe('山 田 花 子 · 大 阪 銀 行');
    expect(foldForSearch('京都で昼食、お茶が好き')).toBe('京 都 で 昼 食 、 お 茶 が 好 き');
    expect(foldForSearch('iPhone用の3月10日 meeting')).toBe('iPhone 用 の 3 月 10 日 meeting');
    expect(foldForSearch('서울에서 만났다, ภาษาไทย')).toBe('서 울 에 서 만 났 다 , ภ า ษ า ไ ท ย');
    expect(foldForSearch('𠮷野家 佐々木 ｶﾀｶﾅ 山﨑')).toBe('𠮷 野 家 佐 々 木 ｶ ﾀ ｶ ﾅ 山 﨑');
    expect(foldForSearch('Łukasz 山田 Straße')).toBe('lukasz 山 田 Strasse');
    expect(foldForSearch('李 小 龍')).toBe('李 小 龍');
  });

  it('folds the words of a query, not its operators', () => {
    expect(shownTerms(parseSearch('łukasz OR "Søren Ørsted" strass*'))).toEqual(['"lukasz"', '"Soren orsted"', '"strass"*']);
  });

  it('reads a run of characters of a script without spaces as the phrase of its characters', () => {
    expect(shownTerms(parseSearch('花子 OR "京都で" 山田*'))).toEqual(['"花 子"', '"京 都 で"', '"山 田"*']);
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

  it('leaves out the spaces the folded copy put between characters of a script without spaces', () => {
    const original = '山田花子 · 大阪銀行';
    const folded = foldForSearch(original);
    expect(snippetInOriginal(`${S}山 田${E} 花 子 · 大 阪 銀 行`, original, folded)).toBe(`${S}山田${E}花子 · 大阪銀行`);
    expect(snippetInOriginal(`山 田 ${S}花 子${E} · ${S}大 阪${E} 銀 行`, original, folded)).toBe(`山田${S}花子${E} · ${S}大阪${E}銀行`);
    const note = 'Łukasz から iPhone用の京都の地図';
    expect(snippetInOriginal(`${CUT}${S}iPhone${E} 用 の ${S}京 都${E} の 地 図`, note, foldForSearch(note))).toBe(`…${S}iPhone${E}用の${S}京都${E}の地図`);
    expect(snippetInOriginal(`${S}lukasz${E} か ら${CUT}`, note, foldForSearch(note))).toBe(`${S}Łukasz${E} から…`);
    // A person's row leaves out the apostrophes of their name (migration 0033) before it is spaced out.
    expect(snippetInOriginal(`${S}山 田${E}`, "山'田", '山 田')).toBe(`${S}山'田${E}`);
  });

  it('puts back the apostrophes and the full-width letters the folded copy left out or narrowed', () => {
    const note = "Met at O'Hare, then ＡＢＣ-１２３";
    const folded = foldForSearch(note);
    expect(snippetInOriginal(`Met at ${S}OHare${E}, then ${S}ABC${E}-123`, note, folded)).toBe(`Met at ${S}O'Hare${E}, then ${S}ＡＢＣ${E}-１２３`);
    expect(snippetInOriginal(`${S}OHare${E}`, '‘O’Hare’', foldForSearch('‘O’Hare’'))).toBe(`‘${S}O’Hare${E}’`);
    expect(snippetInOriginal(`${CUT}at ${S}OHare${E}${CUT}`, "met at 'O'Hare' and", foldForSearch("met at 'O'Hare' and"))).toBe(`…at '${S}O'Hare${E}…`);
    expect(snippetInOriginal(`${S}Twas${E} a day`, "'Twas a day", foldForSearch("'Twas a day"))).toBe(`'${S}Twas${E} a day`);
    // An apostrophe left out is no neighbour: the space after 山 comes from it, not from the apostrophe.
    expect(snippetInOriginal(`山 ${S}a${E}`, "山'a", foldForSearch("山'a"))).toBe(`山'${S}a${E}`);
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
