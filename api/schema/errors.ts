import { builder } from '../builder.js';
import { type ApiError, CypherRefusedError, ForbiddenError, InvalidInputError, NotFoundError, QueryTimeoutError } from '../errors.js';

/**
 * Expected failures as schema types. Every one implements `Error`, so a
 * client can always select `... on Error { code message }` and add
 * fragments for the details it cares about.
 */
export const ErrorInterface = builder.interfaceRef<ApiError>('Error').implement({
  description: 'An expected failure: the same `code` vocabulary as `extensions.code` on masked errors.',
  fields: (t) => ({
    code: t.string({ resolve: (e) => e.code }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof NotFoundError,
  fields: (t) => ({ resource: t.exposeString('resource'), id: t.exposeString('id') }),
});

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof InvalidInputError,
  fields: (t) => ({ field: t.exposeString('field', { nullable: true }) }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ForbiddenError,
  fields: (t) => ({ requiredScope: t.exposeString('requiredScope', { nullable: true }) }),
});

builder.objectType(CypherRefusedError, {
  name: 'CypherRefusedError',
  description: 'The query would write, change the schema or administer the server; only reads are allowed.',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof CypherRefusedError,
  fields: () => ({}),
});

builder.objectType(QueryTimeoutError, {
  name: 'QueryTimeoutError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof QueryTimeoutError,
  fields: () => ({}),
});

/** The error lists fields use, so every field names its failures the same way. */
export const READ_ERRORS = [InvalidInputError, ForbiddenError] as const;
export const LOOKUP_ERRORS = [NotFoundError, ForbiddenError] as const;
