import type { EntityType } from '../../graph-schema/index.js';
import { builder } from '../builder.js';
import type { ApiContext } from '../context.js';
import { InvalidInputError } from '../errors.js';
import { luceneQuery } from '../graph/cypher.js';
import { cell } from '../graph/reader.js';
import { toEntity, toSegment, type EntityRecord, type SegmentRecord } from '../graph/records.js';
import * as q from '../graph/search.js';
import { fuseByRank, queryTerms, snippet, type RankedHit, type ScoredList, type Snippet } from '../search-rank.js';
import { READ_ERRORS } from './errors.js';
import { offsetConnection } from './pagination.js';
import { EntityRef, EntityTypeEnum, SegmentRef } from './refs.js';

type Item = { kind: 'entity'; entity: EntityRecord } | { kind: 'segment'; segment: SegmentRecord };
type Hit = RankedHit<Item> & { terms: string[] };

/** Ranked lists are cut here: deep pages of a relevance ranking are noise, and each costs a bigger index query. */
const MAX_RANK = 500;

const SearchMode = builder.enumType('SearchMode', { values: ['FULLTEXT', 'SEMANTIC', 'HYBRID'] as const });
const SearchTarget = builder.enumType('SearchTarget', { values: ['ENTITY', 'SEGMENT'] as const });
const SearchItem = builder.unionType('SearchItem', {
  types: [EntityRef, SegmentRef],
  resolveType: (item) => ('aliases' in item ? EntityRef : SegmentRef),
});
const TextRange = builder.objectRef<{ start: number; end: number }>('TextRange').implement({
  fields: (t) => ({ start: t.exposeInt('start'), end: t.exposeInt('end') }),
});
const SnippetRef = builder.objectRef<Snippet>('Snippet').implement({
  description: 'Text around the match, with the matched words as ranges (render them as you like; the text is not HTML).',
  fields: (t) => ({ text: t.exposeString('text'), highlights: t.field({ type: [TextRange], resolve: (s) => s.highlights }) }),
});
const SearchHitRef = builder.objectRef<Hit>('SearchHit').implement({
  fields: (t) => ({
    score: t.exposeFloat('score', { description: 'Reciprocal-rank fusion of the lists this hit appears in; orders the results.' }),
    fullTextScore: t.exposeFloat('fullTextScore', { nullable: true, description: 'Lucene score, when the full-text index found it.' }),
    semanticScore: t.exposeFloat('semanticScore', { nullable: true, description: 'Cosine similarity, when the vector index found it.' }),
    item: t.field({ type: SearchItem, resolve: (h) => (h.item.kind === 'entity' ? h.item.entity : h.item.segment) }),
    snippet: t.field({
      type: SnippetRef,
      resolve: (h) => {
        if (h.item.kind === 'segment') return snippet(h.item.segment.text ?? '', h.terms);
        const { entity } = h.item;
        // The name, or the alias that matched when the name did not.
        const named = [entity.name, ...entity.aliases].map((text) => snippet(text, h.terms)).find((s) => s.highlights.length > 0);
        return named ?? snippet(entity.name, h.terms);
      },
    }),
  }),
});

interface SearchArgs {
  text: string;
  mode: 'FULLTEXT' | 'SEMANTIC' | 'HYBRID';
  types: EntityType[] | null;
  targets: ('ENTITY' | 'SEGMENT')[];
}

async function rankedLists(args: SearchArgs, k: number, ctx: ApiContext): Promise<ScoredList<Item>[]> {
  const { reader, engines, metrics } = ctx.deps;
  const entities = args.targets.includes('ENTITY');
  const segments = args.targets.includes('SEGMENT');
  const asEntities = (rows: Awaited<ReturnType<typeof reader.rows>>) =>
    rows.map((r) => { const entity = toEntity(cell(r, 'e')); return { key: `e:${entity.id}`, item: { kind: 'entity' as const, entity }, score: Number(r.score) }; });
  const asSegments = (rows: Awaited<ReturnType<typeof reader.rows>>) =>
    rows.map((r) => { const segment = toSegment(cell(r, 'seg')); return { key: `s:${segment.id}`, item: { kind: 'segment' as const, segment }, score: Number(r.score) }; });

  const lists: Promise<ScoredList<Item>>[] = [];
  if (args.mode !== 'SEMANTIC') {
    const lucene = luceneQuery(args.text);
    if (lucene === null) throw new InvalidInputError('text has no searchable words', 'text');
    if (entities) lists.push(reader.rows(q.fulltextEntities(lucene, { k, types: args.types })).then((r) => ({ kind: 'fulltext', hits: asEntities(r) })));
    if (segments) lists.push(reader.rows(q.fulltextSegments(lucene, { k })).then((r) => ({ kind: 'fulltext', hits: asSegments(r) })));
  }
  if (args.mode !== 'FULLTEXT') {
    const { embedder } = engines;
    const [vector] = await metrics.time(metrics.extractorSeconds, { task: 'embed', model: embedder.card.id }, () => embedder.embed([args.text]));
    if (!vector) throw new InvalidInputError('text could not be embedded', 'text');
    if (entities) lists.push(reader.rows(q.semanticEntities(vector, { k, types: args.types })).then((r) => ({ kind: 'semantic', hits: asEntities(r) })));
    if (segments) lists.push(reader.rows(q.semanticSegments(vector, { k })).then((r) => ({ kind: 'semantic', hits: asSegments(r) })));
  }
  return Promise.all(lists);
}

builder.queryField('search', (t) =>
  t.connection({
    type: SearchHitRef,
    description: 'Entities (by name and alias) and segments (by text), best first, with scores and highlighted snippets.',
    args: {
      text: t.arg.string({ required: true }),
      mode: t.arg({ type: SearchMode, defaultValue: 'FULLTEXT' }),
      types: t.arg({ type: [EntityTypeEnum], required: false, description: 'Only entities of these types.' }),
      targets: t.arg({ type: [SearchTarget], required: false, description: 'What to search; default both entities and segments.' }),
    },
    authScopes: { read: true },
    errors: { types: [...READ_ERRORS], directResult: true },
    resolve: (_root, args, ctx) => {
      const text = args.text.trim();
      if (text.length === 0 || text.length > 1000) throw new InvalidInputError('text must have 1 to 1000 characters', 'text');
      const search: SearchArgs = { text, mode: args.mode ?? 'FULLTEXT', types: args.types ?? null, targets: args.targets?.length ? args.targets : ['ENTITY', 'SEGMENT'] };
      const terms = queryTerms(text);
      return offsetConnection(args, async ({ offset, limit }) => {
        if (offset + limit > MAX_RANK + 1) throw new InvalidInputError(`search results stop at rank ${MAX_RANK}`, 'after');
        const fused = fuseByRank(await rankedLists(search, offset + limit, ctx));
        return fused.slice(offset, offset + limit).map((hit) => ({ ...hit, terms }));
      });
    },
  }),
);
