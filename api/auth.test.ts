import { describe, expect, it } from 'vitest';
import { ROLE_SCOPES, authenticate, hasScope, keyTable } from './auth.js';

const headers = (h: Record<string, string>) => new Headers(h);

describe('API keys and roles', () => {
  const keys = keyTable({ keys: { 'r-key': 'reader', 'a-key': 'admin' }, anonymousRole: null });

  it('maps a key to its role by Bearer or X-API-Key, and names it by digest only', () => {
    const bearer = authenticate(headers({ authorization: 'Bearer r-key' }), keys);
    expect(bearer).toMatchObject({ ok: true, principal: { role: 'reader' } });
    expect(bearer.ok && bearer.principal.keyId).toMatch(/^[0-9a-f]{12}$/);
    expect(authenticate(headers({ 'x-api-key': 'a-key' }), keys)).toMatchObject({ ok: true, principal: { role: 'admin' } });
  });

  it('refuses unknown keys even when anonymous access is on, and missing keys when it is off', () => {
    expect(authenticate(headers({ authorization: 'Bearer nope' }), keys)).toEqual({ ok: false, reason: 'unknown-key' });
    expect(authenticate(headers({}), keys)).toEqual({ ok: false, reason: 'key-required' });
    const open = keyTable({ keys: {}, anonymousRole: 'reader' });
    expect(authenticate(headers({}), open)).toEqual({ ok: true, principal: { role: 'reader', keyId: null } });
    expect(authenticate(headers({ authorization: 'Bearer nope' }), open)).toEqual({ ok: false, reason: 'unknown-key' });
  });

  it('grants biometrics to admin only and cypher to analysts and admins', () => {
    const roles = Object.keys(ROLE_SCOPES) as (keyof typeof ROLE_SCOPES)[];
    expect(roles.filter((role) => hasScope({ role, keyId: null }, 'biometrics'))).toEqual(['admin']);
    expect(roles.filter((role) => hasScope({ role, keyId: null }, 'cypher'))).toEqual(['analyst', 'admin']);
    expect(roles.filter((role) => hasScope({ role, keyId: null }, 'write'))).toEqual(['editor', 'admin']);
    expect(roles.every((role) => hasScope({ role, keyId: null }, 'read'))).toBe(true);
  });
});
