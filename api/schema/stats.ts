import { builder } from '../builder.js';
import { graphStats, sourcesByStatus } from '../graph/stats.js';
import { CountRef } from './refs.js';

interface Stats {
  nodes: Map<string, number>;
  entityTypes: { name: string; count: number }[];
  relationTypes: { name: string; count: number }[];
  sourcesByStatus: { name: string; count: number }[];
}

const StatsRef = builder.objectRef<Stats>('Stats').implement({
  description: 'Totals over the whole graph.',
  fields: (t) => ({
    sources: t.int({ resolve: (s) => s.nodes.get('Source') ?? 0 }),
    segments: t.int({ resolve: (s) => s.nodes.get('Segment') ?? 0 }),
    entities: t.int({ resolve: (s) => s.nodes.get('Entity') ?? 0 }),
    mentions: t.int({ resolve: (s) => s.nodes.get('Mention') ?? 0 }),
    evidence: t.int({ resolve: (s) => s.nodes.get('Evidence') ?? 0 }),
    relations: t.int({ resolve: (s) => s.relationTypes.reduce((sum, r) => sum + r.count, 0) }),
    faces: t.int({ resolve: (s) => s.nodes.get('Face') ?? 0 }),
    voices: t.int({ resolve: (s) => s.nodes.get('Voice') ?? 0 }),
    identities: t.int({ resolve: (s) => s.nodes.get('Identity') ?? 0 }),
    entitiesByType: t.field({ type: [CountRef], resolve: (s) => s.entityTypes }),
    relationsByType: t.field({ type: [CountRef], resolve: (s) => s.relationTypes }),
    sourcesByStatus: t.field({ type: [CountRef], resolve: (s) => s.sourcesByStatus }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({
    type: StatsRef,
    authScopes: { read: true },
    resolve: async (_root, _args, ctx) => {
      const [counts, statuses] = await Promise.all([ctx.deps.reader.rows(graphStats()), ctx.deps.reader.rows(sourcesByStatus())]);
      const of = (kind: string) => counts.filter((r) => r.kind === kind).map((r) => ({ name: String(r.name), count: Number(r.n) }));
      return {
        nodes: new Map(of('node').map((c) => [c.name, c.count])),
        entityTypes: of('entityType'),
        relationTypes: of('relationType'),
        sourcesByStatus: statuses.map((r) => ({ name: typeof r.name === 'string' ? r.name : 'unknown', count: Number(r.n) })),
      };
    },
  }),
);
