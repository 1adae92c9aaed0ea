import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { vi } from 'vitest';

/**
 * Makes every outbound network path throw and records the attempt: global
 * fetch (undici) and the CommonJS `http`/`https`/`net` objects that
 * libraries such as node-fetch call. A test asserts `attempts` stays empty.
 */
export interface NetworkGuard {
  attempts: string[];
  restore(): void;
}

export function forbidNetwork(): NetworkGuard {
  const attempts: string[] = [];
  const refuse = (what: string) => (target: unknown) => {
    const description = `${what} ${String(target)}`;
    attempts.push(description);
    throw new Error(`network access attempted in a test: ${description}`);
  };
  vi.stubGlobal('fetch', (input: unknown) => Promise.resolve(input).then(refuse('fetch')));
  const spies = [
    vi.spyOn(http, 'request').mockImplementation(refuse('http.request')),
    vi.spyOn(http, 'get').mockImplementation(refuse('http.get')),
    vi.spyOn(https, 'request').mockImplementation(refuse('https.request')),
    vi.spyOn(https, 'get').mockImplementation(refuse('https.get')),
    vi.spyOn(net, 'connect').mockImplementation(refuse('net.connect')),
    vi.spyOn(net, 'createConnection').mockImplementation(refuse('net.createConnection')),
  ];
  return {
    attempts,
    restore() {
      for (const spy of spies) spy.mockRestore();
      vi.unstubAllGlobals();
    },
  };
}
