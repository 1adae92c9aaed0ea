import { describe, expect, it } from 'vitest';
import { ChainedMapping, guessSide, OffsetMap, OffsetMapBuilder } from './offset-map.js';

describe('OffsetMapBuilder', () => {
  it('merges adjacent copies into one segment', () => {
    const source = 'hello world';
    const builder = new OffsetMapBuilder();
    builder.copy(source, 0, 5);
    builder.copy(source, 5, 11);
    const { text, map } = builder.build();
    expect(text).toBe(source);
    expect(map.segmentCount).toBe(1);
  });

  it('refuses ranges that go backwards', () => {
    const builder = new OffsetMapBuilder();
    builder.copy('abcdef', 2, 4);
    expect(() => builder.copy('abcdef', 1, 3)).toThrow(RangeError);
  });
});

describe('OffsetMap.toSource', () => {
  // "<b>Alice</b> &amp; Bob" -> "Alice & Bob"
  const source = '<b>Alice</b> &amp; Bob';
  const builder = new OffsetMapBuilder();
  builder.copy(source, 3, 8);
  builder.copy(source, 12, 13);
  builder.replace(13, 18, '&');
  builder.copy(source, 18, 22);
  const { text, map } = builder.build();

  it('maps copied characters one to one', () => {
    expect(text).toBe('Alice & Bob');
    expect(map.toSource(1, 'start')).toBe(4);
    expect(map.toSource(9, 'start')).toBe(source.indexOf('ob'));
  });

  it('resolves a boundary before dropped markup by side', () => {
    expect(map.toSource(5, 'end')).toBe(8);
    expect(map.toSource(5, 'start')).toBe(12);
  });

  it('maps a replacement to the whole source it replaced', () => {
    const at = text.indexOf('&');
    expect(source.slice(map.toSource(at, 'start'), map.toSource(at + 1, 'end'))).toBe('&amp;');
  });

  it('skips leading markup and maps the end of the text to the end of the last piece', () => {
    expect(map.toSource(0, 'start')).toBe(3);
    expect(map.toSource(text.length, 'end')).toBe(source.length);
  });

  it('rejects offsets outside the text', () => {
    expect(() => map.toSource(-1, 'start')).toThrow(RangeError);
    expect(() => map.toSource(text.length + 1, 'start')).toThrow(RangeError);
    expect(() => map.toSource(1.5, 'start')).toThrow(RangeError);
  });

  it('maps an empty text to 0', () => {
    expect(OffsetMap.identity(0).toSource(0, 'start')).toBe(0);
  });
});

describe('ChainedMapping', () => {
  it('maps through each stage in turn', () => {
    // stage 1: "xxABCD" -> "ABCD"; stage 2: "ABCD" -> "CD"
    const first = new OffsetMapBuilder();
    first.copy('xxABCD', 2, 6);
    const second = new OffsetMapBuilder();
    second.copy('ABCD', 2, 4);
    const chain = new ChainedMapping([second.build().map, first.build().map]);
    expect(chain.toSource(0, 'start')).toBe(4);
    expect(chain.toSource(2, 'end')).toBe(6);
  });
});

describe('guessSide', () => {
  it('treats an offset before whitespace or closing punctuation as an end', () => {
    expect(guessSide('Alice went', 5)).toBe('end');
    expect(guessSide('Alice, Bob', 5)).toBe('end');
    expect(guessSide('(Alice)', 6)).toBe('end');
  });

  it('treats an offset after whitespace or an opening bracket as a start', () => {
    expect(guessSide('met Alice', 4)).toBe('start');
    expect(guessSide('(Alice)', 1)).toBe('start');
    expect(guessSide('Alice', 0)).toBe('start');
  });
});
