import type { GraphPatchInput } from '../../graph-schema/index.js';

/**
 * A copy of a patch whose every id starts with `ns`, so a replay lands in
 * its own corner of the graph and `deleteNamespace` (bench/namespace.ts) can
 * remove it. Entity keys and model names are prefixed too: an un-prefixed
 * key would let concurrent ingestion resolve real mentions onto bench nodes.
 */
export function namespacePatch(patch: GraphPatchInput, ns: string): GraphPatchInput {
  const id = (v: string) => `${ns}${v}`;
  return {
    ...patch,
    source: { ...patch.source, id: id(patch.source.id) },
    run: { ...patch.run, id: id(patch.run.id), models: patch.run.models.map((m) => ({ ...m, id: id(m.id), name: id(m.name) })) },
    segments: patch.segments?.map((s) => ({ ...s, id: id(s.id) })),
    entities: patch.entities?.map((e) => ({ ...e, id: id(e.id), ...(e.key ? { key: id(e.key) } : {}) })),
    mentions: patch.mentions?.map((m) => ({ ...m, segmentId: id(m.segmentId), entityId: id(m.entityId), model: id(m.model) })),
    relations: patch.relations?.map((r) => ({ ...r, segmentId: id(r.segmentId), subjectId: id(r.subjectId), objectId: id(r.objectId), model: id(r.model) })),
  };
}
