import type { Logger } from '../../config/index.js';
import type { GraphGateway } from '../gateway.js';
import { parsePatch, type GraphPatch } from '../patch.js';
import type { EntityType, RelationType } from '../ontology.js';
import { removeSourceFacts } from '../sources.js';
import * as q from './queries.js';
import { packTransactions, type WriteStep } from './pack-transactions.js';
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
    const steps: WriteStep[] = [
      { step: 'sources', query: q.UPSERT_SOURCES, rows: rows.sources },
      { step: 'models', query: q.UPSERT_MODELS, rows: rows.models },
      { step: 'runs', query: q.UPSERT_RUNS, rows: rows.runs },
      { step: 'segments', query: q.UPSERT_SEGMENTS, rows: rows.segments },
      ...[...groupBy(rows.entities, (e) => e.type)].map(([type, group]) => ({ step: `entities:${type}`, query: q.upsertEntities(type satisfies EntityType), rows: group })),
      { step: 'mentions', query: q.UPSERT_MENTIONS, rows: rows.mentions },
      { step: 'evidence', query: q.UPSERT_EVIDENCE, rows: rows.evidence },
      ...[...groupBy(rows.relations, (r) => r.type)].map(([type, group]) => ({ step: `relations:${type}`, query: q.syncRelations(type satisfies RelationType), rows: group })),
      { step: 'faces', query: q.UPSERT_FACES, rows: rows.faces },
      { step: 'voices', query: q.UPSERT_VOICES, rows: rows.voices },
      // Last: only a fully written source is marked done with its hash, so a crash anywhere above means "write again".
      { step: 'finish', query: q.FINISH_SOURCES, rows: rows.sources.map((s) => ({ id: s.id, contentHash: s.contentHash })) },
    ];
    for (const transaction of packTransactions(steps, this.batchSize)) {
      await this.gateway.executeWrite(async (tx) => {
        for (const s of transaction) await tx.run(s.query, { rows: s.rows });
      }, { metadata: { purpose: 'write-patch', steps: transaction.map((s) => s.step).join(',') } });
    }
  }
}
