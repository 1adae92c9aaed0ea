import { getOperationAST, type DocumentNode, type ExecutionResult, type GraphQLError } from 'graphql';
import { createGraphQLError, isAsyncIterable, type Plugin } from 'graphql-yoga';
import { probeNeo4j, probeRedis, probeSchema } from '../cli/status-probes.js';
import { authenticate, type KeyTable, type Principal } from './auth.js';
import type { ApiDeps } from './deps.js';
import { ClientErrorCode, codeForMessage, genericMessage, isGraphQLError, maskedFor, requestError } from './errors.js';
import type { RateLimiter } from './rate-limit.js';

/** Paths served without a key: liveness, readiness and metrics (scraped from inside the network). */
const OPEN_PATHS = new Set(['/health', '/ready', '/metrics']);

function jsonError(code: ClientErrorCode, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message: genericMessage(code), extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

function clientAddress(serverContext: unknown): string {
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return req?.socket?.remoteAddress ?? 'local';
}

/**
 * Authentication and rate limiting before anything is parsed: an
 * unauthenticated or over-limit caller never gets an upload read or a query
 * validated. Rate limits apply per key (per address for anonymous callers).
 */
export function useAccessControl(options: {
  keys: KeyTable;
  limiter: RateLimiter | null;
  deps: ApiDeps;
  graphiql: boolean;
  /** Filled with each admitted request's principal, for the context factory. */
  authenticated?: WeakMap<Request, Principal>;
}): Plugin {
  const { keys, limiter, deps, authenticated } = options;
  return {
    onRequest(payload) {
      const { request, url, serverContext } = payload;
      if (OPEN_PATHS.has(url.pathname)) return;
      // The GraphiQL page itself is static; the queries it sends carry their own key.
      if (options.graphiql && request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html')) return;
      const outcome = authenticate(request.headers, keys);
      if (!outcome.ok) {
        deps.metrics.rejected.inc({ reason: outcome.reason });
        payload.endResponse(jsonError(ClientErrorCode.Unauthenticated, 401, { 'www-authenticate': 'Bearer' }));
        return;
      }
      if (limiter) {
        const decision = limiter.take(outcome.principal.keyId ? `key:${outcome.principal.keyId}` : `ip:${clientAddress(serverContext)}`);
        if (!decision.allowed) {
          deps.metrics.rejected.inc({ reason: 'rate-limited' });
          payload.endResponse(jsonError(ClientErrorCode.RateLimited, 429, { 'retry-after': String(decision.retryAfterSeconds) }));
          return;
        }
      }
      authenticated?.set(request, outcome.principal);
    },
  };
}

/**
 * Request bodies over `limit` bytes are refused with 413. A declared
 * Content-Length is checked before anything is read. Uploads (multipart)
 * and bodies without a length (chunked) are also counted as they stream;
 * plain JSON queries are not, as Node's HTTP parser never reads past the
 * declared length. yoga's own `maxRequestBodySize` pipes every body through
 * a stream transform, which doubled the CPU cost of a small query in our
 * measurements, and reports an overlong multipart body as a 400.
 */
export function useRequestBodyLimit(limit: number): Plugin {
  const tooLarge = () => requestError(ClientErrorCode.PayloadTooLarge, 413);
  return {
    onRequestParse(payload) {
      const { request } = payload;
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!/^\d+$/.test(declared)) throw requestError(ClientErrorCode.BadRequest, 400, 'Content-Length is invalid.');
        if (Number(declared) > limit) throw tooLarge();
        if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/')) return;
      }
      const parser = payload.requestParser;
      if (!parser || request.body === null) return;
      payload.setRequestParser(async (req) => {
        let seen = 0;
        const counted = req.body?.pipeThrough(
          new payload.fetchAPI.TransformStream<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              seen += chunk.byteLength;
              if (seen > limit) controller.error(tooLarge());
              else controller.enqueue(chunk);
            },
          }),
        );
        const limited = new payload.fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body: counted ?? null, signal: req.signal, duplex: 'half' } as RequestInit);
        try {
          return await parser(limited);
        } catch (err) {
          // The multipart parser wraps the stream's error in its own 400.
          if (seen > limit) throw tooLarge();
          throw err;
        }
      });
    },
  };
}

/**
 * `GET /metrics` in Prometheus text format and `GET /ready`. A plain path
 * comparison: yoga's own readiness plugin tests a URLPattern (a slow
 * polyfill on Node 20) on every request.
 */
export function useOperationalEndpoints(deps: ApiDeps): Plugin {
  return {
    onRequest(payload) {
      const { pathname } = payload.url;
      if (payload.request.method !== 'GET') return;
      if (pathname === '/metrics') {
        return deps.metrics.registry.metrics().then((body) =>
          payload.endResponse(new Response(body, { status: 200, headers: { 'content-type': deps.metrics.registry.contentType } })),
        );
      }
      if (pathname === '/ready') return readiness(deps).then((response) => payload.endResponse(response));
    },
  };
}

/** `GET /ready`: Neo4j reachable, Redis reachable, schema at the latest migration. 200 or 503 with the details. */
export async function readiness(deps: ApiDeps): Promise<Response> {
  const [neo4j, redis] = await Promise.all([probeNeo4j(deps.gateway), probeRedis(deps.config.redisUrl)]);
  const schema = neo4j.reachable ? await probeSchema(deps.gateway, deps.config).catch(() => null) : null;
  const ready = neo4j.reachable && redis.reachable && schema?.current === true;
  const body = {
    ready,
    neo4j: neo4j.reachable ? { reachable: true, version: neo4j.version } : { reachable: false },
    redis: redis.reachable ? { reachable: true, version: redis.version } : { reachable: false },
    schema: schema ? { version: schema.version, latestVersion: schema.latestVersion, current: schema.current } : null,
  };
  if (!ready) deps.logger.warn({ neo4j, redis, schema }, 'not ready');
  return new Response(JSON.stringify(body), { status: ready ? 200 : 503, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

/**
 * Request counts and latency by operation; a stable `extensions.code` on
 * errors that arrive without one (graphql-armor's refusals).
 */
export function useObservability(deps: ApiDeps): Plugin {
  const { metrics } = deps;
  // Refused operations never execute; their names are kept from the parameters to label the count.
  const names = new WeakMap<Request, string | undefined>();
  return {
    onParams({ request, params }) {
      names.set(request, params.operationName ?? undefined);
    },
    onExecute({ args }) {
      const document = args.document as DocumentNode;
      const name = args.operationName as string | null | undefined;
      const operation = getOperationAST(document, name ?? undefined);
      const labels = { operation: metrics.operationLabel(operation?.name?.value ?? name), type: operation?.operation ?? 'query' };
      const end = metrics.requestSeconds.startTimer(labels);
      return {
        onExecuteDone({ result }) {
          end();
          const failed = !isAsyncIterable(result) && (result.errors?.length ?? 0) > 0;
          metrics.requests.inc({ ...labels, outcome: failed ? 'error' : 'ok' });
        },
      };
    },
    onSubscribe({ args }) {
      const operation = getOperationAST(args.document as DocumentNode, (args.operationName as string | null | undefined) ?? undefined);
      metrics.requests.inc({ operation: metrics.operationLabel(operation?.name?.value), type: 'subscription', outcome: 'ok' });
    },
    onResultProcess(payload) {
      const { request, result } = payload;
      if (isAsyncIterable(result) || Array.isArray(result)) return;
      const single = result as ExecutionResult;
      if (single.data === undefined && (single.errors?.length ?? 0) > 0) {
        metrics.requests.inc({ operation: metrics.operationLabel(names.get(request)), type: 'unknown', outcome: 'invalid' });
      }
      if (!single.errors?.some((e) => e.extensions?.code === undefined || codeForMessage(e.message) !== null)) return;
      payload.setResult({ ...single, errors: single.errors.map(withCode) });
    },
  };
}

function withCode(error: GraphQLError): GraphQLError {
  const inferred = codeForMessage(error.message);
  if (error.extensions?.code !== undefined && inferred === null) return error;
  const code = inferred ?? ClientErrorCode.ValidationFailed;
  return createGraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, code },
  });
}

/**
 * yoga's `maskError`: typed API errors and GraphError / ExtractorError codes
 * map to stable client codes with safe messages; the cause is logged once,
 * here, with the path it came from.
 */
export function maskErrorFor(deps: ApiDeps) {
  return (error: unknown): Error => {
    const gql = isGraphQLError(error) ? error : null;
    const original = gql ? gql.originalError : error;
    // Already a client error (validation, our request errors): nothing to hide.
    if (gql && (original === undefined || original === null || isGraphQLError(original))) return gql;
    const masked = maskedFor(original);
    const log = { err: original, code: masked.code, path: gql?.path?.join('.') };
    if (masked.severe) deps.logger.error(log, 'request failed');
    else deps.logger.debug(log, 'request refused');
    deps.metrics.resolverErrors.inc({ code: masked.code, kind: 'masked' });
    return createGraphQLError(masked.message, {
      nodes: gql?.nodes,
      source: gql?.source,
      positions: gql?.positions,
      path: gql?.path,
      extensions: { code: masked.code, ...(masked.status ? { http: { status: masked.status } } : {}) },
    });
  };
}
