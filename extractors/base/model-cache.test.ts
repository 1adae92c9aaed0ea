import { describe, expect, it } from 'vitest';
import { ModelCache } from './model-cache.js';

describe('ModelCache', () => {
  it('shares one load between concurrent callers', async () => {
    let loads = 0;
    const cache = new ModelCache<number>();
    const load = () => Promise.resolve(++loads);
    const [a, b] = await Promise.all([cache.get('m@1', load), cache.get('m@1', load)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
  });

  it('evicts a failed load so the next call retries', async () => {
    let attempt = 0;
    const cache = new ModelCache<string>();
    const flaky = () => {
      attempt += 1;
      return attempt === 1 ? Promise.reject(new Error('disk busy')) : Promise.resolve('model');
    };
    await expect(cache.get('m@1', flaky)).rejects.toThrow('disk busy');
    expect(cache.has('m@1')).toBe(false);
    await expect(cache.get('m@1', flaky)).resolves.toBe('model');
  });

  it('disposes every loaded model once', async () => {
    const disposed: string[] = [];
    const cache = new ModelCache<string>((m) => void disposed.push(m));
    await cache.get('a@1', () => Promise.resolve('a'));
    await cache.get('b@1', () => Promise.resolve('b'));
    await cache.dispose();
    await cache.dispose();
    expect(disposed).toEqual(['a', 'b']);
  });
});
