import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga, useExecutionCancellation, type YogaServerInstance } from 'graphql-yoga';
import type { Runtime } from '../cli/runtime.js';
import { keyTable, type Principal } from './auth.js';
import { onTypedError } from './builder.js';
import { contextFactory, type ApiContext } from './context.js';
import { createApiServices, type ApiDeps, type ApiServicesOptions } from './deps.js';
import { ApiError } from './errors.js';
import { maskErrorFor, useAccessControl, useObservability, useOperationalEndpoints, useRequestBodyLimit } from './plugins.js';
import { RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { getSchema } from './schema/index.js';

/** What a query may ask for before it is refused unexecuted (graphql-armor). */
export interface QueryLimits {
  /** Nesting depth. Default 12: a source's segments' mentions' entities' relations fit. */
  maxDepth: number;
  /** graphql-armor cost (objects 2, scalars 1, ×1.5 per level, × literal `first`). Default 20 000. */
  maxCost: number;
  /** Aliased fields per operation. Default 15. */
  maxAliases: number;
  /** Directives per operation. Default 20. */
  maxDirectives: number;
  /** Lexical tokens per document. Default 2 000. */
  maxTokens: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxCost: 20_000, maxAliases: 15, maxDirectives: 20, maxTokens: 2_000 };

export interface ApiOptions {
  /** Per-caller token buckets, or `false` for none. Default 120 burst, 20 per second. */
  rateLimit?: RateLimitOptions | false;
  /** GraphiQL at GET /graphql. Default: on in development only. */
  graphiql?: boolean;
  limits?: Partial<QueryLimits>;
  /** Largest request body; default `MAX_UPLOAD_BYTES` + 1 MiB for the rest of a multipart request. */
  maxRequestBytes?: number;
}

export type Api = YogaServerInstance<Record<string, unknown>, ApiContext>;

/**
 * The GraphQL API as a fetch handler (`api.fetch(request)` in tests, a Node
 * request listener in `startApiServer`). Only wiring: schema, context,
 * security, observability.
 */
export function createApi(deps: ApiDeps, options: ApiOptions = {}): Api {
  const { config, logger, metrics } = deps;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const graphiql = options.graphiql ?? config.env === 'development';
  const keys = keyTable(config.api);
  const limiter = options.rateLimit === false ? null : new RateLimiter(options.rateLimit ?? {});
  // Principals found by useAccessControl, per request object, so the context does not authenticate again.
  const authenticated = new WeakMap<Request, Principal>();
  const createContext = contextFactory(deps, keys, authenticated);
  const stopCounting = onTypedError((error) => metrics.resolverErrors.inc({ code: error instanceof ApiError ? error.code : 'UNKNOWN', kind: 'typed' }));

  const yoga = createYoga<Record<string, unknown>, ApiContext>({
    schema: getSchema(),
    context: ({ request }) => createContext(request),
    graphiql,
    landingPage: false,
    healthCheckEndpoint: '/health',
    multipart: true,
    // Enforced by useRequestBodyLimit, at a fraction of the cost.
    maxRequestBodySize: false,
    maskedErrors: { maskError: maskErrorFor(deps), isDev: false },
    // yoga logs several debug lines per request: checked against the level before anything is built.
    logging: {
      debug: (...args: unknown[]) => void (logger.isLevelEnabled('debug') && logger.debug({ yoga: args }, 'yoga')),
      info: (...args: unknown[]) => void (logger.isLevelEnabled('debug') && logger.debug({ yoga: args }, 'yoga')),
      warn: (...args: unknown[]) => logger.warn({ yoga: args }, 'yoga'),
      // Every error yoga logs has passed through maskError, which logged it with its cause and client code.
      error: (...args: unknown[]) => void (logger.isLevelEnabled('debug') && logger.debug({ yoga: args }, 'yoga error (logged by maskError)')),
    },
    plugins: [
      useAccessControl({ keys, limiter, deps, graphiql, authenticated }),
      useRequestBodyLimit(options.maxRequestBytes ?? config.limits.maxUploadBytes + 1024 * 1024),
      useOperationalEndpoints(deps),
      useObservability(deps),
      useExecutionCancellation(),
      EnvelopArmorPlugin({
        maxDepth: { n: limits.maxDepth },
        costLimit: { maxCost: limits.maxCost },
        maxAliases: { n: limits.maxAliases },
        maxDirectives: { n: limits.maxDirectives },
        maxTokens: { n: limits.maxTokens },
        blockFieldSuggestion: { enabled: true },
      }),
      { onDispose: () => void stopCounting() },
    ],
  });
  return yoga;
}

export interface ApiServerOptions extends ApiOptions, ApiServicesOptions {
  /** Default `config.api.port`; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1; set 0.0.0.0 to serve other hosts. */
  host?: string;
}

export interface RunningApi {
  api: Api;
  deps: ApiDeps;
  server: Server;
  /** e.g. http://127.0.0.1:4000 */
  url: string;
  /** Stops accepting, lets open requests finish, closes the queue and extractors (not the runtime). */
  close(): Promise<void>;
}

/** The API over HTTP on the runtime's graph. */
export async function startApiServer(runtime: Pick<Runtime, 'config' | 'logger' | 'gateway' | 'writer'>, options: ApiServerOptions = {}): Promise<RunningApi> {
  const services = createApiServices(runtime, options);
  const api = createApi(services.deps, options);
  const server = createServer((req, res) => void api(req, res));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? runtime.config.api.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  runtime.logger.info({ url: `${url}/graphql` }, 'GraphQL API listening');
  return {
    api,
    deps: services.deps,
    server,
    url,
    async close() {
      // Server-sent event streams stay open until their job ends; do not wait for them.
      server.closeIdleConnections();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      setTimeout(() => server.closeAllConnections(), 5_000).unref();
      await closed;
      await api.dispose();
      await services.close();
    },
  };
}
