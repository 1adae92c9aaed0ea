import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ExtractorError, ExtractorErrorCode } from '../../base/errors.js';
import { readDocument } from './read-document.js';
import type { DocumentInput, TextDocument } from './text-document.js';

const LIMIT = { maxBytes: 1_000_000 };
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function readOne(input: DocumentInput): Promise<TextDocument> {
  const { documents, problems } = await readDocument(input, LIMIT);
  expect(problems).toEqual([]);
  expect(documents).toHaveLength(1);
  const [document] = documents;
  if (!document) throw new Error('no document');
  return document;
}

/** The original text behind `name` (its first occurrence after `from`) in a document. */
function originalOf(document: TextDocument, name: string, from = 0): string {
  const start = document.text.indexOf(name, from);
  if (start === -1) throw new Error(`"${name}" not in ${JSON.stringify(document.text)}`);
  return document.original.slice(document.toOriginal(start), document.toOriginal(start + name.length));
}

async function refusal(promise: Promise<unknown>): Promise<ExtractorError> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (caught: unknown) => caught,
  );
  if (error instanceof ExtractorError) return error;
  throw error;
}

describe('readDocument refusals', () => {
  it('refuses a file over maxBytes before looking at its content', async () => {
    const bytes = new Uint8Array(2048).fill(0);
    const error = await refusal(readDocument({ bytes, fileName: 'big.txt' }, { maxBytes: 1024 }));
    expect(error.code).toBe(ExtractorErrorCode.TooLarge);
    expect(error.message).toMatch(/big\.txt.*2048 bytes.*1024 bytes/);
  });

  it('refuses an empty file', async () => {
    const error = await refusal(readDocument({ bytes: new Uint8Array(0), fileName: 'empty.txt' }, LIMIT));
    expect(error.code).toBe(ExtractorErrorCode.EmptyInput);
    expect(error.message).toContain('empty.txt');
  });

  it('refuses a whitespace-only file', async () => {
    const error = await refusal(readDocument({ bytes: utf8(' \r\n\t \u00A0\n'), fileName: 'blank.md' }, LIMIT));
    expect(error.code).toBe(ExtractorErrorCode.EmptyInput);
    expect(error.message).toContain('blank.md');
  });

  it('refuses an HTML page that is all boilerplate', async () => {
    const html = '<html><head><title>T</title></head><body><nav>Home</nav><script>x()</script><footer>©</footer></body></html>';
    const error = await refusal(readDocument({ bytes: utf8(html), fileName: 'shell.html' }, LIMIT));
    expect(error.code).toBe(ExtractorErrorCode.EmptyInput);
  });

  it('refuses PNG bytes named .txt', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
    const error = await refusal(readDocument({ bytes: png, fileName: 'photo.txt' }, LIMIT));
    expect(error.code).toBe(ExtractorErrorCode.UnsupportedType);
    expect(error.message).toMatch(/photo\.txt.*PNG/);
  });

  it('refuses a binary file named .txt', async () => {
    const bytes = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x41, 0x42]);
    const error = await refusal(readDocument({ bytes, fileName: 'program.txt' }, LIMIT));
    expect(error.code).toBe(ExtractorErrorCode.UnsupportedType);
    expect(error.message).toContain('program.txt');
  });

  it('refuses invalid UTF-8', async () => {
    const bytes = new Uint8Array([...utf8('Größe: '), 0xc3, 0x28, ...utf8(' – fin.')]);
    const error = await refusal(readDocument({ bytes, fileName: 'broken.txt' }, LIMIT));
    expect(error.code).toBe(ExtractorErrorCode.InvalidEncoding);
    expect(error.message).toContain('broken.txt');
  });
});

describe('readDocument (text, HTML, Markdown)', () => {
  it('reads windows-1252 text and maps offsets into the decoded original', async () => {
    const original = 'Nous avons pris un café  avec   Zoë à Montréal.';
    const document = await readOne({ bytes: new Uint8Array(iconv.encode(original, 'windows-1252')), fileName: 'notes.txt' });
    expect(document.encoding).toBe('windows-1252');
    expect(document.mediaType).toBe('text/plain');
    expect(document.original).toBe(original);
    expect(document.text).toBe('Nous avons pris un café avec Zoë à Montréal.');
    expect(originalOf(document, 'café avec Zoë')).toBe('café  avec   Zoë');
    expect(originalOf(document, 'Montréal')).toBe('Montréal');
  });

  it('reads GB18030 Chinese', async () => {
    const original = '北京是中华人民共和国的首都。\n\n上海是中国最大的城市。';
    const document = await readOne({ bytes: new Uint8Array(iconv.encode(original, 'gb18030')), fileName: 'cities.txt' });
    expect(document.encoding).toBe('gb18030');
    expect(originalOf(document, '上海')).toBe('上海');
  });

  it('reads UTF-16 with a byte-order mark', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode('Grüße aus Köln.', 'utf-16le')]);
    const document = await readOne({ bytes, fileName: 'gruss.txt' });
    expect(document).toMatchObject({ text: 'Grüße aus Köln.', encoding: 'utf-16le' });
  });

  it('reads HTML without boilerplate, with its title and offsets into the source', async () => {
    const html =
      '<html><head><title>News</title><script>track()</script></head><body><nav>Menu</nav>' +
      '<p><a href="/p/1">Alice Smith</a> joined <em>Acme&nbsp;Corp</em> in M&aacute;laga.</p><footer>Contact</footer></body></html>';
    const document = await readOne({ bytes: utf8(html), fileName: 'news.html' });
    expect(document.mediaType).toBe('text/html');
    expect(document.title).toBe('News');
    expect(document.text).toBe('Alice Smith joined Acme Corp in Málaga.');
    expect(document.original).toBe(html);
    expect(originalOf(document, 'Alice Smith')).toBe('Alice Smith');
    expect(originalOf(document, 'Málaga')).toBe('M&aacute;laga');
    expect(originalOf(document, 'joined')).toBe('joined');
  });

  it('uses an HTML meta charset for legacy bytes', async () => {
    const html = '<html><head><meta charset="iso-8859-15"></head><body><p>Prix: 5 € à Zürich</p></body></html>';
    const document = await readOne({ bytes: new Uint8Array(iconv.encode(html, 'iso-8859-15')), fileName: 'prix.html' });
    expect(document.encoding).toBe('iso-8859-15');
    expect(document.text).toBe('Prix: 5 € à Zürich');
  });

  it('reads Markdown with its first heading as title', async () => {
    const markdown = '# Trip to *Madrid*\n\nWe met **Sra. García** at the [Prado](https://www.museodelprado.es).\n';
    const document = await readOne({ bytes: utf8(markdown), fileName: 'trip.md' });
    expect(document).toMatchObject({ title: 'Trip to Madrid', mediaType: 'text/markdown', text: 'Trip to Madrid\n\nWe met Sra. García at the Prado.' });
    expect(originalOf(document, 'Sra. García')).toBe('Sra. García');
    expect(originalOf(document, 'Prado')).toBe('Prado');
  });
});

describe('readDocument (JSON records)', () => {
  const jsonl = [
    '{"id": 17, "title": "First", "text": "Alice met \\"Bob\\" in Z\\u00fcrich.\\nThen they left."}',
    '{"id": "b2", "text": "El Sr. García vive en Madrid."}',
    '{not json',
    '',
    '{"id": "c3", "text": "北京是中国的首都。", "extra": {"text": "nested is ignored"}}',
  ].join('\n');

  it('returns the good records and reports the bad line', async () => {
    const { documents, problems } = await readDocument({ bytes: utf8(jsonl), fileName: 'records.jsonl' }, LIMIT);
    expect(documents.map((document) => [document.recordIndex, document.recordId, document.title, document.text])).toEqual([
      [0, '17', 'First', 'Alice met "Bob" in Zürich.\nThen they left.'],
      [1, 'b2', undefined, 'El Sr. García vive en Madrid.'],
      [3, 'c3', undefined, '北京是中国的首都。'],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ recordIndex: 2, line: 3, code: ExtractorErrorCode.CorruptInput });
    expect(problems[0]?.message).toMatch(/line 3: not valid JSON/);
    expect(documents.every((document) => document.mediaType === 'application/x-ndjson' && document.original === jsonl)).toBe(true);
  });

  it('maps record offsets into the file, escapes included', async () => {
    const { documents } = await readDocument({ bytes: utf8(jsonl), fileName: 'records.jsonl' }, LIMIT);
    const [first, second, third] = documents;
    if (!first || !second || !third) throw new Error('records missing');
    expect(originalOf(first, 'Bob')).toBe('Bob');
    expect(originalOf(first, '"Bob"')).toBe('\\"Bob\\"');
    expect(originalOf(first, 'Zürich')).toBe('Z\\u00fcrich');
    expect(originalOf(first, 'Then')).toBe('Then');
    expect(originalOf(second, 'Madrid')).toBe('Madrid');
    expect(first.original.slice(0, first.toOriginal(0))).toBe('{"id": 17, "title": "First", "text": "');
    expect(originalOf(third, '首都')).toBe('首都');
  });

  it('reports records without a usable text field', async () => {
    const lines = '{"text": "Good one."}\n{"body": "no text field"}\n{"text": "   "}\n["not", "an", "object"]\n';
    const { documents, problems } = await readDocument({ bytes: utf8(lines), fileName: 'mixed.jsonl' }, LIMIT);
    expect(documents).toHaveLength(1);
    expect(problems.map((problem) => [problem.line, problem.code])).toEqual([
      [2, ExtractorErrorCode.CorruptInput],
      [3, ExtractorErrorCode.EmptyInput],
      [4, ExtractorErrorCode.CorruptInput],
    ]);
  });

  it('refuses a records file none of whose records can be read', async () => {
    const error = await refusal(readDocument({ bytes: utf8('{bad\n{"body": "x"}\n'), fileName: 'bad.jsonl' }, LIMIT));
    expect(error.code).toBe(ExtractorErrorCode.CorruptInput);
    expect(error.message).toMatch(/bad\.jsonl.*none of its 2 record/);
  });

  it('reads a JSON array with a custom text field', async () => {
    const json = '[\n  {"id": 1, "body": "First body."},\n  {"id": 2, "body": "Second\\tbody."}\n]';
    const { documents } = await readDocument({ bytes: utf8(json), fileName: 'items.json' }, { ...LIMIT, textField: 'body' });
    expect(documents.map((document) => [document.recordIndex, document.text])).toEqual([
      [0, 'First body.'],
      [1, 'Second body.'],
    ]);
    const second = documents[1];
    if (!second) throw new Error('record missing');
    expect(originalOf(second, 'Second body')).toBe('Second\\tbody');
  });

  it('reads a single JSON object as one record', async () => {
    const { documents } = await readDocument({ bytes: utf8('{"title": "Solo", "text": "Just one."}'), fileName: 'one.json' }, LIMIT);
    expect(documents.map((document) => [document.title, document.text])).toEqual([['Solo', 'Just one.']]);
  });

  it('refuses a .json file that does not parse', async () => {
    const error = await refusal(readDocument({ bytes: utf8('{"text": "unterminated'), fileName: 'broken.json' }, LIMIT));
    expect(error.code).toBe(ExtractorErrorCode.CorruptInput);
    expect(error.message).toMatch(/broken\.json.*not valid JSON/);
  });
});
