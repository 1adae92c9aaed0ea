import { OffsetMapBuilder, type OffsetMap } from './offset-map.js';

/**
 * Positions of values inside JSON source text. `JSON.parse` gives values but
 * no positions; these helpers find where a record's text field sits in the
 * file so offsets can point back into it. They expect text that `JSON.parse`
 * has already accepted and do not validate it again.
 */

export interface SourceRange {
  start: number;
  end: number;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

export function skipWhitespace(source: string, at: number): number {
  let i = at;
  while (i < source.length && WHITESPACE.has(source[i] ?? '')) i++;
  return i;
}

function skipString(source: string, at: number): number {
  let i = at + 1;
  while (i < source.length) {
    const char = source[i];
    if (char === '\\') i += 2;
    else if (char === '"') return i + 1;
    else i++;
  }
  return i;
}

/** The index just after the value starting at `at`. */
export function skipValue(source: string, at: number): number {
  const first = source[at];
  if (first === '"') return skipString(source, at);
  if (first === '{' || first === '[') {
    let depth = 0;
    let i = at;
    while (i < source.length) {
      const char = source[i];
      if (char === '"') {
        i = skipString(source, i);
        continue;
      }
      if (char === '{' || char === '[') depth++;
      else if (char === '}' || char === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return i;
  }
  let i = at;
  while (i < source.length && !WHITESPACE.has(source[i] ?? '') && !',]}'.includes(source[i] ?? '')) i++;
  return i;
}

/** Ranges of the elements of the array starting at `at` (a '['). */
export function arrayElements(source: string, at: number): SourceRange[] {
  const elements: SourceRange[] = [];
  let i = skipWhitespace(source, at + 1);
  while (i < source.length && source[i] !== ']') {
    const end = skipValue(source, i);
    elements.push({ start: i, end });
    i = skipWhitespace(source, end);
    if (source[i] === ',') i = skipWhitespace(source, i + 1);
  }
  return elements;
}

/** Range of the value of `key` in the object starting at `at` (a '{'); the last one wins, as in `JSON.parse`. */
export function propertyValue(source: string, at: number, key: string): SourceRange | undefined {
  let found: SourceRange | undefined;
  let i = skipWhitespace(source, at + 1);
  while (i < source.length && source[i] === '"') {
    const keyEnd = skipString(source, i);
    const name: unknown = JSON.parse(source.slice(i, keyEnd));
    const valueStart = skipWhitespace(source, skipWhitespace(source, keyEnd) + 1);
    const valueEnd = skipValue(source, valueStart);
    if (name === key) found = { start: valueStart, end: valueEnd };
    i = skipWhitespace(source, valueEnd);
    if (source[i] === ',') i = skipWhitespace(source, i + 1);
  }
  return found;
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Decodes the string literal at `literal` (quotes included), each escape mapped to its place in `source`. */
export function decodeStringLiteral(source: string, literal: SourceRange): { text: string; map: OffsetMap } {
  const builder = new OffsetMapBuilder();
  const base = literal.start + 1;
  // Searching a copy of the literal keeps indexOf from scanning the rest of a large file.
  const content = source.slice(base, literal.end - 1);
  let copiedTo = 0;
  let i = content.indexOf('\\');
  while (i !== -1) {
    builder.copy(source, base + copiedTo, base + i);
    const kind = content[i + 1] ?? '';
    const length = kind === 'u' ? 6 : 2;
    const decoded = kind === 'u' ? String.fromCharCode(Number.parseInt(content.slice(i + 2, i + 6), 16)) : (SIMPLE_ESCAPES[kind] ?? kind);
    builder.replace(base + i, base + i + length, decoded);
    copiedTo = i + length;
    i = content.indexOf('\\', copiedTo);
  }
  builder.copy(source, base + copiedTo, base + content.length);
  return builder.build();
}
