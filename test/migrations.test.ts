import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, SCHEMA, SchemaOutdatedError, assertSchemaCurrent, migrate, schemaProblems } from '../graph-schema/index.js';
import { useGraph } from './support/graph.js';

const { gateway, config, logger } = useGraph();

describe('migrations against the real server', () => {
  it('are recorded in the graph and a second run applies nothing', async () => {
    const result = await migrate({ gateway, dims: config.embeddings, logger });
    expect(result).toEqual({ applied: [], current: LATEST_VERSION });
    const versions = await gateway.executeRead(async (tx) =>
      (await tx.run('MATCH (m:SchemaMigration) RETURN m.version AS v ORDER BY v')).records.map((r) => r.get('v') as number),
    );
    expect(versions).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
  });

  it('leave every declared constraint and index online, so the start-up check passes', async () => {
    expect(await schemaProblems(gateway, config.embeddings)).toEqual([]);
    await expect(assertSchemaCurrent(gateway, config.embeddings)).resolves.toBeUndefined();
    const online = await gateway.executeRead(async (tx) =>
      (await tx.run("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN collect(name) AS names")).records[0]?.get('names') as string[],
    );
    for (const e of SCHEMA.filter((x) => x.kind !== 'unique')) expect(online).toContain(e.name);
  });

  it('report every problem at once when the config no longer matches the graph', async () => {
    const dims = { textDim: 384, faceDim: 128, voiceDim: 64 };
    const err = await assertSchemaCurrent(gateway, dims).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SchemaOutdatedError);
    const problems = (err as SchemaOutdatedError).problems;
    expect(problems).toEqual([
      `vector index entity_embedding has ${config.embeddings.textDim} dimensions but config says 384`,
      `vector index segment_embedding has ${config.embeddings.textDim} dimensions but config says 384`,
      `vector index face_embedding has ${config.embeddings.faceDim} dimensions but config says 128`,
    ]);
    expect((err as Error).message).toContain('npm run migrate');
  });

  it('make vector search over segment embeddings work', async () => {
    const id = `vec-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const dim = config.embeddings.textDim;
    const unit = (hot: number) => Array.from({ length: dim }, (_, i) => (i === hot ? 1 : 0.01));
    await gateway.executeWrite((tx) =>
      tx.run(
        `UNWIND $rows AS row CREATE (s:Segment {id: row.id, sourceId: $src, kind: 'text', embedding: row.e})`,
        { src: id, rows: [{ id: `${id}-a`, e: unit(1) }, { id: `${id}-b`, e: unit(2) }] },
      ),
    );
    try {
      await gateway.executeRead((tx) => tx.run('CALL db.awaitIndexes(30)'));
      const top = await gateway.executeRead(async (tx) =>
        (
          await tx.run(
            `CALL db.index.vector.queryNodes('segment_embedding', 50, $q) YIELD node, score
             WHERE node.sourceId = $src RETURN node.id AS id ORDER BY score DESC LIMIT 1`,
            { q: unit(2), src: id },
          )
        ).records.map((r) => r.get('id') as string),
      );
      expect(top).toEqual([`${id}-b`]);
    } finally {
      await gateway.executeWrite((tx) => tx.run('MATCH (s:Segment {sourceId: $src}) DELETE s', { src: id }));
    }
  });
});
