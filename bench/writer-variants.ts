import {
  ENTITY_TYPES,
  RELATION_TYPES,
  assertAllowed,
  parsePatch,
  type EntityType,
  type GraphGateway,
  type RelationType,
} from '../graph-schema/index.js';
import * as q from '../graph-schema/writer/queries.js';
import { patchesToRows, type PatchRows } from '../graph-schema/writer/rows.js';
import { baselineRelations } from './baseline-writer.js';
import { patchesToRows as fastPatchesToRows } from './variant-rows.js';

/**
 * Experimental copies of the GraphWriter's write path, for measuring proposed
 * changes against the real writer and the baseline in the same run
 * (`--variants`). Nothing here is used by the platform; graph-schema/ stays the
 * source of truth, and a variant that wins is a proposal for it.
 *
 * Only the "created" path is modelled (the bench always writes fresh
 * namespaces); a variant refuses sources that already exist.
 */

/** Changes a variant can combine with `+` (e.g. `rows+create+sync`); `copy` is none of them. */
export const VARIANTS = {
  /** Same steps and Cypher as GraphWriter, re-driven from here: the control for the other variants. */
  copy: 'local copy of the writer, no change (control)',
  /** Faster client-side flattening: `defined()` as a loop instead of Object.entries/filter/fromEntries. */
  rows: 'loop-based defined() in patchesToRows',
  /** Source-owned facts (segments, mentions, evidence and their structural edges) CREATEd instead of MERGEd. */
  create: 'CREATE source-owned facts (segments, mentions, evidence + their edges) instead of MERGE',
  /** Evidence nodes without the copied sentence text (the segment already has it). */
  lean: 'evidence without the duplicated sentence text (a data-model change)',
  /** Write-path relation sync without the FOREACH / delete branch (evidence was just written, so there is always some). */
  sync: 'relation sync for the write path: plain MERGE + SET, no FOREACH/DELETE tail',
  /** Evidence written in the relation step: one statement per relation type creates evidence and derives the relation. */
  fused: 'evidence + relation sync fused per type (CALL subquery per relation)',
  /** No evidence at all (relations written from client-side confidence, like the baseline): what the rest of the writer costs. */
  noevidence: 'writer without evidence nodes (measures what evidence costs; not a proposal)',
} as const;
type Change = keyof typeof VARIANTS;
/** One change, or several joined with `+`. */
export type VariantName = string;

function changes(name: string): Change[] | null {
  const parts = name.split('+');
  return parts.every((p) => Object.hasOwn(VARIANTS, p)) ? (parts as Change[]) : null;
}

export function isVariant(name: string): boolean {
  return changes(name) !== null;
}

interface Flags {
  fastRows: boolean;
  create: boolean;
  lean: boolean;
  sync: boolean;
  fused: boolean;
  noEvidence: boolean;
}

function flagsOf(name: VariantName): Flags {
  const set = new Set(changes(name) ?? []);
  return {
    fastRows: set.has('rows'), create: set.has('create'), lean: set.has('lean'), sync: set.has('sync'), fused: set.has('fused'),
    noEvidence: set.has('noevidence'),
  };
}

/** syncRelations for the write path only: every row has evidence (just written), so the relation is always merged. */
export function writeSyncRelations(type: RelationType): string {
  const relType = assertAllowed('relation type', type, RELATION_TYPES);
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.subjectId})
MATCH (b:Entity {id: row.objectId})
MATCH (ev:Evidence {relationId: row.id})
WITH a, b, row, collect(ev) AS evidence
MERGE (a)-[r:${relType} {id: row.id}]->(b)
SET r.confidence = 1.0 - reduce(p = 1.0, ev IN evidence | p * (1.0 - ev.confidence)),
    r.support = size(evidence),
    r.models = reduce(acc = [], ev IN evidence | CASE WHEN ev.model IN acc THEN acc ELSE acc + ev.model END),
    r.updatedAt = datetime()`;
}

export const CREATE_SEGMENTS = `
UNWIND $rows AS row
MATCH (s:Source {id: row.sourceId})
CREATE (s)-[:HAS_SEGMENT]->(seg:Segment {id: row.id})
SET seg += row.props`;

export const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (seg:Segment {id: row.segmentId})
MATCH (e:Entity {id: row.entityId})
CREATE (seg)-[m:MENTIONS {id: row.id}]->(e)
SET m += row.props`;

export const CREATE_EVIDENCE = `
UNWIND $rows AS row
MATCH (seg:Segment {id: row.segmentId})
CREATE (ev:Evidence {id: row.id})-[:IN_SEGMENT]->(seg)
SET ev += row.props`;

/**
 * Evidence and relation in one statement per relation type. Each row is one
 * relation with the evidence this batch adds; the relation's confidence is
 * still derived from all of its evidence in the graph (old and new).
 */
export function fusedRelationsForProfile(type: RelationType, create: boolean): string {
  return fusedRelations(type, create);
}

function fusedRelations(type: RelationType, create: boolean): string {
  const relType = assertAllowed('relation type', type, RELATION_TYPES);
  const evidence = create
    ? `CREATE (ev:Evidence {id: e.id})-[:IN_SEGMENT]->(seg)
    SET ev += e.props`
    : `MERGE (ev:Evidence {id: e.id})
    SET ev += e.props
    MERGE (ev)-[:IN_SEGMENT]->(seg)`;
  return `
UNWIND $rows AS row
CALL (row) {
  UNWIND row.evidence AS e
  MATCH (seg:Segment {id: e.segmentId})
  ${evidence}
}
WITH row
MATCH (a:Entity {id: row.subjectId})
MATCH (b:Entity {id: row.objectId})
OPTIONAL MATCH (ev:Evidence {relationId: row.id})
WITH a, b, row, collect(ev) AS evidence
MERGE (a)-[r:${relType} {id: row.id}]->(b)
SET r.confidence = 1.0 - reduce(p = 1.0, ev IN evidence | p * (1.0 - ev.confidence)),
    r.support = size(evidence),
    r.models = reduce(acc = [], ev IN evidence | CASE WHEN ev.model IN acc THEN acc ELSE acc + ev.model END),
    r.updatedAt = datetime()`;
}

export class VariantWriter {
  private readonly flags: Flags;

  constructor(
    private readonly gateway: GraphGateway,
    private readonly batchSize: number,
    readonly name: VariantName,
  ) {
    this.flags = flagsOf(name);
  }

  async writeMany(inputs: readonly unknown[]): Promise<PatchRows> {
    const patches = inputs.map((p) => parsePatch(p));
    const existing = await this.gateway.executeRead(
      async (tx) => (await tx.run(q.EXISTING_HASHES, { ids: patches.map((p) => p.source.id) })).records.length,
      { metadata: { purpose: 'classify-sources' } },
    );
    if (existing > 0) throw new Error(`variant ${this.name} only models new sources; ${existing} already exist`);
    const rows = this.flags.fastRows ? fastPatchesToRows(patches) : patchesToRows(patches);
    if (this.flags.lean) for (const ev of rows.evidence) delete ev.props.text;
    await this.writeRows(rows);
    return rows;
  }

  private async writeRows(rows: PatchRows): Promise<void> {
    const { create, fused } = this.flags;
    await this.batched(q.UPSERT_SOURCES, rows.sources, 'sources');
    await this.batched(q.UPSERT_MODELS, rows.models, 'models');
    await this.batched(q.UPSERT_RUNS, rows.runs, 'runs');
    await this.batched(create ? CREATE_SEGMENTS : q.UPSERT_SEGMENTS, rows.segments, 'segments');
    for (const [type, group] of groupBy(rows.entities, (e) => e.type)) {
      await this.batched(q.upsertEntities(assertAllowed('entity type', type, ENTITY_TYPES) satisfies EntityType), group, `entities:${type}`);
    }
    await this.batched(create ? CREATE_MENTIONS : q.UPSERT_MENTIONS, rows.mentions, 'mentions');
    if (this.flags.noEvidence) {
      const disbelief = new Map<string, number>();
      for (const ev of rows.evidence) {
        const id = String(ev.props.relationId);
        disbelief.set(id, (disbelief.get(id) ?? 1) * (1 - Number(ev.props.confidence)));
      }
      for (const [type, group] of groupBy(rows.relations, (r) => r.type)) {
        const withConfidence = group.map((r) => ({ ...r, confidence: 1 - (disbelief.get(r.id) ?? 1) }));
        await this.batched(baselineRelations(type), withConfidence, `relations:${type}`);
      }
    } else if (fused) {
      const evidenceByRelation = groupBy(rows.evidence, (e) => String(e.props.relationId));
      for (const [type, group] of groupBy(rows.relations, (r) => r.type)) {
        const withEvidence = group.map((r) => ({ ...r, evidence: evidenceByRelation.get(r.id) ?? [] }));
        await this.batched(fusedRelations(type, create), withEvidence, `relations:${type}`);
      }
    } else {
      await this.batched(create ? CREATE_EVIDENCE : q.UPSERT_EVIDENCE, rows.evidence, 'evidence');
      for (const [type, group] of groupBy(rows.relations, (r) => r.type)) {
        await this.batched(this.flags.sync ? writeSyncRelations(type) : q.syncRelations(type), group, `relations:${type}`);
      }
    }
    await this.batched(q.FINISH_SOURCES, rows.sources.map((s) => ({ id: s.id, contentHash: s.contentHash })), 'finish');
  }

  private async batched(query: string, rows: readonly unknown[], step: string): Promise<void> {
    for (let i = 0; i < rows.length; i += this.batchSize) {
      const batch = rows.slice(i, i + this.batchSize);
      await this.gateway.executeWrite((tx) => tx.run(query, { rows: batch }), { metadata: { purpose: 'write-patch', step } });
    }
  }
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
