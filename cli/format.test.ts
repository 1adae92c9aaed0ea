import { describe, expect, it } from 'vitest';
import { cellText, formatCsv, formatJson, formatTable } from './format.js';

describe('cellText', () => {
  it('shows strings as they are, null as empty and everything else as JSON', () => {
    expect(cellText('a "b"')).toBe('a "b"');
    expect(cellText(null)).toBe('');
    expect(cellText(3)).toBe('3');
    expect(cellText(false)).toBe('false');
    expect(cellText([1, 'x'])).toBe('[1,"x"]');
    expect(cellText({ _id: '4:a:1', name: 'Ada' })).toBe('{"_id":"4:a:1","name":"Ada"}');
    expect(cellText(10n)).toBe('10');
  });
});

describe('formatTable', () => {
  it('aligns columns under a header and separator', () => {
    expect(formatTable(['name', 'n'], [['Ada', 1], ['Babbage', 10]])).toBe(
      ['name    | n', '--------+---', 'Ada     | 1', 'Babbage | 10'].join('\n'),
    );
  });

  it('cuts long cells to the maximum width with an ellipsis', () => {
    const table = formatTable(['text'], [['abcdefghij']], { maxCellWidth: 5 });
    expect(table.split('\n')[2]).toBe('abcd…');
  });

  it('keeps one line per row when a value has line breaks', () => {
    const table = formatTable(['text'], [['a\nb\r\nc']]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table.split('\n')[2]).toBe('a⏎b⏎c');
  });

  it('shows an empty result as just the header', () => {
    expect(formatTable(['a', 'b'], [])).toBe('a | b\n--+--');
  });

  it('says when there are no columns at all', () => {
    expect(formatTable([], [])).toBe('(no columns)');
  });
});

describe('formatCsv', () => {
  it('writes a header and quotes fields with commas, quotes, line breaks or edge spaces', () => {
    const csv = formatCsv(['a', 'b', 'c'], [['x,y', 'say "hi"', 'line\nbreak'], [' pad', null, 3], [[1, 2], { k: 'v' }, true]]);
    expect(csv).toBe(
      ['a,b,c', '"x,y","say ""hi""","line\nbreak"', '" pad",,3', '"[1,2]","{""k"":""v""}",true'].join('\r\n'),
    );
  });
});

describe('formatJson', () => {
  it('writes one indented JSON document that parses back', () => {
    const value = { columns: ['a'], rows: [[1]], truncated: false };
    expect(JSON.parse(formatJson(value))).toEqual(value);
    expect(formatJson(value)).toContain('\n  "columns"');
  });
});
