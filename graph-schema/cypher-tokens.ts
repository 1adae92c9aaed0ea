import { GraphError, GraphErrorCode } from './errors.js';

/**
 * Just enough of a Cypher lexer to know which characters are code: string
 * literals, backtick-quoted names and comments are where a `;` or a keyword
 * can hide without meaning anything, so the static checks look at tokens,
 * never at raw text.
 */
export type TokenKind = 'word' | 'quoted-name' | 'string' | 'number' | 'parameter' | 'symbol';

export interface Token {
  kind: TokenKind;
  /** Words and symbols as written; strings and quoted names without their quotes. */
  text: string;
  offset: number;
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;
const DIGIT = /[0-9]/;
// Covers 1.5e3, 0x1F, 1_000 and range bounds like 1..5; the checks never look inside numbers.
const NUMBER_PART = /[0-9A-Za-z_.]/;

function unterminated(what: string, offset: number): GraphError {
  return new GraphError(GraphErrorCode.InvalidQuery, `Invalid query: unterminated ${what} starting at offset ${offset}`);
}

/** Reads a quoted run starting at `start` (the opening quote); returns its content and the index after the closing quote. */
function readQuoted(query: string, start: number, quote: string): { content: string; end: number } | null {
  let content = '';
  let i = start + 1;
  while (i < query.length) {
    const ch = query[i] as string;
    if (quote === '`' && ch === '`') {
      // Inside backticks a doubled backtick is a literal backtick.
      if (query[i + 1] === '`') {
        content += '`';
        i += 2;
        continue;
      }
      return { content, end: i + 1 };
    }
    if (quote !== '`' && ch === '\\') {
      content += query.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch === quote) return { content, end: i + 1 };
    content += ch;
    i += 1;
  }
  return null;
}

function readWhile(query: string, start: number, pattern: RegExp): number {
  let i = start;
  while (i < query.length && pattern.test(query[i] as string)) i += 1;
  return i;
}

/** Splits a query into tokens, dropping whitespace and comments. Throws `GraphError` (invalid query) on an unterminated string, name or comment. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i] as string;
    const next = query[i + 1];
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '/' && next === '/') {
      const newline = query.indexOf('\n', i);
      i = newline === -1 ? query.length : newline + 1;
    } else if (ch === '/' && next === '*') {
      const close = query.indexOf('*/', i + 2);
      if (close === -1) throw unterminated('comment', i);
      i = close + 2;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      const quoted = readQuoted(query, i, ch);
      if (!quoted) throw unterminated(ch === '`' ? 'quoted name' : 'string literal', i);
      tokens.push({ kind: ch === '`' ? 'quoted-name' : 'string', text: quoted.content, offset: i });
      i = quoted.end;
    } else if (ch === '$') {
      const quoted = next === '`' ? readQuoted(query, i + 1, '`') : null;
      const end = quoted ? quoted.end : readWhile(query, i + 1, WORD_PART);
      tokens.push({ kind: 'parameter', text: query.slice(i, end), offset: i });
      i = Math.max(end, i + 1);
    } else if (WORD_START.test(ch)) {
      const end = readWhile(query, i, WORD_PART);
      tokens.push({ kind: 'word', text: query.slice(i, end), offset: i });
      i = end;
    } else if (DIGIT.test(ch)) {
      const end = readWhile(query, i, NUMBER_PART);
      tokens.push({ kind: 'number', text: query.slice(i, end), offset: i });
      i = end;
    } else {
      tokens.push({ kind: 'symbol', text: ch, offset: i });
      i += 1;
    }
  }
  return tokens;
}

/** True when `token` is an unquoted word equal (case-insensitively) to one of `words`; quoted names are never keywords. */
export function isKeyword(token: Token | undefined, ...words: string[]): boolean {
  if (token?.kind !== 'word') return false;
  const upper = token.text.toUpperCase();
  return words.includes(upper);
}

export function isSymbol(token: Token | undefined, symbol: string): boolean {
  return token?.kind === 'symbol' && token.text === symbol;
}

export function isName(token: Token | undefined): boolean {
  return token?.kind === 'word' || token?.kind === 'quoted-name';
}
