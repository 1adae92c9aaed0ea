import { ExtractorError, ExtractorErrorCode } from '../../base/errors.js';
import { cleanText } from './clean-text.js';
import { arrayElements, decodeStringLiteral, propertyValue, skipWhitespace, type SourceRange } from './json-source.js';
import { ChainedMapping, type OffsetMapping } from './offset-map.js';
import type { RecordProblem } from './text-document.js';

export interface JsonRecord {
  recordIndex: number;
  line?: number;
  /** Cleaned text of the record's text field. */
  text: string;
  /** Maps offsets in `text` into the file's text. */
  mapping: OffsetMapping;
  recordId?: string;
  title?: string;
}

export interface JsonRecords {
  records: JsonRecord[];
  problems: RecordProblem[];
}

interface RecordSource {
  recordIndex: number;
  line?: number;
  value: unknown;
  range: SourceRange;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeParseError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Turns one parsed record into a cleaned record, or explains why it cannot be one. */
function toRecord(source: string, record: RecordSource, textField: string): JsonRecord | RecordProblem {
  const where = record.line === undefined ? `record ${record.recordIndex}` : `line ${record.line}`;
  const problem = (code: RecordProblem['code'], message: string): RecordProblem => ({
    recordIndex: record.recordIndex,
    ...(record.line === undefined ? {} : { line: record.line }),
    code,
    message: `${where}: ${message}`,
  });
  if (!isPlainObject(record.value)) return problem(ExtractorErrorCode.CorruptInput, 'is not a JSON object');
  const raw = record.value[textField];
  if (typeof raw !== 'string') {
    return problem(ExtractorErrorCode.CorruptInput, `has no string "${textField}" field`);
  }
  const literal = propertyValue(source, record.range.start, textField);
  if (literal === undefined) return problem(ExtractorErrorCode.CorruptInput, `"${textField}" could not be located`);
  const decoded = decodeStringLiteral(source, literal);
  const cleaned = cleanText(decoded.text);
  if (cleaned.text === '') return problem(ExtractorErrorCode.EmptyInput, `"${textField}" is empty or only whitespace`);

  const { id, title } = record.value;
  return {
    recordIndex: record.recordIndex,
    ...(record.line === undefined ? {} : { line: record.line }),
    text: cleaned.text,
    mapping: new ChainedMapping([cleaned.mapping, decoded.map]),
    ...(typeof id === 'string' || typeof id === 'number' ? { recordId: String(id) } : {}),
    ...(typeof title === 'string' && title.trim() !== '' ? { title: title.trim() } : {}),
  };
}

function jsonLinesSources(source: string, problems: RecordProblem[]): RecordSource[] {
  const sources: RecordSource[] = [];
  let lineStart = 0;
  let line = 0;
  while (lineStart < source.length) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    line++;
    const text = source.slice(lineStart, lineEnd);
    if (text.trim() !== '') {
      const recordIndex = sources.length + problems.length;
      try {
        const value: unknown = JSON.parse(text);
        sources.push({ recordIndex, line, value, range: { start: skipWhitespace(source, lineStart), end: lineEnd } });
      } catch (error) {
        problems.push({ recordIndex, line, code: ExtractorErrorCode.CorruptInput, message: `line ${line}: not valid JSON (${describeParseError(error)})` });
      }
    }
    lineStart = lineEnd + 1;
  }
  return sources;
}

function jsonSources(source: string, fileName: string): RecordSource[] {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    throw new ExtractorError(ExtractorErrorCode.CorruptInput, `"${fileName}" is not valid JSON: ${describeParseError(error)}`, { cause: error });
  }
  const start = skipWhitespace(source, 0);
  if (Array.isArray(value)) {
    const elements: unknown[] = value;
    return arrayElements(source, start).map((range, recordIndex) => ({ recordIndex, value: elements[recordIndex], range }));
  }
  if (isPlainObject(value)) return [{ recordIndex: 0, value, range: { start, end: source.length } }];
  throw new ExtractorError(ExtractorErrorCode.CorruptInput, `"${fileName}" holds neither a record (an object) nor an array of records`);
}

/**
 * Records of a .json file (one object, or an array of objects) or a .jsonl
 * file (one object per line). A record that cannot be read becomes a
 * problem and the others are still returned; only a .json file that does not
 * parse at all is refused as a whole.
 */
export function readJsonRecords(
  source: string,
  format: 'json' | 'jsonl',
  options: { fileName: string; textField: string },
): JsonRecords {
  const problems: RecordProblem[] = [];
  const sources = format === 'jsonl' ? jsonLinesSources(source, problems) : jsonSources(source, options.fileName);
  const records: JsonRecord[] = [];
  for (const recordSource of sources) {
    const result = toRecord(source, recordSource, options.textField);
    if ('text' in result) records.push(result);
    else problems.push(result);
  }
  problems.sort((a, b) => a.recordIndex - b.recordIndex);
  return { records, problems };
}
