// What people type into `rel search`, read as a query about people (SPEC §3): plain words must
// all occur somewhere on the same person, not necessarily in one record, so `kowalski kuba` finds
// Jakub Kowalski whose nickname is in a note. Each term ("a phrase", gol*, a word) is one FTS5
// phrase matched within one record; AND (or words side by side), OR, NOT (upper case, as in FTS5,
// NOT binding tightest, then AND, then OR; or a - before a word: ana -kitchen) and parentheses
// combine terms per person. Words are quoted, so o'brien, e-mail or C++ stay words instead of
// FTS5 syntax. Mistakes visible here (an unclosed quote, a lone *, an operator with nothing on
// one side) are reported in words. Terms
// are folded as the index folds its text (src/domain/searchFold.ts): "łukasz" looks for "lukasz",
// "o'hare" for "ohare", "ＡＢＣ" for "ABC", and 花子 for the phrase "花 子", its characters side
// by side, found inside 山田花子.
// A phone number, however it is spaced ("+34 612 34 56 78", "612345678", "612 345 678"), also
// looks for its phone key (src/domain/phoneNumbers.ts), which the index holds for every phone.
import { UsageError } from '../errors.js';
import { phoneKey, readsAsPhoneNumber } from './phoneNumbers.js';
import { foldForSearch } from './searchFold.js';

export const SEARCH_HINT = 'use words, "a phrase" or a prefix*';

/** A query about people. A term is one FTS5 phrase (`"golf"`, `"spring catalog"`, `"gol"*`) matched within one record. */
export type SearchExpr =
  | { type: 'term'; fts: string }
  | { type: 'all'; parts: SearchExpr[] }
  | { type: 'any'; parts: SearchExpr[] }
  | { type: 'but'; include: SearchExpr; exclude: SearchExpr };

/** The query comes only from the command line, so a query that does not parse is a usage error. */
export class SearchQueryError extends UsageError {
  constructor(problem: string) {
    super(`search: ${problem}; ${SEARCH_HINT}`);
  }
}

type Token =
  | { type: 'term'; text: string; prefix: boolean; word: boolean }
  | { type: 'op'; op: Operator; dash?: true }
  | { type: 'open' }
  | { type: 'close' };
type Operator = 'AND' | 'OR' | 'NOT';

const OPERATORS = new Set<string>(['AND', 'OR', 'NOT']);

/** Text with no letter or digit gives the tokenizer nothing to match; such terms are left out. */
function hasWordChar(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

function termToken(text: string, prefix: boolean, word: boolean): Token | undefined {
  return hasWordChar(text) ? { type: 'term', text, prefix, word } : undefined;
}

/** A quoted phrase starting at `start` (the opening quote): its token and where reading goes on. */
function readPhrase(text: string, start: number): [Token | undefined, number] {
  const end = text.indexOf('"', start + 1);
  if (end < 0) throw new SearchQueryError(`unclosed quote in ${JSON.stringify(text)}`);
  const prefix = text[end + 1] === '*';
  return [termToken(text.slice(start + 1, end), prefix, false), end + (prefix ? 2 : 1)];
}

function readWord(word: string): Token | undefined {
  if (OPERATORS.has(word)) return { type: 'op', op: word as Operator };
  const stem = word.replace(/\*+$/, '');
  const prefix = stem !== word;
  if (prefix && !hasWordChar(stem)) throw new SearchQueryError('a prefix needs letters before the *, as in gol*');
  return termToken(stem, prefix, !prefix);
}

/** "(512)" in "(512) 555-0160" is part of a number, not a group: a group of digits alone would say nothing. */
const AREA_CODE = /^\(\d+\)/;

/**
 * `ana -kitchen`: a - that starts a word or a phrase leaves out what follows, as in a web search. A
 * dash within a word (e-mail) or before a digit (a phone's -0160) is part of the text.
 */
function isDashNot(text: string, at: number): boolean {
  return text[at] === '-' && (at === 0 || /[\s(]/.test(text[at - 1] as string)) && /^-(["(]|\p{L})/u.test(text.slice(at, at + 2));
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
    } else if (isDashNot(text, i)) {
      token = { type: 'op', op: 'NOT', dash: true };
      i++;
    } else if (ch === '"') {
      [token, i] = readPhrase(text, i);
    } else if ((ch === '(' || ch === ')') && !AREA_CODE.test(text.slice(i))) {
      token = { type: ch === '(' ? 'open' : 'close' };
      i++;
    } else {
      const from = i + (AREA_CODE.exec(text.slice(i))?.[0].length ?? 0);
      const end = text.slice(from).search(/[\s"()]/);
      const word = end < 0 ? text.slice(i) : text.slice(i, from + end);
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
    if (token.type === 'op' && token.dash && expectTerm) throw new SearchQueryError('a word after a - leaves people out, so a word must come before it, as in ana -kitchen');
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

function ftsTerm(text: string, prefix: boolean): SearchExpr {
  return { type: 'term', fts: `"${foldForSearch(text).replace(/"/g, '""')}"${prefix ? '*' : ''}` };
}

/** Either of two expressions, or the one when they are the same. */
function either(a: SearchExpr, b: SearchExpr): SearchExpr {
  return a.type === 'term' && b.type === 'term' && a.fts === b.fts ? a : { type: 'any', parts: [a, b] };
}

/** Plain words that could be part of a phone number: digits and the usual punctuation. */
const PHONE_PART = /^\+?[\d().\-/]+$/;

type TermToken = Extract<Token, { type: 'term' }>;
/** A token with its terms read as what they look for. */
type Item = Exclude<Token, TermToken> | { type: 'expr'; expr: SearchExpr };

function isPhonePart(token: Token | undefined): token is TermToken {
  return token?.type === 'term' && token.word && PHONE_PART.test(token.text);
}

/** The plain words from `start` on that could together be one phone number ("+34 612 34 56 78"). */
function phoneRun(tokens: Token[], start: number): TermToken[] {
  let end = start;
  while (isPhonePart(tokens[end])) end++;
  return tokens.slice(start, end) as TermToken[];
}

/** What `expr` looks for, or the key of the phone number `text` reads as. */
function orItsKey(text: string, expr: SearchExpr): SearchExpr {
  return readsAsPhoneNumber(text) ? either(ftsTerm(phoneKey(text), false), expr) : expr;
}

/**
 * Terms read in order: a run of plain words that reads as one phone number is those words, or
 * the number's key; any other term is itself, or the key of the number it reads as
 * ("+34612345678", "\"612 345 678\"").
 */
function readTerms(tokens: Token[]): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type !== 'term') {
      items.push(token);
      continue;
    }
    const run = phoneRun(tokens, i);
    const number = run.map((t) => t.text).join(' ');
    if (run.length > 1 && readsAsPhoneNumber(number)) {
      items.push({ type: 'expr', expr: orItsKey(number, { type: 'all', parts: run.map((t) => ftsTerm(t.text, false)) }) });
      i += run.length - 1;
    } else {
      const term = ftsTerm(token.text, token.prefix);
      items.push({ type: 'expr', expr: token.prefix ? term : orItsKey(token.text, term) });
    }
  }
  return items;
}

/** Recursive descent over well-formed items (checkShape ran): OR of ANDs of NOTs of primaries. */
class Parser {
  private at = 0;
  constructor(private readonly items: Item[]) {}

  parse(): SearchExpr {
    return this.alternatives();
  }

  private peek(): Item | undefined {
    return this.items[this.at];
  }

  private isOp(op: Operator): boolean {
    const item = this.peek();
    return item?.type === 'op' && item.op === op;
  }

  private alternatives(): SearchExpr {
    const parts = [this.conjunction()];
    while (this.isOp('OR')) {
      this.at++;
      parts.push(this.conjunction());
    }
    return parts.length === 1 ? (parts[0] as SearchExpr) : { type: 'any', parts };
  }

  /** Terms side by side, or with AND between them. */
  private conjunction(): SearchExpr {
    const parts = [this.exclusion()];
    for (;;) {
      if (this.isOp('AND')) this.at++;
      const next = this.peek();
      if (next === undefined || next.type === 'close' || next.type === 'op') break;
      parts.push(this.exclusion());
    }
    return parts.length === 1 ? (parts[0] as SearchExpr) : { type: 'all', parts };
  }

  private exclusion(): SearchExpr {
    let expr = this.primary();
    while (this.isOp('NOT')) {
      this.at++;
      expr = { type: 'but', include: expr, exclude: this.primary() };
    }
    return expr;
  }

  private primary(): SearchExpr {
    const item = this.items[this.at++] as Item;
    if (item.type === 'expr') return item.expr;
    // checkShape let only a term or an opening parenthesis stand here.
    const inner = this.alternatives();
    this.at++; // its closing parenthesis
    return inner;
  }
}

/** What the user typed as a query about people; throws SearchQueryError for a query rel cannot read. */
export function parseSearch(text: string): SearchExpr {
  const tokens = tokenize(text);
  checkShape(tokens);
  return new Parser(readTerms(tokens)).parse();
}

/** The terms whose matches a result shows: every term but those a NOT leaves out. */
export function shownTerms(expr: SearchExpr): string[] {
  switch (expr.type) {
    case 'term':
      return [expr.fts];
    case 'all':
    case 'any':
      return [...new Set(expr.parts.flatMap(shownTerms))];
    case 'but':
      return shownTerms(expr.include);
  }
}

/** True when any record that matches a term makes its person a match: the query has only alternatives. */
export function isAlternativesOnly(expr: SearchExpr): boolean {
  return expr.type === 'term' || (expr.type === 'any' && expr.parts.every(isAlternativesOnly));
}
