import { collapseWhitespace } from './collapse-whitespace.js';
import { htmlToText } from './html-to-text.js';
import { markdownToText } from './markdown-to-text.js';
import { ChainedMapping, type OffsetMap, type OffsetMapping } from './offset-map.js';
import { normalizeNfc } from './unicode-nfc.js';

export type MarkupFormat = 'text' | 'markdown' | 'html';

export interface CleanedText {
  text: string;
  /** Maps offsets in `text` to offsets in the source that was cleaned. */
  mapping: OffsetMapping;
  /** From `<title>` or the first Markdown `#` heading. */
  title?: string;
}

/**
 * Cleans text while keeping the way back to the source: markup to text
 * (HTML boilerplate dropped), then Unicode NFC, then whitespace and invisible
 * characters. Each stage records its own map; offsets go back through all.
 */
export function cleanText(source: string, format: MarkupFormat = 'text'): CleanedText {
  const stages: OffsetMap[] = [];
  let text = source;
  let title: string | undefined;

  if (format === 'html' || format === 'markdown') {
    const markup = format === 'html' ? htmlToText(source) : markdownToText(source);
    stages.unshift(markup.map);
    text = markup.text;
    title = markup.title;
  }
  const nfc = normalizeNfc(text);
  if (nfc) {
    stages.unshift(nfc.map);
    text = nfc.text;
  }
  const collapsed = collapseWhitespace(text);
  stages.unshift(collapsed.map);

  const mapping = stages.length === 1 ? collapsed.map : new ChainedMapping(stages);
  const cleanTitle = title === undefined ? undefined : collapseWhitespace(title.normalize('NFC')).text;
  return cleanTitle ? { text: collapsed.text, mapping, title: cleanTitle } : { text: collapsed.text, mapping };
}
