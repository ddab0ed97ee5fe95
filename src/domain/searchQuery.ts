// What people type into `rel search`, turned into an FTS5 query that is never a syntax error by
// accident. Plain words are quoted, so o'brien, e-mail or C++ stay words instead of FTS5 syntax,
// and ANDed; "a phrase" stays a phrase; gol* and "spring cat"* are prefixes; AND, OR and NOT
// (upper case, as in FTS5) and parentheses combine terms. Mistakes visible here (an unclosed
// quote, a lone *, an operator with nothing on one side) are reported in words. Terms are folded
// as the index folds its text (src/domain/searchFold.ts): "łukasz" looks for "lukasz".
import { UsageError } from '../errors.js';
import { foldForSearch } from './searchFold.js';

export const SEARCH_HINT = 'use words, "a phrase" or a prefix*';

type Token = { type: 'term'; fts: string } | { type: 'op'; op: string } | { type: 'open' } | { type: 'close' };

/** The query comes only from the command line, so a query that does not parse is a usage error. */
export class SearchQueryError extends UsageError {
  constructor(problem: string) {
    super(`search: ${problem}; ${SEARCH_HINT}`);
  }
}

const OPERATORS = new Set(['AND', 'OR', 'NOT']);

/** Text with no letter or digit gives the tokenizer nothing to match; such terms are left out. */
function hasWordChar(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

function term(text: string, prefix: boolean): Token | undefined {
  if (!hasWordChar(text)) return undefined;
  return { type: 'term', fts: `"${foldForSearch(text).replace(/"/g, '""')}"${prefix ? '*' : ''}` };
}

/** A quoted phrase starting at `start` (the opening quote): its token and where reading goes on. */
function readPhrase(text: string, start: number): [Token | undefined, number] {
  const end = text.indexOf('"', start + 1);
  if (end < 0) throw new SearchQueryError(`unclosed quote in ${JSON.stringify(text)}`);
  const prefix = text[end + 1] === '*';
  return [term(text.slice(start + 1, end), prefix), end + (prefix ? 2 : 1)];
}

function readWord(word: string): Token | undefined {
  if (OPERATORS.has(word)) return { type: 'op', op: word };
  const stem = word.replace(/\*+$/, '');
  const prefix = stem !== word;
  if (prefix && !hasWordChar(stem)) throw new SearchQueryError('a prefix needs letters before the *, as in gol*');
  return term(stem, prefix);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    let token: Token | undefined;
    if (/\s/.test(ch)) {
      i++;
      continue;
    } else if (ch === '"') {
      [token, i] = readPhrase(text, i);
    } else if (ch === '(' || ch === ')') {
      token = { type: ch === '(' ? 'open' : 'close' };
      i++;
    } else {
      const end = text.slice(i).search(/[\s"()]/);
      const word = end < 0 ? text.slice(i) : text.slice(i, i + end);
      token = readWord(word);
      i += word.length;
    }
    if (token) tokens.push(token);
  }
  return tokens;
}

/** Operators need a term on each side; parentheses must pair up and hold something. */
function checkShape(tokens: Token[]): void {
  let expectTerm = true;
  let depth = 0;
  for (const token of tokens) {
    if (token.type === 'op' && expectTerm) throw new SearchQueryError(`${token.op} needs a word on each side`);
    if (token.type === 'close' && expectTerm) throw new SearchQueryError('nothing to search for before a )');
    if (token.type === 'close' && --depth < 0) throw new SearchQueryError('a ) without its (');
    if (token.type === 'open') depth++;
    expectTerm = token.type === 'op' || token.type === 'open';
  }
  const last = tokens[tokens.length - 1];
  if (last?.type === 'op') throw new SearchQueryError(`${last.op} needs a word on each side`);
  if (depth > 0) throw new SearchQueryError('a ( without its )');
  if (!tokens.some((t) => t.type === 'term')) throw new SearchQueryError('nothing to search for');
}

function tokenText(token: Token): string {
  return token.type === 'term' ? token.fts : token.type === 'op' ? token.op : token.type === 'open' ? '(' : ')';
}

/**
 * The FTS5 MATCH expression for what the user typed; throws SearchQueryError for a query rel
 * cannot read. Side by side terms get an explicit AND: FTS5 only lets two phrases stand side by
 * side, not a phrase and a parenthesis ("catalog (golf OR tennis)").
 */
export function toFtsQuery(text: string): string {
  const tokens = tokenize(text);
  checkShape(tokens);
  const parts: string[] = [];
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const operandBefore = previous !== undefined && (previous.type === 'term' || previous.type === 'close');
    if (operandBefore && (token.type === 'term' || token.type === 'open')) parts.push('AND');
    parts.push(tokenText(token));
  });
  return parts.join(' ');
}
