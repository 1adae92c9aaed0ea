import type { Logger } from '../../config/index.js';
import type { GraphGateway } from '../gateway.js';
import { parsePatch, type GraphPatch } from '../patch.js';
import type { EntityType, RelationType } from '../ontology.js';
import { removeSourceFacts } from '../sources.js';
import * as q from './queries.js';
import { patchesToRows, type PatchRows } from './rows.js';

export interface WriterOptions {
  gateway: GraphGateway;
  logger: Logger;
  /** Rows per UNWIND transaction. Default 1000. */
  batchSize?: number;
}

export type SourceOutcome = 'created' | 'replaced' | 'unchanged';

export interface WriteResult {
  /** Per source id, what happened to it. */
  sources: Record<string, SourceOutcome>;
  rows: { segments: number; entities: number; mentions: number; evidence: number; relations: number; faces: number; voices: number };
}

function chunk<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
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

/**
 * Turns graph patches into graph. Idempotent at every level: a source whose
 * content hash is unchanged is skipped; a changed source has its old facts
 * removed first; every write is an `UNWIND … MERGE` on deterministic ids, so a
 * batch retried after a transient error (the gateway retries) or a job re-run
 * after a crash ends in the same graph.
 */
export class GraphWriter {
  private readonly gateway: GraphGateway;
  private readonly logger: Logger;
  private readonly batchSize: number;

  constructor(options: WriterOptions) {
    this.gateway = options.gateway;
    this.logger = options.logger;
    this.batchSize = options.batchSize ?? 1000;
  }

  async write(patch: unknown): Promise<WriteResult> {
    return this.writeMany([patch]);
  }

  /** Writes many patches with shared batches: the fast path for bulk ingestion. */
  async writeMany(inputs: readonly unknown[]): Promise<WriteResult> {
    const patches = inputs.map((p) => parsePatch(p));
    const outcomes = await this.classifySources(patches.map((p) => p.source));
    const toWrite = patches.filter((p) => outcomes[p.source.id] !== 'unchanged');

    for (const patch of toWrite) {
      if (outcomes[patch.source.id] !== 'replaced') continue;
      const removed = await this.gateway.executeWrite((tx) => removeSourceFacts(tx, patch.source.id, { keepSource: true }), {
        metadata: { purpose: 'replace-source', sourceId: patch.source.id },
      });
      this.logger.debug({ sourceId: patch.source.id, removed }, 'removed facts of changed source');
    }

    const rows = patchesToRows(toWrite);
    await this.writeRows(rows);
    return {
      sources: outcomes,
      rows: {
        segments: rows.segments.length,
        entities: rows.entities.length,
        mentions: rows.mentions.length,
        evidence: rows.evidence.length,
        relations: rows.relations.length,
        faces: rows.faces.length,
        voices: rows.voices.length,
      },
    };
  }

  /** Removes a source and every fact only it supported. Returns false when there was no such source. */
  async deleteSource(sourceId: string): Promise<boolean> {
    return this.gateway.executeWrite(async (tx) => {
      const found = await tx.run('MATCH (s:Source {id: $sourceId}) RETURN s.id AS id', { sourceId });
      if (found.records.length === 0) return false;
      await removeSourceFacts(tx, sourceId, { keepSource: false });
      return true;
    }, { metadata: { purpose: 'delete-source', sourceId } });
  }

  /**
   * Removes a file's source and, for a multi-record file, the source of each
   * record (`<id>/r<key>`). Returns the ids removed.
   */
  async deleteSourceTree(sourceId: string): Promise<string[]> {
    const ids = await this.gateway.executeRead(async (tx) => {
      const res = await tx.run('MATCH (s:Source) WHERE s.id = $id OR s.id STARTS WITH $prefix RETURN s.id AS id ORDER BY id', {
        id: sourceId,
        prefix: `${sourceId}/r`,
      });
      return res.records.map((r) => r.get('id') as string);
    }, { metadata: { purpose: 'find-source-tree' } });
    for (const id of ids) await this.deleteSource(id);
    return ids;
  }

  /**
   * What writing these sources would do, without writing: callers skip the
   * extraction of an unchanged source entirely.
   */
  async classifySources(sources: readonly Pick<GraphPatch['source'], 'id' | 'contentHash'>[]): Promise<Record<string, SourceOutcome>> {
    const ids = sources.map((s) => s.id);
    const existing = await this.gateway.executeRead(async (tx) => {
      const res = await tx.run(q.EXISTING_HASHES, { ids });
      return new Map(res.records.map((r) => [r.get('id') as string, { hash: r.get('contentHash') as string | null, status: r.get('status') as string }]));
    }, { metadata: { purpose: 'classify-sources' } });
    const outcomes: Record<string, SourceOutcome> = {};
    for (const source of sources) {
      const prev = existing.get(source.id);
      if (!prev) outcomes[source.id] = 'created';
      else if (prev.status === 'done' && prev.hash === source.contentHash) outcomes[source.id] = 'unchanged';
      // A source left mid-write (status processing) is replaced too: its partial facts go first.
      else outcomes[source.id] = 'replaced';
    }
    return outcomes;
  }

  private async writeRows(rows: PatchRows): Promise<void> {
    if (rows.sources.length === 0) return;
    await this.batched(q.UPSERT_SOURCES, rows.sources, 'sources');
    await this.batched(q.UPSERT_MODELS, rows.models, 'models');
    await this.batched(q.UPSERT_RUNS, rows.runs, 'runs');
    await this.batched(q.UPSERT_SEGMENTS, rows.segments, 'segments');
    for (const [type, group] of groupBy(rows.entities, (e) => e.type)) {
      await this.batched(q.upsertEntities(type satisfies EntityType), group, `entities:${type}`);
    }
    await this.batched(q.UPSERT_MENTIONS, rows.mentions, 'mentions');
    await this.batched(q.UPSERT_EVIDENCE, rows.evidence, 'evidence');
    for (const [type, group] of groupBy(rows.relations, (r) => r.type)) {
      await this.batched(q.syncRelations(type satisfies RelationType), group, `relations:${type}`);
    }
    await this.batched(q.UPSERT_FACES, rows.faces, 'faces');
    await this.batched(q.UPSERT_VOICES, rows.voices, 'voices');
    // Last: only a fully written source is marked done with its hash, so a crash anywhere above means "write again".
    await this.batched(q.FINISH_SOURCES, rows.sources.map((s) => ({ id: s.id, contentHash: s.contentHash })), 'finish');
  }

  private async batched(query: string, rows: readonly unknown[], step: string): Promise<void> {
    for (const batch of chunk(rows, this.batchSize)) {
      await this.gateway.executeWrite((tx) => tx.run(query, { rows: batch }), { metadata: { purpose: 'write-patch', step } });
    }
  }
}
