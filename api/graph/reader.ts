import type { GraphGateway } from '../../graph-schema/index.js';
import type { ApiMetrics } from '../metrics.js';
import type { CypherQuery } from './cypher.js';

/** Row values as the driver returns them (integers as numbers: the gateway disables lossless integers). */
export type Row = Record<string, unknown>;

/**
 * Runs the API's read queries through the gateway (managed read
 * transactions, database named, errors mapped) and times each one by name.
 */
export class GraphReader {
  constructor(
    private readonly gateway: GraphGateway,
    private readonly metrics: ApiMetrics | null,
  ) {}

  async rows(query: CypherQuery): Promise<Row[]> {
    const work = () =>
      this.gateway.executeRead(async (tx) => (await tx.run(query.text, query.params)).records.map((r) => r.toObject()), {
        metadata: { purpose: 'api', query: query.name },
      });
    return this.metrics ? this.metrics.time(this.metrics.neo4jSeconds, { query: query.name }, work) : work();
  }

  async first(query: CypherQuery): Promise<Row | null> {
    return (await this.rows(query))[0] ?? null;
  }
}

/** A map projection cell as a plain object (null when the cell is null). */
export function cell(row: Row, key: string): Record<string, unknown> {
  const value = row[key];
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
