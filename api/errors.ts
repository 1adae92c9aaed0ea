import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { ExtractorError, ExtractorErrorCode } from '../extractors/base/errors.js';
import { GraphError, GraphErrorCode } from '../graph-schema/index.js';

/**
 * The API's errors. Expected failures are classes the schema exposes as
 * typed results (Pothos' errors plugin turns a thrown `NotFoundError` into a
 * `NotFoundError` object in the field's union). Everything else is masked for
 * clients: a stable `extensions.code` and a generic message, with the cause
 * logged on the server.
 */

/** Client-facing `extensions.code` values: part of the API contract. */
export const ClientErrorCode = {
  NotFound: 'NOT_FOUND',
  BadUserInput: 'BAD_USER_INPUT',
  BadRequest: 'BAD_REQUEST',
  Forbidden: 'FORBIDDEN',
  Unauthenticated: 'UNAUTHENTICATED',
  RateLimited: 'RATE_LIMITED',
  CypherRefused: 'CYPHER_REFUSED',
  Timeout: 'TIMEOUT',
  Conflict: 'CONFLICT',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  ExtractorUnavailable: 'EXTRACTOR_UNAVAILABLE',
  ExtractorFailed: 'EXTRACTOR_FAILED',
  PayloadTooLarge: 'REQUEST_ENTITY_TOO_LARGE',
  DepthLimit: 'DEPTH_LIMIT_EXCEEDED',
  CostLimit: 'COST_LIMIT_EXCEEDED',
  AliasLimit: 'ALIAS_LIMIT_EXCEEDED',
  DirectiveLimit: 'DIRECTIVE_LIMIT_EXCEEDED',
  TokenLimit: 'TOKEN_LIMIT_EXCEEDED',
  ValidationFailed: 'GRAPHQL_VALIDATION_FAILED',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

/** Base of the typed (schema) errors; `code` is the same stable vocabulary as `extensions.code`. */
export abstract class ApiError extends Error {
  abstract readonly code: ClientErrorCode;
}

export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
  readonly code = ClientErrorCode.NotFound;
  constructor(
    /** What was looked for: `Entity`, `Source`, `Relation`, `Job`, `Path`. */
    readonly resource: string,
    readonly id: string,
  ) {
    super(`${resource} "${id}" was not found`);
  }
}

/** The value, or `NotFoundError` when a lookup found nothing (also for a reference left dangling by a concurrent delete). */
export function found<T>(value: T | null | undefined, resource: string, id: string): T {
  if (value === null || value === undefined) throw new NotFoundError(resource, id);
  return value;
}

export class InvalidInputError extends ApiError {
  override name = 'InvalidInputError';
  readonly code = ClientErrorCode.BadUserInput;
  constructor(
    message: string,
    /** The argument at fault, e.g. `depth` or `files.0`. */
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

export class ForbiddenError extends ApiError {
  override name = 'ForbiddenError';
  readonly code = ClientErrorCode.Forbidden;
  constructor(
    message: string,
    /** The capability the caller's role lacks, e.g. `write`. */
    readonly requiredScope: string | null = null,
  ) {
    super(message);
  }
}

/** A data miner's Cypher that is not a single read query. */
export class CypherRefusedError extends ApiError {
  override name = 'CypherRefusedError';
  readonly code = ClientErrorCode.CypherRefused;
}

export class QueryTimeoutError extends ApiError {
  override name = 'QueryTimeoutError';
  readonly code = ClientErrorCode.Timeout;
}

/** Every class the schema exposes, for `errors: { types }` and for masking. */
export const TYPED_ERRORS = [NotFoundError, InvalidInputError, ForbiddenError, CypherRefusedError, QueryTimeoutError] as const;

export interface MaskedError {
  code: ClientErrorCode;
  message: string;
  /** HTTP status when this error decides the response (request-level failures). */
  status?: number;
  /** Whether the cause is worth an error-level log (a bug or an outage) rather than a warning. */
  severe: boolean;
}

const GENERIC: Record<ClientErrorCode, string> = {
  NOT_FOUND: 'Not found.',
  BAD_USER_INPUT: 'The input was refused.',
  BAD_REQUEST: 'The request is malformed.',
  FORBIDDEN: 'Your role may not do this.',
  UNAUTHENTICATED: 'A valid API key is required.',
  RATE_LIMITED: 'Too many requests; slow down.',
  CYPHER_REFUSED: 'Only read queries are allowed.',
  TIMEOUT: 'The operation took too long and was stopped.',
  CONFLICT: 'The change conflicts with the current graph; try again.',
  SERVICE_UNAVAILABLE: 'The graph is temporarily unavailable; try again shortly.',
  EXTRACTOR_UNAVAILABLE: 'This extractor is not installed on the server.',
  EXTRACTOR_FAILED: 'The extractor failed on this input.',
  REQUEST_ENTITY_TOO_LARGE: 'The request is too large.',
  DEPTH_LIMIT_EXCEEDED: 'The query is nested too deeply.',
  COST_LIMIT_EXCEEDED: 'The query is too expensive.',
  ALIAS_LIMIT_EXCEEDED: 'The query uses too many aliases.',
  DIRECTIVE_LIMIT_EXCEEDED: 'The query uses too many directives.',
  TOKEN_LIMIT_EXCEEDED: 'The query is too long.',
  GRAPHQL_VALIDATION_FAILED: 'The query is not valid against the schema.',
  INTERNAL_SERVER_ERROR: 'Unexpected error.',
};

const GRAPH_CODES: Record<GraphErrorCode, ClientErrorCode> = {
  [GraphErrorCode.Unavailable]: ClientErrorCode.ServiceUnavailable,
  [GraphErrorCode.Transient]: ClientErrorCode.ServiceUnavailable,
  [GraphErrorCode.SchemaOutdated]: ClientErrorCode.ServiceUnavailable,
  [GraphErrorCode.Timeout]: ClientErrorCode.Timeout,
  [GraphErrorCode.ConstraintViolation]: ClientErrorCode.Conflict,
  [GraphErrorCode.NotAllowed]: ClientErrorCode.BadUserInput,
  [GraphErrorCode.NotFound]: ClientErrorCode.NotFound,
  [GraphErrorCode.InvalidPatch]: ClientErrorCode.BadUserInput,
  [GraphErrorCode.ReadOnlyViolation]: ClientErrorCode.CypherRefused,
  // A syntax error in the API's own Cypher is our bug; user Cypher errors are typed results of `cypher`.
  [GraphErrorCode.InvalidQuery]: ClientErrorCode.Internal,
  [GraphErrorCode.Unauthorized]: ClientErrorCode.Internal,
  [GraphErrorCode.Internal]: ClientErrorCode.Internal,
};

/** Messages that describe the caller's own input are safe to show; the others may carry Cypher or paths. */
const SHOW_MESSAGE: ReadonlySet<ClientErrorCode> = new Set([ClientErrorCode.BadUserInput]);

function fromGraphError(err: GraphError): MaskedError {
  const code = GRAPH_CODES[err.code];
  const severe = code === ClientErrorCode.Internal || code === ClientErrorCode.ServiceUnavailable;
  return { code, message: SHOW_MESSAGE.has(code) ? err.message : GENERIC[code], severe };
}

function fromExtractorError(err: ExtractorError): MaskedError {
  if (err.isInputError) return { code: ClientErrorCode.BadUserInput, message: err.message, severe: false };
  if (err.code === ExtractorErrorCode.ModelNotInstalled || err.code === ExtractorErrorCode.EngineMissing) {
    return { code: ClientErrorCode.ExtractorUnavailable, message: GENERIC.EXTRACTOR_UNAVAILABLE, severe: false };
  }
  return { code: ClientErrorCode.ExtractorFailed, message: GENERIC.EXTRACTOR_FAILED, severe: true };
}

/**
 * What a client may see of an error: a stable code and a safe message.
 * `GraphError` and `ExtractorError` codes map through fixed tables; typed API
 * errors keep their message; anything else is an internal error.
 */
export function maskedFor(err: unknown): MaskedError {
  if (err instanceof ApiError) return { code: err.code, message: err.message, severe: false };
  // Pothos' own argument checks (a negative `first`, a malformed cursor) describe the caller's input.
  if (err instanceof Error && err.name === 'PothosValidationError') return { code: ClientErrorCode.BadUserInput, message: err.message, severe: false };
  if (err instanceof GraphError) return fromGraphError(err);
  if (err instanceof ExtractorError) return fromExtractorError(err);
  return { code: ClientErrorCode.Internal, message: GENERIC.INTERNAL_SERVER_ERROR, severe: true };
}

export function genericMessage(code: ClientErrorCode): string {
  return GENERIC[code];
}

/**
 * Codes for errors that reach the client without one: graphql-armor's
 * refusals (depth, cost, aliases, directives, tokens) carry only a message.
 */
export function codeForMessage(message: string): ClientErrorCode | null {
  if (/Query depth limit of \d+ exceeded/i.test(message)) return ClientErrorCode.DepthLimit;
  if (/Query Cost limit of \d+ exceeded/i.test(message)) return ClientErrorCode.CostLimit;
  if (/Aliases limit of \d+ exceeded/i.test(message)) return ClientErrorCode.AliasLimit;
  if (/Directives limit of \d+ exceeded/i.test(message)) return ClientErrorCode.DirectiveLimit;
  if (/Token limit of \d+ exceeded/i.test(message)) return ClientErrorCode.TokenLimit;
  return null;
}

/** A request-level error (401, 413, 429…) in the GraphQL response shape. */
export function requestError(code: ClientErrorCode, status: number, message = GENERIC[code], headers?: Record<string, string>): GraphQLError {
  return createGraphQLError(message, { extensions: { code, http: { status, ...(headers ? { headers } : {}) } } });
}

/**
 * Duck-typed: `graphql` can be loaded twice (its CommonJS build by the
 * libraries, its ESM build where a bundler such as vitest resolves
 * `module` first), and `instanceof` fails across the two.
 */
export function isGraphQLError(value: unknown): value is GraphQLError {
  return value instanceof Error && value.name === 'GraphQLError' && 'extensions' in value;
}

/** Never throw strings: anything thrown becomes an Error at the boundary. */
export function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(typeof value === 'string' ? value : JSON.stringify(value));
}
