import { describe, expect, it } from 'vitest';
import { cleanText, type CleanedText } from './clean-text.js';
import { guessSide } from './offset-map.js';

/** The source text behind the first occurrence of `name` in the cleaned text. */
function sourceOf(cleaned: CleanedText, source: string, name: string, occurrence = 0): string {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = cleaned.text.indexOf(name, start + 1);
  if (start === -1) throw new Error(`"${name}" not in ${JSON.stringify(cleaned.text)}`);
  const end = start + name.length;
  const map = (offset: number): number => cleaned.mapping.toSource(offset, guessSide(cleaned.text, offset));
  return source.slice(map(start), map(end));
}

describe('cleanText (plain text)', () => {
  it('collapses spaces, trims lines and the text, and keeps one blank line between paragraphs', () => {
    const source = '  Alice\t\t met   Bob.  \r\n\r\n\r\n\r\n  Carol   left.\r\nThe end.  \n\n';
    const cleaned = cleanText(source);
    expect(cleaned.text).toBe('Alice met Bob.\n\nCarol left.\nThe end.');
    expect(sourceOf(cleaned, source, 'Carol left')).toBe('Carol   left');
    expect(sourceOf(cleaned, source, 'The end.')).toBe('The end.');
  });

  it('removes zero-width and control characters but keeps ZWJ/ZWNJ', () => {
    const source = 'co\u00ADoperate\u200B now\u0007\u0000. \u200Cx\u200D';
    const cleaned = cleanText(source);
    expect(cleaned.text).toBe('cooperate now. \u200Cx\u200D');
    expect(sourceOf(cleaned, source, 'cooperate')).toBe('co\u00ADoperate');
  });

  it('turns non-breaking and ideographic spaces into plain spaces', () => {
    expect(cleanText('Zürich\u00A0AG\u3000Bern\u2028next').text).toBe('Zürich AG Bern\nnext');
  });

  it('normalises to NFC and maps a composed character to its decomposed source', () => {
    const source = 'Cafe\u0301 de Bogota\u0301 and Zu\u0308rich';
    const cleaned = cleanText(source);
    expect(cleaned.text).toBe('Café de Bogotá and Zürich');
    expect(cleaned.text.length).toBe(source.length - 3);
    expect(sourceOf(cleaned, source, 'Bogotá')).toBe('Bogota\u0301');
    expect(sourceOf(cleaned, source, 'Zürich')).toBe('Zu\u0308rich');
  });

  it('composes Hangul jamo', () => {
    const source = '\u1112\u1161\u11AB\u1100\u1173\u11AF text';
    expect(cleanText(source).text).toBe('한글 text');
  });

  it('drops lone surrogates but keeps astral characters', () => {
    expect(cleanText('a\uD800b 😀').text).toBe('ab 😀');
  });

  it('returns an empty text for whitespace and invisible characters only', () => {
    expect(cleanText(' \n\t\u200B\uFEFF ').text).toBe('');
  });
});

describe('cleanText (HTML)', () => {
  const html = [
    '<!DOCTYPE html><html><head><title>Quarterly  report</title>',
    '<style>p { color: red }</style><script>var s = "<p>Hidden</p>";</script></head>',
    '<body><nav><a href="/">Home</a> | <a href="/about">About us</a></nav>',
    '<header><p>Site banner</p></header>',
    '<div role="navigation">Breadcrumbs</div>',
    '<article><h1>Results of <b>Acme Corp</b></h1>',
    '<p>Yesterday <b>Alice Smith</b>, CEO of Acme &amp; Sons, met',
    '   Bob Jones in Z&uuml;rich&nbsp;on <i>Tuesday</i>.</p>',
    '<ul><li>Revenue up</li><li>Costs down</li></ul>',
    '<table><tr><td>Q1</td><td>Q2</td></tr></table>',
    '<pre>line one\n  line two</pre>',
    '</article><aside>Related links</aside><form><button>Subscribe</button></form>',
    '<footer>© 2024 Example</footer></body></html>',
  ].join('\n');
  const cleaned = cleanText(html, 'html');

  it('drops boilerplate: head, script, style, nav, header, footer, aside, form and ARIA navigation', () => {
    for (const dropped of ['Hidden', 'Home', 'About us', 'Site banner', 'Breadcrumbs', 'Related links', 'Subscribe', '2024', 'color']) {
      expect(cleaned.text).not.toContain(dropped);
    }
  });

  it('keeps the content with blocks on their own lines and source wrapping undone', () => {
    expect(cleaned.text).toBe(
      'Results of Acme Corp\n\nYesterday Alice Smith, CEO of Acme & Sons, met Bob Jones in Zürich on Tuesday.\n\n' +
        'Revenue up\nCosts down\n\nQ1 Q2\n\nline one\nline two',
    );
    expect(cleaned.title).toBe('Quarterly report');
  });

  it('maps names back to the source without the tags around them', () => {
    expect(sourceOf(cleaned, html, 'Alice Smith')).toBe('Alice Smith');
    expect(sourceOf(cleaned, html, 'Acme Corp')).toBe('Acme Corp');
    expect(sourceOf(cleaned, html, 'Tuesday')).toBe('Tuesday');
    expect(sourceOf(cleaned, html, 'Costs down')).toBe('Costs down');
    expect(sourceOf(cleaned, html, 'Bob Jones')).toBe('Bob Jones');
  });

  it('maps decoded entities to the entities in the source', () => {
    expect(sourceOf(cleaned, html, 'Zürich')).toBe('Z&uuml;rich');
    expect(sourceOf(cleaned, html, 'Acme & Sons')).toBe('Acme &amp; Sons');
  });

  it('maps a span over a wrapped line to the source with its original line break', () => {
    expect(sourceOf(cleaned, html, 'met Bob')).toBe('met\n   Bob');
  });

  it('drops inline boilerplate without breaking the sentence around it', () => {
    const source = '<p>Click <button>here</button> to go<script>track()</script>, now.</p><nav>Menu</nav><p>Next</p>';
    expect(cleanText(source, 'html').text).toBe('Click to go, now.\n\nNext');
  });

  it('treats hidden elements as boilerplate', () => {
    expect(cleanText('<p>Shown</p><p hidden>Secret</p><div aria-hidden="true">Icon</div>', 'html').text).toBe('Shown');
  });
});

describe('cleanText (Markdown)', () => {
  const markdown = [
    '---',
    'title: ignored front matter',
    '---',
    '# The *Acme* Report',
    '',
    'Some **bold** and _italic_ text by [Alice Smith](https://example.com/alice "Alice") with `inline code`.',
    'An image ![Logo](logo.png) is dropped, snake_case_names stay, and 2 * 3 = 6.',
    '',
    '> Quoted **Bob Jones** said: \\*not emphasis\\*',
    '',
    '- first item',
    '1. [x] numbered and done',
    '',
    '```python',
    'print("code is dropped")',
    '```',
    '',
    'Setext heading',
    '==============',
    '',
    '---',
    '[ref]: https://example.com',
    'See <https://example.org> and <span>inline html</span>.',
  ].join('\n');
  const cleaned = cleanText(markdown, 'markdown');

  it('strips markers and keeps the prose', () => {
    expect(cleaned.text).toBe(
      [
        'The Acme Report',
        '',
        'Some bold and italic text by Alice Smith with inline code.',
        'An image is dropped, snake_case_names stay, and 2 * 3 = 6.',
        '',
        'Quoted Bob Jones said: *not emphasis*',
        '',
        'first item',
        'numbered and done',
        '',
        'Setext heading',
        '',
        'See https://example.org and inline html.',
      ].join('\n'),
    );
    expect(cleaned.title).toBe('The Acme Report');
  });

  it('maps link text, emphasis and code back into the Markdown source', () => {
    expect(sourceOf(cleaned, markdown, 'Alice Smith')).toBe('Alice Smith');
    expect(sourceOf(cleaned, markdown, 'Bob Jones')).toBe('Bob Jones');
    expect(sourceOf(cleaned, markdown, 'bold')).toBe('bold');
    expect(sourceOf(cleaned, markdown, 'inline code')).toBe('inline code');
    expect(sourceOf(cleaned, markdown, 'Acme')).toBe('Acme');
  });
});
