/**
 * Token buckets per caller (API key digest, or client address for anonymous
 * requests). In-process: each API instance limits what it serves; behind a
 * load balancer the effective limit is per instance.
 */

export interface RateLimitOptions {
  /** Requests a caller may make in a burst. Default 120. */
  burst?: number;
  /** Sustained requests per second per caller. Default 20. */
  perSecond?: number;
  /** Buckets kept at most; the least recently seen are dropped first. Default 10 000. */
  maxCallers?: number;
  /** Clock in ms, for tests. Default `performance.now`. */
  now?: () => number;
}

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly burst: number;
  private readonly perMs: number;
  private readonly maxCallers: number;
  private readonly now: () => number;
  // A Map iterates in insertion order; re-inserting on use makes the first entry the least recently seen.
  private readonly buckets = new Map<string, Bucket>();

  constructor(options: RateLimitOptions = {}) {
    this.burst = options.burst ?? 120;
    this.perMs = (options.perSecond ?? 20) / 1000;
    this.maxCallers = options.maxCallers ?? 10_000;
    this.now = options.now ?? (() => performance.now());
    if (!(this.burst >= 1) || !(this.perMs > 0)) throw new RangeError('rate limit needs burst >= 1 and perSecond > 0');
  }

  take(caller: string): RateDecision {
    const now = this.now();
    const previous = this.buckets.get(caller);
    const tokens = previous ? Math.min(this.burst, previous.tokens + (now - previous.at) * this.perMs) : this.burst;
    this.buckets.delete(caller);
    if (tokens < 1) {
      this.buckets.set(caller, { tokens, at: now });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000)) };
    }
    this.buckets.set(caller, { tokens: tokens - 1, at: now });
    if (this.buckets.size > this.maxCallers) {
      const oldest = this.buckets.keys().next();
      if (!oldest.done) this.buckets.delete(oldest.value);
    }
    return { allowed: true, remaining: Math.floor(tokens - 1) };
  }
}
