import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../src/domain/searchQuery.js';

describe('toFtsQuery', () => {
  it('quotes plain words and ANDs them', () => {
    expect(toFtsQuery('golf')).toBe('"golf"');
    expect(toFtsQuery('  husband   golf ')).toBe('"husband" AND "golf"');
  });
  it('keeps punctuation inside a quoted word, where FTS5 cannot read it as syntax', () => {
    expect(toFtsQuery("o'brien e-mail C++ body:x")).toBe(`"o'brien" AND "e-mail" AND "C++" AND "body:x"`);
  });
  it('keeps phrases and prefixes', () => {
    expect(toFtsQuery('"spring catalog"')).toBe('"spring catalog"');
    expect(toFtsQuery('gol*')).toBe('"gol"*');
    expect(toFtsQuery('"spring cat"* tulips')).toBe('"spring cat"* AND "tulips"');
  });
  it('passes upper-case operators and parentheses through; lower case are words', () => {
    expect(toFtsQuery('golf OR tennis')).toBe('"golf" OR "tennis"');
    expect(toFtsQuery('(golf OR tennis) NOT catalog')).toBe('( "golf" OR "tennis" ) NOT "catalog"');
    expect(toFtsQuery('golf and tennis')).toBe('"golf" AND "and" AND "tennis"');
    // FTS5 itself refuses a phrase beside a parenthesis; the explicit AND makes it a query.
    expect(toFtsQuery('catalog (golf OR tennis) (swim)')).toBe('"catalog" AND ( "golf" OR "tennis" ) AND ( "swim" )');
  });
  it('leaves out terms without a letter or digit', () => {
    expect(toFtsQuery('golf - !!')).toBe('"golf"');
  });
  it.each([
    ['"unclosed', 'unclosed quote'],
    ['AND', 'AND needs a word on each side'],
    ['golf OR', 'OR needs a word on each side'],
    ['golf AND OR tennis', 'OR needs a word on each side'],
    ['*', 'a prefix needs letters before the *'],
    ['(golf', 'a ( without its )'],
    ['golf)', 'a ) without its ('],
    ['golf ()', 'nothing to search for before a )'],
    ['!!!', 'nothing to search for'],
    ['', 'nothing to search for'],
  ])('refuses %j with a message in words', (query, problem) => {
    expect(() => toFtsQuery(query)).toThrow(`search: ${problem}`);
    expect(() => toFtsQuery(query)).toThrow(/; use words, "a phrase" or a prefix\*$/);
  });
});
