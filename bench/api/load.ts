import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config/index.js';
import type { Workload } from './workloads.js';

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** autocannon against the API: `connections` keep-alive connections for `seconds`, each request a different id or text. */
export async function loadApi(options: { url: string; key: string; workload: Workload; connections: number; seconds: number }): Promise<LoadResult> {
  let i = 0;
  const result = await autocannon({
    url: `${options.url}/graphql`,
    connections: options.connections,
    duration: options.seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.key}` },
    requests: [{ setupRequest: (req) => ({ ...req, body: options.workload.body(i++) }) }],
  });
  return {
    requests: result.requests.total,
    seconds: result.duration,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

export function directDriver(neo: Pick<Neo4jConfig, 'uri' | 'user' | 'password'>): Driver {
  // The same driver settings as the platform's gateway.
  return neo4j.driver(neo.uri, neo4j.auth.basic(neo.user, neo.password), { disableLosslessIntegers: true, userAgent: 'kg-bench-direct/0.1' });
}

/** The same work through neo4j-driver: `connections` concurrent loops for `seconds`. */
export async function loadDirect(options: { driver: Driver; database: string; workload: Workload; connections: number; seconds: number }): Promise<LoadResult> {
  const { driver, database, workload } = options;
  const run = async (query: { text: string; params: Record<string, unknown> }) => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(async (tx) => (await tx.run(query.text, query.params)).records.map((r) => r.toObject()));
    } finally {
      await session.close();
    }
  };
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const until = started + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        try {
          await workload.direct(next++, run);
          latencies.push(performance.now() - t0);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, seconds, rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}
