import type { GraphGateway } from '../../graph-schema/index.js';

export interface GraphSnapshot {
  nodes: Record<string, { labels: string[]; props: Record<string, unknown> }>;
  rels: string[];
}

const LABELS = ['Source', 'Segment', 'Entity', 'Evidence', 'ExtractionRun', 'Face', 'Voice', 'Identity'] as const;

/** Temporal values become their ISO text so snapshots compare as plain data. */
function plain(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).map(([k, v]) => [k, v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as { toString(): string }).toString() : v]),
  );
}

/**
 * Everything in one test namespace (ids starting with `ns`): nodes with all
 * their properties and relationships with theirs, in a canonical order, so
 * two snapshots compare with `toEqual`.
 */
export async function snapshot(gateway: GraphGateway, ns: string): Promise<GraphSnapshot> {
  return gateway.executeRead(async (tx) => {
    const nodes: GraphSnapshot['nodes'] = {};
    const rels = new Set<string>();
    for (const label of LABELS) {
      const res = await tx.run(
        `MATCH (n:${label}) WHERE n.id STARTS WITH $ns
         OPTIONAL MATCH (n)-[r]-(m)
         RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
                collect(CASE WHEN r IS NULL THEN null ELSE [startNode(r).id, type(r), endNode(r).id, properties(r)] END) AS rels`,
        { ns },
      );
      for (const rec of res.records) {
        const props = plain(rec.get('props') as Record<string, unknown>);
        nodes[rec.get('id') as string] = { labels: (rec.get('labels') as string[]).sort(), props };
        for (const r of rec.get('rels') as unknown[][]) {
          const rp = plain(r[3] as Record<string, unknown>);
          rels.add(JSON.stringify([r[0], r[1], r[2], Object.entries(rp).sort()]));
        }
      }
    }
    return { nodes, rels: [...rels].sort() };
  });
}

/** A snapshot without timestamps, for comparing two writes of the same content at different times. */
export function withoutTimes(s: GraphSnapshot): GraphSnapshot {
  const strip = (p: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(p).filter(([k]) => !/(At)$/.test(k)));
  return {
    nodes: Object.fromEntries(Object.entries(s.nodes).map(([id, n]) => [id, { labels: n.labels, props: strip(n.props) }])),
    rels: s.rels.map((r) => {
      const [a, t, b, props] = JSON.parse(r) as [string, string, string, [string, unknown][]];
      return JSON.stringify([a, t, b, props.filter(([k]) => !k.endsWith('At'))]);
    }).sort(),
  };
}
