import { createHash } from 'node:crypto';
import type { Role } from '../config/index.js';

/**
 * API keys map to roles (config `API_KEYS`), roles grant capabilities
 * (scopes), fields require scopes. Keys are kept only as sha256 digests, so a
 * lookup never compares secrets byte by byte, and logs and metrics name a key
 * by a short digest, never the key itself.
 */

export const SCOPES = ['read', 'write', 'predict', 'cypher', 'biometrics'] as const;
export type Scope = (typeof SCOPES)[number];

/** What each role may do. Admin may do everything; only admin sees biometric embeddings. */
export const ROLE_SCOPES: Readonly<Record<Role, readonly Scope[]>> = {
  reader: ['read'],
  editor: ['read', 'write', 'predict'],
  analyst: ['read', 'predict', 'cypher'],
  admin: SCOPES,
};

export interface Principal {
  role: Role;
  /** First 12 hex digits of the key's sha256; null for anonymous requests. */
  keyId: string | null;
}

export type AuthOutcome = { ok: true; principal: Principal } | { ok: false; reason: 'unknown-key' | 'key-required' };

export interface KeyTable {
  byDigest: ReadonlyMap<string, Role>;
  anonymousRole: Role | null;
}

const digest = (key: string): string => createHash('sha256').update(key).digest('hex');

/** Built once per API instance from `config.api`. */
export function keyTable(api: { keys: Record<string, Role>; anonymousRole: Role | null }): KeyTable {
  return { byDigest: new Map(Object.entries(api.keys).map(([key, role]) => [digest(key), role])), anonymousRole: api.anonymousRole };
}

/** The key from `Authorization: Bearer <key>` or `X-API-Key: <key>`; null when neither is sent. */
export function presentedKey(headers: Headers): string | null {
  const auth = headers.get('authorization');
  if (auth) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    return match?.[1] ?? auth.trim();
  }
  const key = headers.get('x-api-key');
  return key ? key.trim() : null;
}

/**
 * Who is calling. An unknown key is refused even when anonymous access is on,
 * so a mistyped key fails loudly instead of silently running as anonymous.
 */
export function authenticate(headers: Headers, keys: KeyTable): AuthOutcome {
  const key = presentedKey(headers);
  if (key === null) {
    return keys.anonymousRole ? { ok: true, principal: { role: keys.anonymousRole, keyId: null } } : { ok: false, reason: 'key-required' };
  }
  const hash = digest(key);
  const role = keys.byDigest.get(hash);
  return role ? { ok: true, principal: { role, keyId: hash.slice(0, 12) } } : { ok: false, reason: 'unknown-key' };
}

export function hasScope(principal: Principal, scope: Scope): boolean {
  return ROLE_SCOPES[principal.role].includes(scope);
}
