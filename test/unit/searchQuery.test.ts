import { describe, expect, it } from 'vitest';
import { isAlternativesOnly, parseSearch, shownTerms, type SearchExpr } from '../../src/domain/searchQuery.js';

/** A query as short text: a term is its FTS5 phrase; all(...) every part on the person, any(...) one of them, but(a, b) a and not b. */
function show(expr: SearchExpr): string {
  switch (expr.type) {
    case 'term':
      return expr.fts;
    case 'all':
    case 'any':
      return `${expr.type}(${expr.parts.map(show).join(', ')})`;
    case 'but':
      return `but(${show(expr.include)}, ${show(expr.exclude)})`;
  }
}

const read = (text: string) => show(parseSearch(text));

describe('parseSearch', () => {
  it('quotes plain words, each to be found somewhere on the person', () => {
    expect(read('golf')).toBe('"golf"');
    expect(read('  kowalski   kuba ')).toBe('all("kowalski", "kuba")');
  });
  it('keeps punctuation inside a quoted word, where FTS5 cannot read it as syntax', () => {
    expect(read("o'brien e-mail C++ body:x")).toBe('all("obrien", "e-mail", "C++", "body:x")');
    expect(read('kuba.k@acme.pl')).toBe('"kuba.k@acme.pl"');
  });
  it('looks for a word without its apostrophes, as the index holds every text (0033, 0035)', () => {
    expect(read('D’Angelo')).toBe('"DAngelo"');
    expect(read("o'bri*")).toBe('"obri"*');
    expect(read(`"pat o'brien"`)).toBe('"pat obrien"');
    expect(read('obrien')).toBe('"obrien"');
    expect(read("'golf'")).toBe('"golf"');
    expect(read("l'été OR oʼhare")).toBe('any("lété", "ohare")');
  });
  it('looks for full-width letters and digits as ASCII ones (0035)', () => {
    expect(read('ＡＢＣ-１２３ ｘｙｚ*')).toBe('all("ABC-123", "xyz"*)');
    expect(read('"Ｏ’Ｈａｒｅ"')).toBe('"OHare"');
  });
  it('keeps phrases and prefixes, each within one record', () => {
    expect(read('"spring catalog"')).toBe('"spring catalog"');
    expect(read('gol*')).toBe('"gol"*');
    expect(read('"spring cat"* tulips')).toBe('all("spring cat"*, "tulips")');
  });
  it('reads upper-case operators and parentheses, NOT binding tightest, then AND, then OR (as FTS5 does); lower case are words', () => {
    expect(read('golf OR tennis')).toBe('any("golf", "tennis")');
    expect(read('(golf OR tennis) NOT catalog')).toBe('but(any("golf", "tennis"), "catalog")');
    expect(read('golf and tennis')).toBe('all("golf", "and", "tennis")');
    expect(read('catalog (golf OR tennis) (swim)')).toBe('all("catalog", any("golf", "tennis"), "swim")');
    expect(read('a OR b c')).toBe('any("a", all("b", "c"))');
    expect(read('a NOT c AND b')).toBe('all(but("a", "c"), "b")');
    expect(read('a OR b NOT c')).toBe('any("a", but("b", "c"))');
    expect(read('a NOT b NOT c')).toBe('but(but("a", "b"), "c")');
    expect(read('a AND b OR c AND d')).toBe('any(all("a", "b"), all("c", "d"))');
  });
  it('reads a - that starts a word or a phrase as NOT, as a web search does; a dash within a word or before a digit is text', () => {
    expect(read('ana -kitchen')).toBe('but("ana", "kitchen")');
    expect(read('ana -"tile samples" -(golf OR tennis)')).toBe('but(but("ana", "tile samples"), any("golf", "tennis"))');
    expect(read('ana -kitchen bistro')).toBe('all(but("ana", "kitchen"), "bistro")');
    expect(read('e-mail 555 -0160')).toBe('all("e-mail", any("5550160", all("555", "-0160")))');
    expect(read('ana - kitchen')).toBe('all("ana", "kitchen")');
  });
  it('leaves out terms without a letter or digit', () => {
    expect(read('golf - !!')).toBe('"golf"');
  });
  it('looks for a phone number by its key as well, however it is spaced', () => {
    expect(read('612345678')).toBe('"612345678"');
    expect(read('+34612345678')).toBe('any("612345678", "+34612345678")');
    expect(read('612 345 678')).toBe('any("612345678", all("612", "345", "678"))');
    expect(read('+34 612 34 56 78')).toBe('any("612345678", all("+34", "612", "34", "56", "78"))');
    expect(read('"+34 612 34 56 78"')).toBe('any("612345678", "+34 612 34 56 78")');
    expect(read('kowalski (512) 555-0160')).toBe('all("kowalski", any("125550160", all("(512)", "555-0160")))'); // the last nine digits
    expect(read('(512)555-0160')).toBe('any("125550160", "(512)555-0160")');
    expect(read('(golf OR (2019))')).toBe('any("golf", "(2019)")'); // digits in parentheses are a number, not a group
  });
  it('takes short numbers, prefixes and words beside a number as they are', () => {
    expect(read('+34 612')).toBe('all("+34", "612")');
    expect(read('612345*')).toBe('"612345"*');
    expect(read('612 345 678*')).toBe('all("612", "345", "678"*)');
    expect(read('call 612 345 678')).toBe('all("call", any("612345678", all("612", "345", "678")))');
  });
  it.each([
    ['"unclosed', 'unclosed quote'],
    ['AND', 'AND needs a word on each side'],
    ['-kitchen', 'a word after a - leaves people out, so a word must come before it, as in ana -kitchen'],
    ['ana OR -kitchen', 'a word after a - leaves people out'],
    ['ana (-kitchen)', 'a word after a - leaves people out'],
    ['golf OR', 'OR needs a word on each side'],
    ['golf AND OR tennis', 'OR needs a word on each side'],
    ['*', 'a prefix needs letters before the *'],
    ['(golf', 'a ( without its )'],
    ['golf)', 'a ) without its ('],
    ['golf ()', 'nothing to search for before a )'],
    ['!!!', 'nothing to search for'],
    ['', 'nothing to search for'],
  ])('refuses %j with a message in words', (query, problem) => {
    expect(() => parseSearch(query)).toThrow(`search: ${problem}`);
    expect(() => parseSearch(query)).toThrow(/; use words, "a phrase" or a prefix\*$/);
  });
});

describe('what a result shows', () => {
  it('shows the matches of every term but those a NOT leaves out, each once', () => {
    expect(shownTerms(parseSearch('(golf OR tennis) NOT catalog golf'))).toEqual(['"golf"', '"tennis"']);
    expect(shownTerms(parseSearch('612 345 678'))).toEqual(['"612345678"', '"612"', '"345"', '"678"']);
  });
  it('needs no person-by-person reading for a term or alternatives only', () => {
    expect(isAlternativesOnly(parseSearch('golf'))).toBe(true);
    expect(isAlternativesOnly(parseSearch('golf OR tennis OR "spring catalog"'))).toBe(true);
    expect(isAlternativesOnly(parseSearch('golf tennis'))).toBe(false);
    expect(isAlternativesOnly(parseSearch('golf NOT tennis'))).toBe(false);
    expect(isAlternativesOnly(parseSearch('612 345 678'))).toBe(false);
  });
});
