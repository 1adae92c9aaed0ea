import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics for one API instance, in its own registry (never the
 * global one, so two instances in one process, as in tests, do not collide).
 */

export interface ApiMetricsOptions {
  /** Counts of jobs per state in the ingest queue, read on every scrape. */
  queueDepth?: () => Promise<Record<string, number>>;
  /** Process metrics (CPU, memory, event loop lag). Default true. */
  processMetrics?: boolean;
}

/** Operation names come from clients: only plain names, and only so many, become label values. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_LABELS = 200;

export class ApiMetrics {
  readonly registry = new Registry();
  readonly requests: Counter<'operation' | 'type' | 'outcome'>;
  readonly requestSeconds: Histogram<'operation' | 'type'>;
  readonly resolverErrors: Counter<'code' | 'kind'>;
  readonly rejected: Counter<'reason'>;
  readonly neo4jSeconds: Histogram<'query'>;
  readonly extractorSeconds: Histogram<'task' | 'model'>;
  private readonly operations = new Set<string>();

  constructor(options: ApiMetricsOptions = {}) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'kg_api_requests_total',
      help: 'GraphQL operations by operation name, type and outcome (ok, error, invalid)',
      labelNames: ['operation', 'type', 'outcome'],
      registers,
    });
    this.requestSeconds = new Histogram({
      name: 'kg_api_request_duration_seconds',
      help: 'GraphQL execution time by operation',
      labelNames: ['operation', 'type'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.resolverErrors = new Counter({
      name: 'kg_api_resolver_errors_total',
      help: 'Resolver errors by client code; kind is typed (a schema error result) or masked',
      labelNames: ['code', 'kind'],
      registers,
    });
    this.rejected = new Counter({
      name: 'kg_api_rejected_requests_total',
      help: 'Requests refused before execution (unauthenticated, rate limited, too large)',
      labelNames: ['reason'],
      registers,
    });
    this.neo4jSeconds = new Histogram({
      name: 'kg_api_neo4j_query_duration_seconds',
      help: 'Neo4j query time by API query name',
      labelNames: ['query'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
      registers,
    });
    this.extractorSeconds = new Histogram({
      name: 'kg_api_extractor_duration_seconds',
      help: 'On-demand extractor latency by task and model version',
      labelNames: ['task', 'model'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    const { queueDepth } = options;
    new Gauge({
      name: 'kg_ingest_queue_jobs',
      help: 'Ingest jobs by state, read from the queue at scrape time',
      labelNames: ['state'],
      registers,
      async collect() {
        if (!queueDepth) return;
        this.reset();
        for (const [state, n] of Object.entries(await queueDepth())) this.set({ state }, n);
      },
    });
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'kg_api_' });
  }

  /** A bounded label value for a client-chosen operation name. */
  operationLabel(name: string | null | undefined): string {
    if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }

  /** Times `work` into `histogram` with `labels`, whether it succeeds or throws. */
  async time<L extends string, T>(histogram: Histogram<L>, labels: Partial<Record<L, string>>, work: () => Promise<T>): Promise<T> {
    const end = histogram.startTimer(labels);
    try {
      return await work();
    } finally {
      end();
    }
  }
}
