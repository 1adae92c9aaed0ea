import { PothosValidationError } from '@pothos/core';
import { resolveCursorConnection, resolveOffsetConnection, type DefaultConnectionArguments, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { InvalidInputError } from '../errors.js';
import type { KeysetPage } from '../graph/entities.js';

/**
 * Relay connections over keyset pages (stable under inserts: the cursor is
 * the last id seen) or offsets (for ranked lists such as search hits).
 * Page sizes default to 20 and are capped at 100.
 */
export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

/** Opaque cursors: clients must not build them, so they are not plain ids. */
export function encodeCursor(kind: string, key: string): string {
  return Buffer.from(`${kind}:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(kind: string, cursor: string | undefined): string | null {
  if (cursor === undefined) return null;
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!raw.startsWith(`${kind}:`)) throw new InvalidInputError(`Invalid cursor for this list`, 'after');
  return raw.slice(kind.length + 1);
}

function asInputError(err: unknown): never {
  if (err instanceof PothosValidationError) throw new InvalidInputError(err.message);
  throw err;
}

/** Keyset connection over items whose `key` (default `id`) orders the list. */
export function keysetConnection<T>(
  args: DefaultConnectionArguments,
  kind: string,
  fetch: (page: KeysetPage) => Promise<T[]>,
  keyOf: (item: T) => string = (item) => (item as { id: string }).id,
) {
  return resolveCursorConnection(
    { args, toCursor: (item: T) => encodeCursor(kind, keyOf(item)), defaultSize: DEFAULT_PAGE, maxSize: MAX_PAGE },
    ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) =>
      fetch({ after: decodeCursor(kind, after), before: decodeCursor(kind, before), limit, inverted }),
  ).catch(asInputError);
}

export function offsetConnection<T>(args: DefaultConnectionArguments, fetch: (page: { offset: number; limit: number }) => Promise<T[]>) {
  return resolveOffsetConnection({ args, defaultSize: DEFAULT_PAGE, maxSize: MAX_PAGE }, fetch).catch(asInputError);
}
