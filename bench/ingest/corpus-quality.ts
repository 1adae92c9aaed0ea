import type { Runtime } from '../../cli/runtime.js';
import { matchMentions, prf1OfSets, scoreEntities, scoreRelations, spanKey, type EntityScore, type PrecisionRecall, type RelationScore } from '../../extractors/evaluate/index.js';
import { createIngestEngines } from '../../jobs/create-ingest.js';
import { copyCorpus, loadGold, type Gold } from './corpus-files.js';
import { deleteSources } from './delete-sources.js';
import { readPredictions, type GraphPredictions } from './graph-predictions.js';
import { ingestFiles } from './ingest-pool.js';

export interface GraphEntityView {
  graphId: string;
  name: string;
  type: string;
  /** `surface (doc)` of the gold mentions that landed on it. */
  mentions: string[];
}

export interface CorpusQuality {
  docs: number;
  seconds: number;
  entities: EntityScore;
  relations: RelationScore;
  /** Typed mention recall/precision per corpus language. */
  byLanguage: { lang: string; mentions: PrecisionRecall; typed: PrecisionRecall }[];
  /** Split gold entities and over-merged graph entities, with names and surfaces, for reading the numbers. */
  splits: { goldId: string; nodes: GraphEntityView[] }[];
  overMerges: { node: GraphEntityView; goldIds: string[] }[];
}

/**
 * Ingests the 30 sample documents from a temporary copy (one at a time, in
 * gold order, so the numbers do not depend on scheduling), scores the graph
 * against gold.json, then deletes the copy's sources.
 */
export async function measureCorpusQuality(runtime: Pick<Runtime, 'config' | 'gateway' | 'writer'>): Promise<CorpusQuality> {
  const gold = await loadGold();
  const copy = await copyCorpus(gold, undefined, 'kg-bench-corpus-');
  const engines = createIngestEngines(runtime, { embeddings: false });
  try {
    const t0 = performance.now();
    await ingestFiles(engines.ingest, copy.files.map((f) => f.path), { concurrency: 1 });
    const seconds = (performance.now() - t0) / 1000;
    const predicted = await readPredictions(runtime.gateway, copy.docOf);
    const entities = scoreEntities(gold, predicted.mentions);
    const views = await entityViews(runtime, gold, predicted);
    return {
      docs: copy.files.length,
      seconds,
      entities,
      relations: scoreRelations(gold, predicted),
      byLanguage: byLanguage(gold, predicted),
      splits: entities.clustering.split.map((s) => ({ goldId: s.goldId, nodes: Object.keys(s.graphIds).map((id) => views(id, s.goldId)) })),
      overMerges: entities.clustering.overMerged.map((o) => ({ node: views(o.graphId), goldIds: Object.keys(o.goldIds) })),
    };
  } finally {
    await deleteSources(runtime.writer, copy.docOf.keys());
    await copy.remove();
    await engines.dispose();
  }
}

function byLanguage(gold: Gold, predicted: GraphPredictions): CorpusQuality['byLanguage'] {
  const typeOf = new Map(gold.entities.map((e) => [e.id, e.type]));
  return [...new Set(gold.docs.map((d) => d.lang))].map((lang) => {
    const inLang = (doc: string) => doc.startsWith(`${lang}/`);
    const g = gold.mentions.filter((m) => inLang(m.doc));
    const p = predicted.mentions.filter((m) => inLang(m.doc));
    return {
      lang,
      mentions: prf1OfSets(new Set(g.map(spanKey)), new Set(p.map(spanKey))),
      typed: prf1OfSets(new Set(g.map((m) => `${spanKey(m)}|${typeOf.get(m.entity)}`)), new Set(p.map((m) => `${spanKey(m)}|${m.type}`))),
    };
  });
}

/** Names and matched surfaces of graph entities, read before the sources (and so the entities) are deleted. */
async function entityViews(runtime: Pick<Runtime, 'gateway'>, gold: Gold, predicted: GraphPredictions) {
  const matched = matchMentions(gold.mentions, predicted.mentions);
  const ids = [...new Set(matched.map((m) => m.graphId))];
  const names = await runtime.gateway.executeRead(async (tx) => {
    const res = await tx.run('MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.name AS name, e.type AS type', { ids });
    return new Map(res.records.map((r) => [r.get('id') as string, { name: String(r.get('name')), type: String(r.get('type')) }]));
  });
  return (graphId: string, onlyGold?: string): GraphEntityView => ({
    graphId,
    name: names.get(graphId)?.name ?? '?',
    type: names.get(graphId)?.type ?? '?',
    mentions: matched
      .filter((m) => m.graphId === graphId && (onlyGold === undefined || m.gold.entity === onlyGold))
      .map((m) => `${m.gold.surface} (${m.gold.doc}${onlyGold === undefined ? `, ${m.gold.entity}` : ''})`),
  });
}
