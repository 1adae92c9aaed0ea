import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { parseParam, parseParams, toCypherParams } from './params.js';

describe('parseParam', () => {
  it.each([
    ['k=5', ['k', 5]],
    ['k=-2.5', ['k', -2.5]],
    ['k=1e3', ['k', 1000]],
    ['k=true', ['k', true]],
    ['k=false', ['k', false]],
    ['k=null', ['k', null]],
    ['k="str"', ['k', 'str']],
    ['k="5"', ['k', '5']],
    ['k="a \\"quoted\\" word"', ['k', 'a "quoted" word']],
    ['k=[1,2]', ['k', [1, 2]]],
    ['k={"a":[true,"x"]}', ['k', { a: [true, 'x'] }]],
    ['k=plain words', ['k', 'plain words']],
    ['k=', ['k', '']],
    ['k=a=b', ['k', 'a=b']],
    ['k=True', ['k', 'True']],
    ['k=5px', ['k', '5px']],
  ])('%s', (raw, expected) => {
    expect(parseParam(raw)).toEqual(expected);
  });

  it.each([
    ['k', /expected name=value/],
    ['=5', /not a valid parameter name/],
    ['1k=5', /not a valid parameter name/],
    ['k=[1,', /looks like JSON but is not valid JSON/],
    ['k={a:1}', /looks like JSON but is not valid JSON/],
  ])('refuses %s', (raw, message) => {
    expect(() => parseParam(raw)).toThrow(message);
  });
});

describe('parseParams', () => {
  it('collects several parameters into one map', () => {
    expect(parseParams(['a=1', 'b=x'])).toEqual({ a: 1, b: 'x' });
  });

  it('refuses a name given twice instead of keeping one silently', () => {
    expect(() => parseParams(['a=1', 'a=2'])).toThrow(/given more than once/);
  });

  it('keeps a parameter called __proto__ as data, not as the prototype', () => {
    const params = parseParams(['__proto__={"polluted":true}']);
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
    expect(Object.keys(params)).toEqual(['__proto__']);
  });
});

describe('toCypherParams', () => {
  it('sends whole numbers as Cypher integers, everywhere, and leaves the rest alone', () => {
    const params = toCypherParams({ n: 3, ratio: 0.5, list: [1, 2.5], map: { k: 4 }, s: '5' });
    expect(neo4j.isInt(params.n)).toBe(true);
    expect(params.ratio).toBe(0.5);
    const list = params.list as unknown[];
    expect(neo4j.isInt(list[0])).toBe(true);
    expect(list[1]).toBe(2.5);
    expect(neo4j.isInt((params.map as Record<string, unknown>).k)).toBe(true);
    expect(params.s).toBe('5');
  });
});
