import { Parser } from 'htmlparser2';
import { OffsetMapBuilder, type OffsetMap } from './offset-map.js';

/** Page furniture, not content: dropped with everything inside. */
const BOILERPLATE = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form',
  'button', 'select', 'svg', 'canvas', 'iframe', 'object', 'embed', 'head', 'title',
]);
/** Boilerplate that stands between blocks, so removing it must not join them. */
const BLOCK_BOILERPLATE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'head', 'iframe', 'object', 'canvas', 'svg']);
const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar']);

/** Elements that stand apart as paragraphs: a blank line around them. */
const PARAGRAPHS = new Set([
  'address', 'article', 'blockquote', 'body', 'details', 'dialog', 'dl', 'fieldset', 'figure', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'hr', 'html', 'main', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);
/** Elements that only end a line. */
const LINES = new Set(['br', 'caption', 'dd', 'div', 'dt', 'figcaption', 'li', 'summary', 'tbody', 'tfoot', 'thead', 'tr']);
/** Table cells sit side by side: a space, not a line. */
const CELLS = new Set(['td', 'th']);

// Outside <pre>, line breaks in the source are just wrapping.
const WRAPPING = /[ \t\f]*[\r\n][ \t\r\n\f]*/g;

export interface HtmlText {
  text: string;
  map: OffsetMap;
  /** The `<title>`, whitespace collapsed. */
  title?: string;
}

function isBoilerplate(name: string, attributes: Record<string, string>): boolean {
  return (
    BOILERPLATE.has(name) ||
    'hidden' in attributes ||
    attributes['aria-hidden'] === 'true' ||
    BOILERPLATE_ROLES.has(attributes.role ?? '')
  );
}

/**
 * Visible text of an HTML document, each piece mapped to its place in the
 * source: text is copied, entities map to the whole entity, tags become gaps
 * (or "\n" for block tags), boilerplate elements vanish with their content.
 */
export function htmlToText(html: string): HtmlText {
  const builder = new OffsetMapBuilder();
  let skipDepth = 0;
  let preDepth = 0;
  let titleDepth = 0;
  let titleText = '';
  // Whether the outermost skipped element separated blocks (a <nav>) or sat inside a line (a <script>).
  let skippedBlock = false;

  // The parser's indices for implied closing tags can point back at the tag
  // that implied them; never let a range move backwards.
  const range = (): [number, number] => {
    const start = Math.max(parser.startIndex, builder.sourcePosition);
    const end = Math.min(Math.max(parser.endIndex + 1, start), html.length);
    return [start, end];
  };
  // Adjacent block tags ("</li><li>", "</p>\n<p>") ask for one break, not
  // several: emit only the newlines the output does not end with yet.
  const breakBefore = (name: string): void => {
    const wanted = PARAGRAPHS.has(name) ? 2 : LINES.has(name) ? 1 : 0;
    const tail = builder.cleanLength === 0 ? '\n\n' : builder.tail;
    const present = tail === '\n\n' ? 2 : tail.endsWith('\n') ? 1 : 0;
    const [start, end] = range();
    if (wanted > present) builder.replace(start, end, '\n'.repeat(wanted - present));
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'title') titleDepth++;
        if (skipDepth > 0 || isBoilerplate(name, attributes)) {
          if (skipDepth === 0) skippedBlock = BLOCK_BOILERPLATE.has(name) || PARAGRAPHS.has(name) || LINES.has(name);
          skipDepth++;
          return;
        }
        if (name === 'pre') preDepth++;
        if (CELLS.has(name)) builder.replace(...range(), ' ');
        else breakBefore(name);
      },
      onclosetag(name) {
        if (name === 'title') titleDepth = Math.max(0, titleDepth - 1);
        if (skipDepth > 0) {
          skipDepth--;
          if (skipDepth === 0 && skippedBlock) breakBefore('p');
          return;
        }
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        // <br> already broke the line when it opened.
        if (name !== 'br') breakBefore(name);
      },
      ontext(data) {
        if (titleDepth > 0) titleText += data;
        if (skipDepth > 0) return;
        const [start, end] = range();
        const source = html.slice(start, end);
        // Indentation between block tags is not text.
        if (preDepth === 0 && builder.tail.endsWith('\n') && data.trim() === '') return;
        if (source !== data) {
          builder.replace(start, end, data);
        } else if (preDepth > 0) {
          builder.copy(html, start, end);
        } else {
          copyUnwrapped(builder, html, start, end);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();

  const { text, map } = builder.build();
  const title = titleText.replace(/\s+/g, ' ').trim();
  return title ? { text, map, title } : { text, map };
}

function copyUnwrapped(builder: OffsetMapBuilder, html: string, start: number, end: number): void {
  const chunk = html.slice(start, end);
  let copiedTo = 0;
  for (const match of chunk.matchAll(WRAPPING)) {
    builder.copy(html, start + copiedTo, start + match.index);
    builder.replace(start + match.index, start + match.index + match[0].length, ' ');
    copiedTo = match.index + match[0].length;
  }
  builder.copy(html, start + copiedTo, end);
}
