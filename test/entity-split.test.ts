import { describe, expect, it } from 'vitest';
import { GraphError, listMerges, splitEntity } from '../graph-schema/index.js';
import { namespace, useGraph } from './support/graph.js';
import { textPatch } from './support/patches.js';

const { gateway, writer } = useGraph();

describe('undoing a merge (real Neo4j)', () => {
  it('moves the merged mentions and their relation evidence to an entity of their own', async () => {
    const ns = namespace();
    const telekom = { id: `${ns}:org:telekom`, type: 'Organization' as const, name: 'Deutsche Telekom' };
    const weber = { id: `${ns}:person:weber`, type: 'Person' as const, name: 'Anna Weber' };
    await writer.write(textPatch({ sourceId: `${ns}:a`, sentences: ['Deutsche Telekom opened an office.'], facts: [{ surface: 'Deutsche Telekom', entity: telekom }] }));
    // A second document's "Deutsche Telecom" was folded into Telekom by name similarity: the merge to undo.
    const merged = textPatch({
      sourceId: `${ns}:b`,
      sentences: ['Anna Weber works for Deutsche Telecom.'],
      facts: [{ surface: 'Anna Weber', entity: weber }, { surface: 'Deutsche Telecom', entity: telekom }],
      relations: [[weber.id, 'WORKS_FOR', telekom.id, 0]],
    }) as { mentions: { surface: string; resolution?: unknown }[] };
    for (const m of merged.mentions) {
      if (m.surface === 'Deutsche Telecom') m.resolution = { rule: 'similar-name', score: 0.95, ownEntityId: `${ns}:org:telecom`, ownName: 'Deutsche Telecom' };
    }
    await writer.write(merged);

    expect(await listMerges(gateway, telekom.id)).toEqual([
      { ownEntityId: `${ns}:org:telecom`, name: 'Deutsche Telecom', rule: 'similar-name', score: 0.95, mentions: 1, surfaces: ['Deutsche Telecom'] },
    ]);
    const result = await splitEntity(gateway, telekom.id, `${ns}:org:telecom`);
    expect(result).toEqual({ newEntityId: `${ns}:org:telecom`, movedMentions: 1, movedEvidence: 1 });

    const state = await gateway.executeRead(async (tx) => {
      const r = await tx.run(
        `MATCH (t:Entity {id: $telekom})<-[mt:MENTIONS]-() WITH count(mt) AS telekomMentions
         MATCH (n:Entity:Organization {id: $telecom})<-[mn:MENTIONS]-() WITH telekomMentions, n, count(mn) AS telecomMentions
         OPTIONAL MATCH (:Entity {id: $weber})-[old:WORKS_FOR]->(:Entity {id: $telekom}) WITH telekomMentions, n, telecomMentions, count(old) AS oldRel
         OPTIONAL MATCH (:Entity {id: $weber})-[r:WORKS_FOR]->(n)
         RETURN telekomMentions, telecomMentions, oldRel, r.support AS support, n.pinned AS pinned, n.name AS name`,
        { telekom: telekom.id, telecom: `${ns}:org:telecom`, weber: weber.id },
      );
      return r.records[0]?.toObject();
    });
    expect(state).toEqual({ telekomMentions: 1, telecomMentions: 1, oldRel: 0, support: 1, pinned: true, name: 'Deutsche Telecom' });
    expect(await listMerges(gateway, telekom.id)).toEqual([]);
  });

  it('refuses to split what was never merged', async () => {
    const ns = namespace();
    const telekom = { id: `${ns}:org:telekom`, type: 'Organization' as const, name: 'Deutsche Telekom' };
    await writer.write(textPatch({ sourceId: `${ns}:a`, sentences: ['Deutsche Telekom opened an office.'], facts: [{ surface: 'Deutsche Telekom', entity: telekom }] }));
    await expect(splitEntity(gateway, telekom.id, `${ns}:nothing`)).rejects.toBeInstanceOf(GraphError);
  });
});
