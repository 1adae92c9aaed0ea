import { authenticate, type KeyTable, type Principal } from './auth.js';
import type { ApiDeps } from './deps.js';
import { ClientErrorCode, requestError } from './errors.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives. One per request. */
export interface ApiContext {
  deps: ApiDeps;
  principal: Principal;
  /** This request's loaders: batching and caching end with the request. */
  loaders: Loaders;
}

/** Pure: tests build a context for any principal without HTTP. */
export function createContextInner(deps: ApiDeps, principal: Principal): ApiContext {
  return { deps, principal, loaders: createLoaders(deps.reader) };
}

/**
 * The thin HTTP adapter: who is calling, from the request's headers. The
 * server refuses unauthenticated requests before parsing them (see
 * `server.ts`) and hands over the principal it found in `authenticated`;
 * a request it did not see is authenticated here, as the last line.
 */
export function contextFactory(deps: ApiDeps, keys: KeyTable, authenticated?: WeakMap<Request, Principal>): (request: Request) => ApiContext {
  return (request) => {
    // The access-control plugin already authenticated this very request: its key is not hashed twice.
    const known = authenticated?.get(request);
    if (known) return createContextInner(deps, known);
    const outcome = authenticate(request.headers, keys);
    if (!outcome.ok) throw requestError(ClientErrorCode.Unauthenticated, 401);
    return createContextInner(deps, outcome.principal);
  };
}
