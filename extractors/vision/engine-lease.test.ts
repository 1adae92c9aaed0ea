import { describe, expect, it } from 'vitest';
import { EngineLease } from './engine-lease.js';
import type { HumanEngine } from './human-engine.js';

/** Only the counting matters here; the real engine is exercised in human-engine.test.ts. */
function countingEngine(): HumanEngine & { users: number } {
  const engine = {
    users: 0,
    retain() {
      engine.users++;
    },
    release() {
      engine.users--;
      return Promise.resolve();
    },
  };
  return engine as unknown as HumanEngine & { users: number };
}

describe('EngineLease', () => {
  it('holds the engine once however often it is used, and gives it back once', async () => {
    const engine = countingEngine();
    const lease = new EngineLease(engine);
    expect(engine.users).toBe(0);
    lease.acquire();
    lease.acquire();
    expect(engine.users).toBe(1);
    await lease.release();
    await lease.release();
    expect(engine.users).toBe(0);
  });

  it('holds it again when used after release', async () => {
    const engine = countingEngine();
    const lease = new EngineLease(engine);
    lease.acquire();
    await lease.release();
    lease.acquire();
    expect(engine.users).toBe(1);
  });
});
