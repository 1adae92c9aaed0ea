import { describe, expect, it } from 'vitest';
import { boundedInt, languageKey, luceneQuery, relTypeUnion } from './cypher.js';
import { listEntities, entityRelations } from './entities.js';
import { neighbourhood, shortestPath } from './explore.js';

describe('API Cypher building', () => {
  it('places only allow-listed relationship types in query text', () => {
    expect(relTypeUnion(['WORKS_FOR', 'CEO_OF', 'WORKS_FOR'])).toBe(':WORKS_FOR|CEO_OF');
    expect(relTypeUnion(null).split('|')).toHaveLength(17);
    expect(() => relTypeUnion(['WORKS_FOR]->() DETACH DELETE (x) //'])).toThrow(/not allowed/);
  });

  it('escapes every Lucene operator in user text and matches the last word as a prefix', () => {
    expect(luceneQuery('Tim Coo')).toBe('+Tim +(Coo OR Coo*)');
    expect(luceneQuery('AT&T (C++) "x"~2 name:*')).toBe('+AT\\&T +\\(C\\+\\+\\) +\\"x\\"\\~2 +(name\\:\\* OR name\\:\\**)');
    expect(luceneQuery('  AND OR  ')).toBeNull();
  });

  it('validates depth bounds and language keys before they reach the text', () => {
    expect(boundedInt(3, 1, 3)).toBe(3);
    expect(() => boundedInt(4, 1, 3)).toThrow(RangeError);
    expect(() => boundedInt(1.5, 1, 3)).toThrow(RangeError);
    expect(languageKey('es')).toBe('name_es');
    expect(() => languageKey("es'] OR 1=1")).toThrow(RangeError);
  });

  it('builds the neighbourhood as one breadth-first search with a literal depth', () => {
    const query = neighbourhood('e1', { depth: 2, types: ['WORKS_FOR'] }, { offset: 20, limit: 11 });
    expect(query.text).toMatchInlineSnapshot(`
      "MATCH (c:Entity {id: $id})
      MATCH p = ANY SHORTEST (c)-[:WORKS_FOR]-{1,2}(e:Entity)
      WHERE e <> c
      WITH e, length(p) AS distance
      ORDER BY distance, e.id SKIP $offset LIMIT $limit
      RETURN e { .*, embedding: null } AS e, distance"
    `);
    expect(query.params.id).toBe('e1');
    expect(String(query.params.limit)).toBe('11');
    expect(() => neighbourhood('e1', { depth: 4 }, { offset: 0, limit: 1 })).toThrow(RangeError);
    expect(() => shortestPath('a', 'b', { maxHops: 0 })).toThrow(RangeError);
  });

  it('keeps every filter value a parameter', () => {
    const query = listEntities({ type: 'Person', name: 'ada', language: 'es' }, { after: 'x', limit: 21, inverted: false });
    expect(query.name).toBe('listEntitiesByName');
    expect(query.text).toMatchInlineSnapshot(
      `"CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node AS e WHERE ($after IS NULL OR e.id > $after) AND ($before IS NULL OR e.id < $before) AND e.type = $type AND e[$languageKey] IS NOT NULL RETURN e { .*, embedding: null } AS e ORDER BY e.id ASC LIMIT $limit"`,
    );
    expect(query.params).toMatchObject({ after: 'x', before: null, type: 'Person', languageKey: 'name_es', lucene: '+(ada OR ada*)' });
    expect(() => listEntities({ type: 'Person) DETACH DELETE (e' as 'Person' }, { limit: 1, inverted: false })).toThrow(/not allowed/);
    const backwards = entityRelations('e1', { direction: 'INCOMING', types: ['MET'] }, { before: 'r9', limit: 5, inverted: true });
    expect(backwards.text).toContain('MATCH (e:Entity {id: $id})<-[r:MET]-(:Entity)');
    expect(backwards.text).toContain('ORDER BY r.id DESC');
  });
});
