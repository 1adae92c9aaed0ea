import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from './cypher-values.js';

const { Node, Relationship, Path, PathSegment, Date: CypherDate, DateTime, LocalTime, Duration, Point } = neo4j.types;

const ada = new Node(1, ['Entity', 'Person'], { id: 'p:ada', name: 'Ada' }, '4:abc:1');
const babbage = new Node(2, ['Entity', 'Person'], { id: 'p:babbage' }, '4:abc:2');
const met = new Relationship(7, 1, 2, 'MET', { since: 1833 }, '5:abc:7', '4:abc:1', '4:abc:2');

describe('toPlain', () => {
  it('turns a node into its element id, labels and properties', () => {
    expect(toPlain(ada)).toEqual({ _id: '4:abc:1', _labels: ['Entity', 'Person'], id: 'p:ada', name: 'Ada' });
  });

  it('turns a relationship into its id, type, end ids and properties', () => {
    expect(toPlain(met)).toEqual({ _id: '5:abc:7', _type: 'MET', _start: '4:abc:1', _end: '4:abc:2', since: 1833 });
  });

  it('turns a path into its segments', () => {
    const path = new Path(ada, babbage, [new PathSegment(ada, met, babbage)]);
    expect(toPlain(path)).toEqual([{ start: toPlain(ada), relationship: toPlain(met), end: toPlain(babbage) }]);
    expect(toPlain(new Path(ada, ada, []))).toEqual([{ start: toPlain(ada), relationship: null, end: toPlain(ada) }]);
  });

  it('turns temporal values into ISO strings', () => {
    expect(toPlain(new CypherDate(2024, 1, 2))).toBe('2024-01-02');
    expect(toPlain(new DateTime(2024, 1, 2, 3, 4, 5, 0, 3600))).toBe('2024-01-02T03:04:05+01:00');
    expect(toPlain(new LocalTime(9, 30, 0, 0))).toBe('09:30:00');
    expect(toPlain(new Duration(1, 2, 3, 0))).toBe('P1M2DT3S');
  });

  it('turns points into plain objects, keeping z only when there is one', () => {
    expect(toPlain(new Point(7203, 1.5, 2.5))).toEqual({ srid: 7203, x: 1.5, y: 2.5 });
    expect(toPlain(new Point(4979, 1, 2, 3))).toEqual({ srid: 4979, x: 1, y: 2, z: 3 });
  });

  it('turns driver integers into numbers, and unsafe ones into strings rather than wrong numbers', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9223372036854775807'))).toBe('9223372036854775807');
  });

  it('converts inside lists and maps, and vectors and byte arrays into number lists', () => {
    expect(toPlain({ people: [ada], when: new CypherDate(2024, 1, 2), n: null })).toEqual({
      people: [toPlain(ada)],
      when: '2024-01-02',
      n: null,
    });
    expect(toPlain(neo4j.vector(Float32Array.from([0.5, 1.5])))).toEqual([0.5, 1.5]);
    expect(toPlain(Int8Array.from([1, -2]))).toEqual([1, -2]);
  });

  it('produces values that survive a JSON round trip unchanged', () => {
    const value = toPlain({ path: new Path(ada, babbage, [new PathSegment(ada, met, babbage)]), at: new Point(7203, 1, 2) });
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });
});
