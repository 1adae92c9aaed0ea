import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { Kind, type ValueNode } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { SCOPES, hasScope, type Scope } from './auth.js';
import type { ApiContext } from './context.js';
import { ForbiddenError } from './errors.js';

/**
 * The one schema builder. Plugin order matters: the errors plugin wraps the
 * others, so a `ForbiddenError` from scope-auth becomes a typed result on
 * fields that list it; scope-auth runs before any resolver.
 */
export interface BuilderTypes {
  Context: ApiContext;
  AuthScopes: Record<Scope, boolean>;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    JSON: { Input: unknown; Output: unknown };
    DateTime: { Input: string; Output: string };
    Upload: { Input: File; Output: never };
  };
}

/**
 * Typed errors are caught inside the schema (by the errors plugin), so they
 * never reach yoga's error hooks; API instances listen here to count them.
 */
const typedErrorListeners = new Set<(error: Error) => void>();
export function onTypedError(listener: (error: Error) => void): () => void {
  typedErrorListeners.add(listener);
  return () => typedErrorListeners.delete(listener);
}

/** A field builder for a type whose parent values are `Parent`, for field sets shared between types. */
export type FieldBuilder<Parent> = PothosSchemaTypes.ObjectFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>, Parent>;

export const builder = new SchemaBuilder<BuilderTypes>({
  plugins: [ErrorsPlugin, ScopeAuthPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => Object.fromEntries(SCOPES.map((s) => [s, hasScope(ctx.principal, s)])) as Record<Scope, boolean>,
    unauthorizedError: (_parent, ctx, info) =>
      new ForbiddenError(`The ${ctx.principal.role} role may not use ${info.parentType.name}.${info.fieldName}`),
    // Subscriptions are checked when they start, not on every event.
    authorizeOnSubscribe: true,
  },
  relay: {
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  errors: {
    defaultTypes: [],
    onResolvedError: (error) => {
      for (const listener of typedErrorListeners) listener(error);
    },
  },
});

/** Any JSON value: Cypher parameters in, Cypher rows out. */
function jsonLiteral(node: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((v) => jsonLiteral(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, jsonLiteral(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[node.name.value];
    case Kind.ENUM:
      return node.value;
  }
}

builder.scalarType('JSON', {
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (node, variables) => jsonLiteral(node, variables),
});

builder.scalarType('DateTime', {
  description: 'An ISO 8601 date and time.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw createGraphQLError('DateTime must be an ISO 8601 string');
    return value;
  },
});

builder.scalarType('Upload', {
  description: 'A file sent with the GraphQL multipart request spec.',
  serialize: () => {
    throw createGraphQLError('Upload is an input-only scalar');
  },
  parseValue: (value) => {
    if (typeof value !== 'object' || value === null || typeof (value as File).arrayBuffer !== 'function') {
      throw createGraphQLError('Upload must be a file sent as a multipart request part');
    }
    return value as File;
  },
});

builder.queryType({ description: 'Reads. Every role may read; some fields need more (see each field).' });
builder.mutationType({ description: 'Writes: editor and admin.' });
builder.subscriptionType({ description: 'Live updates over server-sent events.' });
