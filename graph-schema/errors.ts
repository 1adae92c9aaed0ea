/**
 * Typed errors for everything that talks to the graph. Callers switch on
 * `code`; the API maps codes to client-facing `extensions.code` values.
 */
export const GraphErrorCode = {
  Unavailable: 'GRAPH_UNAVAILABLE',
  Unauthorized: 'GRAPH_UNAUTHORIZED',
  ConstraintViolation: 'GRAPH_CONSTRAINT_VIOLATION',
  InvalidQuery: 'GRAPH_INVALID_QUERY',
  /** A node the caller named (an entity, a face, an identity) does not exist. */
  NotFound: 'GRAPH_NOT_FOUND',
  Timeout: 'GRAPH_TIMEOUT',
  Transient: 'GRAPH_TRANSIENT',
  ReadOnlyViolation: 'GRAPH_READ_ONLY_VIOLATION',
  NotAllowed: 'GRAPH_NOT_ALLOWED',
  SchemaOutdated: 'GRAPH_SCHEMA_OUTDATED',
  InvalidPatch: 'GRAPH_INVALID_PATCH',
  Internal: 'GRAPH_INTERNAL',
} as const;
export type GraphErrorCode = (typeof GraphErrorCode)[keyof typeof GraphErrorCode];

export class GraphError extends Error {
  override name = 'GraphError';
  constructor(
    readonly code: GraphErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A label, relationship type or property key from data that is not in the allow-list. */
export class NotAllowedError extends GraphError {
  override name = 'NotAllowedError';
  constructor(kind: string, value: string, allowed: readonly string[]) {
    super(GraphErrorCode.NotAllowed, `${kind} "${value}" is not allowed; expected one of: ${allowed.join(', ')}`);
  }
}

/** A query that would write, change the schema or administer the server where only reads are allowed. */
export class ReadOnlyViolationError extends GraphError {
  override name = 'ReadOnlyViolationError';
  constructor(reason: string) {
    super(GraphErrorCode.ReadOnlyViolation, `Refused: ${reason}. Only read queries are allowed here.`);
  }
}

export class SchemaOutdatedError extends GraphError {
  override name = 'SchemaOutdatedError';
  constructor(readonly problems: string[]) {
    super(
      GraphErrorCode.SchemaOutdated,
      `The graph schema is not current (run \`npm run migrate\`):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

export class InvalidPatchError extends GraphError {
  override name = 'InvalidPatchError';
  constructor(readonly problems: string[]) {
    super(GraphErrorCode.InvalidPatch, `Invalid graph patch:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

interface DriverErrorLike {
  code?: unknown;
  message?: unknown;
  retriable?: unknown;
}

/**
 * Maps a neo4j-driver error (by its `code`, e.g. `Neo.ClientError.Schema.ConstraintValidationFailed`)
 * to a `GraphError`. Anything unrecognised becomes `Internal` with the cause kept for logs.
 */
export function toGraphError(err: unknown): GraphError {
  if (err instanceof GraphError) return err;
  const e = (typeof err === 'object' && err !== null ? err : {}) as DriverErrorLike;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : String(err);
  const make = (c: GraphErrorCode) => new GraphError(c, message, { cause: err });

  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    return make(GraphErrorCode.Unavailable);
  }
  if (code.startsWith('Neo.ClientError.Security.Unauthorized') || code.startsWith('Neo.ClientError.Security.AuthenticationRateLimit')) {
    return make(GraphErrorCode.Unauthorized);
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return make(GraphErrorCode.Timeout);
  }
  if (code.startsWith('Neo.ClientError.Schema.ConstraintValidationFailed')) return make(GraphErrorCode.ConstraintViolation);
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Security.Forbidden') {
    return make(GraphErrorCode.ReadOnlyViolation);
  }
  // A node deleted by a concurrent transaction mid-query: running the idempotent write again succeeds.
  if (code === 'Neo.ClientError.Statement.EntityNotFound') return make(GraphErrorCode.Transient);
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
    return make(GraphErrorCode.InvalidQuery);
  }
  if (code.startsWith('Neo.TransientError.')) return make(GraphErrorCode.Transient);
  return make(GraphErrorCode.Internal);
}
