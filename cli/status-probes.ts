import { Redis } from 'ioredis';
import type { Config } from '../config/index.js';
import { LATEST_VERSION, NodeLabel, schemaProblems, type GraphGateway } from '../graph-schema/index.js';

/**
 * Independent health probes for `kg status`. Each one reports failure as data
 * instead of throwing, so one unreachable service never hides the others.
 */

export type Neo4jStatus =
  | { reachable: true; version: string; edition: string; address: string }
  | { reachable: false; error: string };

export type RedisStatus = { reachable: true; version: string } | { reachable: false; error: string };

export interface SchemaStatus {
  /** Highest applied migration, null when none has been applied. */
  version: number | null;
  latestVersion: number;
  current: boolean;
  problems: string[];
}

export interface GraphCounts {
  nodesByLabel: Record<string, number>;
  relationshipsByType: Record<string, number>;
  /** Labels or types whose names cannot be placed in a query safely, so were not counted. */
  skipped: string[];
}

const REDIS_TIMEOUT_MS = 2_000;
/** Labels and types are data here (from db.labels()), so only plain identifiers are placed in Cypher text. */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export async function probeNeo4j(gateway: GraphGateway): Promise<Neo4jStatus> {
  try {
    return { reachable: true, ...(await gateway.serverInfo()) };
  } catch (err) {
    return { reachable: false, error: messageOf(err) };
  }
}

function redisVersion(info: string): string {
  return /^redis_version:(.+)$/m.exec(info)?.[1]?.trim() ?? 'unknown';
}

export async function probeRedis(redisUrl: string): Promise<RedisStatus> {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: REDIS_TIMEOUT_MS,
    commandTimeout: REDIS_TIMEOUT_MS,
    // A status probe reports "unreachable" at once rather than retrying in the background.
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  // Without a listener ioredis prints every connection error as "Unhandled error event";
  // the event also carries the cause (ECONNREFUSED …) where the rejection only says "Connection is closed".
  let connectionError: unknown = null;
  redis.on('error', (err: unknown) => {
    connectionError = err;
  });
  try {
    await redis.connect();
    await redis.ping();
    return { reachable: true, version: redisVersion(await redis.info('server')) };
  } catch (err) {
    return { reachable: false, error: messageOf(connectionError ?? err) };
  } finally {
    if (redis.status === 'ready') await redis.quit();
    else redis.disconnect();
  }
}

export async function probeSchema(gateway: GraphGateway, config: Config): Promise<SchemaStatus> {
  const version = await gateway.executeRead(async (tx) => {
    const res = await tx.run(`MATCH (m:${NodeLabel.Migration}) RETURN max(m.version) AS version`);
    return (res.records[0]?.get('version') as number | null | undefined) ?? null;
  }, { metadata: { purpose: 'status' } });
  const problems = await schemaProblems(gateway, config.embeddings);
  return { version, latestVersion: LATEST_VERSION, current: problems.length === 0 && version === LATEST_VERSION, problems };
}

/** Counts per label and type with one `count()` query each, which the planner answers from the count store. */
export async function countGraph(gateway: GraphGateway): Promise<GraphCounts> {
  return gateway.executeRead(async (tx) => {
    const skipped: string[] = [];
    const countEach = async (names: string[], query: (name: string) => string): Promise<Record<string, number>> => {
      // A Map, then fromEntries: a label named `__proto__` must not touch a plain object's prototype.
      const counts = new Map<string, number>();
      for (const name of names.sort()) {
        if (!PLAIN_NAME.test(name)) {
          skipped.push(name);
          continue;
        }
        const res = await tx.run(query(`\`${name}\``));
        counts.set(name, (res.records[0]?.get('count') as number | undefined) ?? 0);
      }
      return Object.fromEntries(counts);
    };
    const labels = (await tx.run('CALL db.labels() YIELD label RETURN label')).records.map((r) => r.get('label') as string);
    const types = (await tx.run('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType')).records.map(
      (r) => r.get('relationshipType') as string,
    );
    const nodesByLabel = await countEach(labels, (label) => `MATCH (n:${label}) RETURN count(n) AS count`);
    const relationshipsByType = await countEach(types, (type) => `MATCH ()-[r:${type}]->() RETURN count(r) AS count`);
    return { nodesByLabel, relationshipsByType, skipped };
  }, { metadata: { purpose: 'status' } });
}
