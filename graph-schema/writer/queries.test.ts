import { describe, expect, it } from 'vitest';
import { NotAllowedError } from '../errors.js';
import { syncRelations, upsertEntities } from './queries.js';

describe('writer Cypher', () => {
  it('places only allow-listed labels into entity upserts and takes every value as a parameter', () => {
    expect(upsertEntities('Person')).toMatchInlineSnapshot(`
      "
      UNWIND $rows AS row
      MERGE (e:Entity {id: row.id})
      ON CREATE SET e:Person, e.type = row.type, e.name = row.name, e.createdAt = datetime()
      SET e += row.names,
          e.key = coalesce(e.key, row.key),
          e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
          e.embedding = coalesce(row.embedding, e.embedding),
          e.location = CASE WHEN row.geo IS NULL THEN e.location ELSE point(row.geo) END,
          e.updatedAt = datetime()"
    `);
  });

  it('derives relation confidence from all evidence and deletes relations left without any', () => {
    const text = syncRelations('CEO_OF');
    expect(text).toContain('MERGE (a)-[r:CEO_OF {id: row.id}]->(b)');
    expect(text).toContain('1.0 - reduce(p = 1.0, ev IN evidence | p * (1.0 - ev.confidence))');
    expect(text).toMatch(/WHERE size\(evidence\) = 0\s+MATCH \(a\)-\[r:CEO_OF \{id: row.id\}\]->\(b\)\s+DELETE r/);
  });

  it('refuses identifiers outside the vocabulary', () => {
    expect(() => upsertEntities('Person) DETACH DELETE (x' as never)).toThrow(NotAllowedError);
    expect(() => syncRelations('X]->() //' as never)).toThrow(NotAllowedError);
  });
});
