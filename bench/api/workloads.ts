import type { CypherQuery } from '../../api/graph/cypher.js';
import { entitiesByIds } from '../../api/graph/entities.js';
import { luceneQuery } from '../../api/graph/cypher.js';
import { neighbourhood } from '../../api/graph/explore.js';
import { fulltextEntities, fulltextSegments } from '../../api/graph/search.js';
import type { BenchEntity } from './graph.js';

/**
 * The three measured operations, each as a GraphQL request and as the very
 * Cypher the API runs for it (built by the API's own query modules, in the
 * same order and with the same concurrency inside one request), so the
 * direct-driver baseline does the same database work minus the API.
 */

export type RunQuery = (query: CypherQuery) => Promise<unknown>;

export interface Workload {
  name: string;
  /** GraphQL request body for the i-th request. */
  body(i: number): string;
  /** The same database work, straight through neo4j-driver. */
  direct(i: number, run: RunQuery): Promise<unknown>;
  /** True when a GraphQL response body is a real answer (not an error result). */
  check(response: unknown): boolean;
}

const PAGE = 20;
const SEARCH_PAGE = 10;
const DEPTH = 2;

export function workloads(sample: readonly BenchEntity[]): Workload[] {
  const entityAt = (i: number) => sample[i % sample.length] as BenchEntity;
  // Search by a name's first word plus the prefix of its second: typical search-as-you-type.
  const searchText = (i: number) => {
    const [first = '', second = ''] = entityAt(i * 7 + 3).name.split(' ');
    return `${first} ${second.slice(0, Math.max(3, second.length - 2))}`;
  };
  const json = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const data = (response: unknown, key: string) => (response as { data?: Record<string, { __typename?: string } | undefined> }).data?.[key];

  return [
    {
      name: 'entity',
      body: (i) => json('query Entity($id: ID!) { entity(id: $id) { __typename ... on Entity { id name type aliases } } }', { id: entityAt(i).id }),
      direct: (i, run) => run(entitiesByIds([entityAt(i).id])),
      check: (r) => data(r, 'entity')?.__typename === 'Entity',
    },
    {
      name: 'search',
      body: (i) =>
        json(
          `query Search($text: String!) { search(text: $text, first: ${SEARCH_PAGE}) { __typename ... on QuerySearchConnection { edges { node { score
            item { __typename ... on Entity { id name } ... on Segment { id text } } snippet { text highlights { start end } } } } } } }`,
          { text: searchText(i) },
        ),
      direct: (i, run) => {
        const lucene = luceneQuery(searchText(i)) ?? '';
        // The API asks each index for one more than the page, entities and segments concurrently.
        return Promise.all([run(fulltextEntities(lucene, { k: SEARCH_PAGE + 1 })), run(fulltextSegments(lucene, { k: SEARCH_PAGE + 1 }))]);
      },
      check: (r) => data(r, 'search')?.__typename === 'QuerySearchConnection',
    },
    {
      name: 'neighbourhood',
      body: (i) =>
        json(
          `query Hood($id: ID!) { neighbourhood(id: $id, depth: ${DEPTH}, first: ${PAGE}) { __typename ... on QueryNeighbourhoodConnection { edges { distance node { id name type } } } } }`,
          { id: entityAt(i).id },
        ),
      // The API first checks that the centre exists (a loader batch), then runs the breadth-first search.
      direct: async (i, run) => {
        await run(entitiesByIds([entityAt(i).id]));
        return run(neighbourhood(entityAt(i).id, { depth: DEPTH }, { offset: 0, limit: PAGE + 1 }));
      },
      check: (r) => data(r, 'neighbourhood')?.__typename === 'QueryNeighbourhoodConnection',
    },
  ];
}
