import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.js';

describe('loadConfig', () => {
  it('gives a working local default with nothing set', () => {
    const config = loadConfig({});
    expect(config.neo4j).toMatchObject({ uri: 'bolt://127.0.0.1:7687', managed: true, database: 'neo4j' });
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.api.anonymousRole).toBe('reader');
  });

  it('uses an external Neo4j and starts nothing when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret-password' });
    expect(config.neo4j).toMatchObject({ uri: 'neo4j+s://abc.databases.neo4j.io', managed: false });
  });

  it('follows the bolt port for the local server', () => {
    expect(loadConfig({ NEO4J_BOLT_PORT: '7688' }).neo4j.uri).toBe('bolt://127.0.0.1:7688');
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({ NEO4J_BOLT_PORT: 'seven', REDIS_URL: 'not a url', API_KEYS: 'k1:reader,k2:wizard', NEO4J_HEAP: 'lots' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const key of ['NEO4J_BOLT_PORT', 'REDIS_URL', 'API_KEYS', 'NEO4J_HEAP']) expect(problems).toContain(key);
    expect(problems).toContain('k2:wizard');
  });

  it('maps API keys to roles and closes anonymous access in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', API_KEYS: 'abc:admin, def:analyst' });
    expect(config.api.keys).toEqual({ abc: 'admin', def: 'analyst' });
    expect(config.api.anonymousRole).toBeNull();
  });

  it('opens anonymous reads only in development unless ANONYMOUS_ROLE says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).api.anonymousRole).toBe('reader');
    expect(loadConfig({ NODE_ENV: 'test' }).api.anonymousRole).toBeNull();
    expect(loadConfig({ NODE_ENV: 'production' }).api.anonymousRole).toBeNull();
    expect(loadConfig({ NODE_ENV: 'test', ANONYMOUS_ROLE: 'reader' }).api.anonymousRole).toBe('reader');
    expect(loadConfig({ NODE_ENV: 'development', ANONYMOUS_ROLE: 'none' }).api.anonymousRole).toBeNull();
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', NEO4J_DATABASE: '' }).neo4j).toMatchObject({ managed: true, database: 'neo4j' });
  });
});
