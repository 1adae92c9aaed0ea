import neo4j from 'neo4j-driver';
import type { GraphGateway } from './gateway.js';
import { NodeLabel, isEntityType, type EntityType } from './ontology.js';

export interface EntityCandidate {
  id: string;
  type: EntityType;
  name: string;
  key?: string;
  names: Record<string, string>;
  aliases: string[];
}

/** Lucene treats these as syntax; a name like "AT&T (US)" must reach the index as plain words. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Words that join a name's parts and that a translation adds or drops
 * ("Foro de Logística del Futuro" → "Forum of Logistics of the Future" for
 * "Future Logistics Forum"): left out of the any-order clause here, and of
 * the word sets entity resolution compares.
 */
export const NAME_LINKING_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'la', 'el', 'los', 'las', 'y']);

/**
 * A full-text query that matches any of the names as a phrase, or, for a name
 * of several words, every one of its words in any order: a name translated
 * word by word keeps the source language's order ("Alliance Green Circuit").
 * Sent as a parameter value, never as Cypher.
 */
export function namesToLuceneQuery(names: readonly string[]): string | null {
  const phrases = [...new Set(names.map((n) => n.replace(LUCENE_SPECIAL, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean))];
  const clauses = phrases.flatMap((p) => {
    const words = [...new Set(p.toLowerCase().split(' ').filter((w) => !NAME_LINKING_WORDS.has(w)))];
    return words.length > 1 ? [`"${p}"`, `(${words.map((w) => `+${w}`).join(' ')})`] : [`"${p}"`];
  });
  return clauses.length === 0 ? null : clauses.join(' OR ');
}

const RETURN_CANDIDATE = `
RETURN DISTINCT e.id AS id, e.type AS type, e.name AS name, e.key AS key, coalesce(e.aliases, []) AS aliases,
       [k IN keys(e) WHERE k STARTS WITH 'name_' | [substring(k, 5), e[k]]] AS names`;

type Row = { id: string; type: string; name: string; key: string | null; aliases: string[]; names: [string, string][] };

/**
 * Existing entities that entity resolution should consider for a batch of
 * mentions: those whose resolution key is one of `keys`, and those whose name
 * or alias matches one of `names` in the full-text index (capped, best first).
 */
export async function findEntityCandidates(
  gateway: GraphGateway,
  keys: readonly string[],
  names: readonly string[],
  options: { limitPerName?: number } = {},
): Promise<EntityCandidate[]> {
  const query = namesToLuceneQuery(names);
  const limit = Math.max(1, (options.limitPerName ?? 5) * names.length);
  const rows = await gateway.executeRead(
    async (tx) => {
      const byKey = await tx.run(`UNWIND $keys AS key MATCH (e:${NodeLabel.Entity} {key: key}) ${RETURN_CANDIDATE}`, { keys: [...keys] });
      const byName = query
        ? await tx.run(
            `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node AS e ${RETURN_CANDIDATE}`,
            // The procedure wants an INTEGER limit; plain JS numbers travel as floats.
            { query, limit: neo4j.int(limit) },
          )
        : null;
      return [...byKey.records, ...(byName?.records ?? [])].map((r) => r.toObject() as Row);
    },
    { metadata: { purpose: 'entity-candidates' } },
  );
  const seen = new Set<string>();
  const out: EntityCandidate[] = [];
  for (const r of rows) {
    if (seen.has(r.id) || !isEntityType(r.type)) continue;
    seen.add(r.id);
    out.push({ id: r.id, type: r.type, name: r.name, ...(r.key ? { key: r.key } : {}), names: Object.fromEntries(r.names), aliases: r.aliases });
  }
  return out;
}
