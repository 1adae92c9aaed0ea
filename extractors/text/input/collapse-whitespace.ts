import { OffsetMapBuilder, type OffsetMap } from './offset-map.js';

const SPACES = ' \\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000';
const LINE_BREAKS = '\\n\\v\\f\\r\\u0085\\u2028\\u2029';
// Control characters, soft hyphens, zero-width spaces, bidi controls, BOMs
// and lone surrogates carry no text. ZWJ and ZWNJ (U+200C/D) stay: they
// change spelling in Persian and Indic scripts and glue emoji together.
const INVISIBLE =
  '\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u0084\\u0086-\\u009F\\u00AD\\u180E\\u200B\\u200E\\u200F' +
  '\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFF9-\\uFFFB\\uD800-\\uDFFF';
const ANY = `${SPACES}${LINE_BREAKS}${INVISIBLE}`;
// A lone ' ' is already clean; matching only the runs that change keeps this
// fast on large texts.
const RUN = new RegExp(`[${ANY}]{2,}|[${ANY.replace(' ', '')}]`, 'gu');
const LINE_BREAK = new RegExp(`\\r\\n|[${LINE_BREAKS}]`, 'gu');
const SPACE = new RegExp(`[${SPACES}]`, 'u');
const VISIBLE = new RegExp(`[^${ANY}]`, 'u');
const TRAILING = new RegExp(`[${ANY}]+$`, 'u');

/**
 * Trims the text and every line, turns each run of spaces into one space,
 * each run with one line break into "\n" and each run with more into one
 * blank line ("\n\n": paragraph boundaries are all later stages need), and
 * drops invisible characters.
 */
export function collapseWhitespace(source: string): { text: string; map: OffsetMap } {
  const builder = new OffsetMapBuilder();
  const first = source.search(VISIBLE);
  if (first === -1) return builder.build();
  const last = source.length - (TRAILING.exec(source)?.[0].length ?? 0);

  let copiedTo = first;
  for (const match of source.matchAll(RUN)) {
    const run = match[0];
    const start = match.index;
    const end = start + run.length;
    if (start < first) continue;
    if (end > last) break;
    builder.copy(source, copiedTo, start);
    copiedTo = end;
    const breaks = run.match(LINE_BREAK)?.length ?? 0;
    const replacement = breaks >= 2 ? '\n\n' : breaks === 1 ? '\n' : SPACE.test(run) ? ' ' : '';
    if (replacement === run) builder.copy(source, start, end);
    else builder.replace(start, end, replacement);
  }
  builder.copy(source, copiedTo, last);
  return builder.build();
}
