import { OffsetMapBuilder, type OffsetMap } from './offset-map.js';

export interface MarkdownText {
  text: string;
  map: OffsetMap;
  /** The first level-1 heading, markers stripped. */
  title?: string;
}

const LINE = /([^\r\n]*)(\r\n|\r|\n|$)/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const FRONT_MATTER_OPEN = /^---[ \t]*$/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** Lines with no prose: rules, setext underlines, table separators, link reference definitions. */
const STRUCTURE_ONLY = [
  /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/,
  /^ {0,3}(?:=+|-+)[ \t]*$/,
  /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$/,
  /^ {0,3}\[[^\]]+\]:[ \t]*\S+/,
];
const BLOCK_PREFIX = /^(?:[ \t]*>[ \t]?)*(?:[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?| {0,3}(#{1,6})(?:[ \t]+|$))?/;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;

/**
 * Markdown as plain text with offsets: block markers (#, >, list bullets),
 * emphasis, code backticks, escapes, link targets, images and inline HTML
 * are dropped; link text and inline code are kept. Fenced code blocks are
 * dropped: code is not prose, and would only feed noise to sentence
 * splitting and entity recognition. Front matter is dropped too.
 */
export function markdownToText(markdown: string): MarkdownText {
  const builder = new OffsetMapBuilder();
  let fence: string | null = null;
  let inFrontMatter = false;
  let title: string | undefined;
  let lineNumber = 0;

  for (const match of markdown.matchAll(LINE)) {
    const [whole, line = '', newline = ''] = match;
    if (whole === '') break;
    const lineStart = match.index;
    const lineEnd = lineStart + line.length;
    lineNumber++;

    let skipLine = false;
    if (inFrontMatter) {
      skipLine = true;
      if (FRONT_MATTER_CLOSE.test(line)) inFrontMatter = false;
    } else if (lineNumber === 1 && FRONT_MATTER_OPEN.test(line)) {
      skipLine = inFrontMatter = true;
    } else if (fence !== null) {
      skipLine = true;
      if (line.trimStart().startsWith(fence)) fence = null;
    } else {
      const opening = FENCE.exec(line)?.[1];
      if (opening !== undefined) {
        fence = opening;
        skipLine = true;
      } else {
        skipLine = STRUCTURE_ONLY.some((pattern) => pattern.test(line));
      }
    }

    if (!skipLine) {
      const prefix = BLOCK_PREFIX.exec(line);
      const contentStart = lineStart + (prefix?.[0].length ?? 0);
      const isHeading = prefix?.[1] !== undefined;
      const contentEnd = isHeading ? lineStart + line.replace(CLOSING_HASHES, '').length : lineEnd;
      const before = builder.cleanLength;
      convertInline(builder, markdown, contentStart, Math.max(contentStart, contentEnd));
      if (title === undefined && prefix?.[1] === '#') title = builder.build().text.slice(before).trim() || undefined;
    }
    // Skipped lines keep their line break so paragraphs stay apart.
    builder.copy(markdown, lineEnd, lineEnd + newline.length);
  }
  const { text, map } = builder.build();
  return title === undefined ? { text, map } : { text, map, title };
}

const INLINE =
  /\\(?<escaped>[!-/:-@[-`{-~])|!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])|(?<linkOpen>\[)(?=[^\]]+\](?:\([^)]*\)|\[[^\]]*\]))|(?<linkClose>\](?:\([^)]*\)|\[[^\]]*\]))|<(?<autolink>(?:https?|mailto|ftp):[^>\s]+)>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--.*?-->|(?<ticks>`+)(?<code>.+?)\k<ticks>|(?<delimiter>\*+|_+|~~)/g;

const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

/** Whether an emphasis run is markup (CommonMark's flanking rules, simplified). */
function isEmphasis(run: string, before: string | undefined, after: string | undefined): boolean {
  const beforeSpace = before === undefined || SPACE.test(before);
  const afterSpace = after === undefined || SPACE.test(after);
  const beforePunct = before !== undefined && PUNCTUATION.test(before);
  const afterPunct = after !== undefined && PUNCTUATION.test(after);
  const leftFlanking = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
  const rightFlanking = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
  if (run.startsWith('_')) {
    // snake_case and other underscores inside words are not emphasis.
    return (leftFlanking && (!rightFlanking || beforePunct)) || (rightFlanking && (!leftFlanking || afterPunct));
  }
  return leftFlanking || rightFlanking;
}

function convertInline(builder: OffsetMapBuilder, source: string, start: number, end: number): void {
  const span = source.slice(start, end);
  let copiedTo = 0;
  for (const match of span.matchAll(INLINE)) {
    const at = match.index;
    const token = match[0];
    const groups = match.groups ?? {};
    if (groups.delimiter !== undefined && !isEmphasis(token, span[at - 1], span[at + token.length])) continue;
    builder.copy(source, start + copiedTo, start + at);
    copiedTo = at + token.length;
    if (groups.escaped !== undefined) {
      builder.copy(source, start + at + 1, start + copiedTo);
    } else if (groups.autolink !== undefined) {
      builder.copy(source, start + at + 1, start + copiedTo - 1);
    } else if (groups.code !== undefined && groups.ticks !== undefined) {
      const open = groups.ticks.length;
      builder.copy(source, start + at + open, start + copiedTo - open);
    }
    // Everything else (images, link brackets and targets, tags, emphasis) is dropped.
  }
  builder.copy(source, start + copiedTo, end);
}
