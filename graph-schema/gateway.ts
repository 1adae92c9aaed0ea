import neo4j, { type Driver, type ManagedTransaction, type Transaction } from 'neo4j-driver';
import type { Neo4jConfig, Logger } from '../config/index.js';
import { toGraphError } from './errors.js';

export type { ManagedTransaction, Transaction };

/** Per-call transaction options. */
export interface TxOptions {
  /** Shown in `SHOW TRANSACTIONS` and the query log, so operators can tell who ran what. */
  metadata?: Record<string, string | number | boolean>;
  /** Server-side timeout; defaults to the gateway's `defaultTimeoutMs`. */
  timeoutMs?: number;
}

export interface GatewayOptions {
  neo4j: Pick<Neo4jConfig, 'uri' | 'user' | 'password' | 'database'>;
  logger: Logger;
  /** Default server-side transaction timeout. Default 30 s. */
  defaultTimeoutMs?: number;
  /** How long the driver keeps retrying transient failures of a managed transaction. Default 30 s. */
  maxRetryTimeMs?: number;
  /** Application name in transaction metadata. Default `kg`. */
  app?: string;
}

export interface ServerInfo {
  version: string;
  edition: string;
  address: string;
}

/**
 * The only code that opens Neo4j sessions. Everything else hands it a unit of
 * work. Sessions are always closed, the database is always named, and driver
 * errors always come out as `GraphError`s.
 */
export class GraphGateway {
  readonly database: string;
  private readonly driver: Driver;
  private readonly logger: Logger;
  private readonly defaultTimeoutMs: number;
  private readonly app: string;

  constructor(options: GatewayOptions) {
    this.database = options.neo4j.database;
    this.logger = options.logger;
    this.defaultTimeoutMs = options.defaultTimeoutMs ?? 30_000;
    this.app = options.app ?? 'kg';
    this.driver = neo4j.driver(options.neo4j.uri, neo4j.auth.basic(options.neo4j.user, options.neo4j.password), {
      // Graph integers fit in doubles for this platform (counts, offsets, ms); plain numbers keep every caller simple.
      disableLosslessIntegers: true,
      maxTransactionRetryTime: options.maxRetryTimeMs ?? 30_000,
      userAgent: `${this.app}/0.1`,
    });
  }

  /** Managed read transaction, retried by the driver on transient errors. */
  executeRead<T>(work: (tx: ManagedTransaction) => Promise<T>, options: TxOptions = {}): Promise<T> {
    return this.withSession('READ', options, (session, config) => session.executeRead(work, config));
  }

  /** Managed write transaction, retried by the driver on transient errors: `work` must be idempotent. */
  executeWrite<T>(work: (tx: ManagedTransaction) => Promise<T>, options: TxOptions = {}): Promise<T> {
    return this.withSession('WRITE', options, (session, config) => session.executeWrite(work, config));
  }

  /**
   * An explicit read transaction that is never retried and always rolled back:
   * for untrusted queries (data miners' Cypher), where a retry would double the
   * cost and a commit would have nothing legitimate to commit.
   */
  readOnly<T>(work: (tx: Transaction) => Promise<T>, options: TxOptions = {}): Promise<T> {
    return this.withSession('READ', options, async (session, config) => {
      const tx = session.beginTransaction(config);
      try {
        return await work(tx);
      } finally {
        if (tx.isOpen()) await tx.rollback();
      }
    });
  }

  /** Checks connectivity and returns the server's version and edition. */
  async serverInfo(): Promise<ServerInfo> {
    try {
      const info = await this.driver.getServerInfo({ database: this.database });
      const components = await this.executeRead(
        async (tx) => (await tx.run('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition')).records[0],
        { metadata: { purpose: 'server-info' } },
      );
      return {
        version: String(components?.get('version') ?? info.agent ?? 'unknown'),
        edition: String(components?.get('edition') ?? 'unknown'),
        address: info.address ?? this.database,
      };
    } catch (err) {
      throw toGraphError(err);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    options: TxOptions,
    run: (session: neo4j.Session, config: { timeout: number; metadata: Record<string, unknown> }) => Promise<T>,
  ): Promise<T> {
    // Naming the database avoids a home-database round trip on every session.
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const metadata = { app: this.app, ...options.metadata };
    try {
      return await run(session, { timeout: options.timeoutMs ?? this.defaultTimeoutMs, metadata });
    } catch (err) {
      const mapped = toGraphError(err);
      this.logger.warn({ err, code: mapped.code, mode, metadata }, 'graph transaction failed');
      throw mapped;
    } finally {
      await session.close();
    }
  }
}

export function createGateway(options: GatewayOptions): GraphGateway {
  return new GraphGateway(options);
}
