/** The outcome of taking one token: allowed or not, what is left, and when to retry. */
export interface TakeResult {
  allowed: boolean;
  remaining: number;
  /** Seconds until a token is available again (0 when allowed). */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedAtMs: number;
}

/**
 * Token buckets keyed by API key: `burst` tokens at most, refilled at `perMinute` per minute. Kept
 * in memory per gateway instance; idle (full) buckets are dropped so memory follows active keys.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
  ) {
    this.refillPerMs = perMinute / 60_000;
  }

  get capacity(): number {
    return this.burst;
  }

  take(key: string, nowMs: number): TakeResult {
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, updatedAtMs: nowMs };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (nowMs - bucket.updatedAtMs) * this.refillPerMs);
    bucket.updatedAtMs = nowMs;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens), retryAfterSeconds: 0 };
    }
    return {
      allowed: false,
      remaining: 0,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000)),
    };
  }

  /** What {@link take} would answer, without taking anything: for limits charged only after the fact (failed logins). */
  peek(key: string, nowMs: number): TakeResult {
    const bucket = this.buckets.get(key);
    if (!bucket) return { allowed: true, remaining: this.burst, retryAfterSeconds: 0 };
    const tokens = Math.min(this.burst, bucket.tokens + (nowMs - bucket.updatedAtMs) * this.refillPerMs);
    if (tokens >= 1) return { allowed: true, remaining: Math.floor(tokens), retryAfterSeconds: 0 };
    return {
      allowed: false,
      remaining: 0,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.refillPerMs / 1000)),
    };
  }

  /** Forgets buckets that have refilled completely: they behave exactly like a new bucket. */
  prune(nowMs: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (nowMs - bucket.updatedAtMs) * this.refillPerMs >= this.burst) this.buckets.delete(key);
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}

/** Token buckets that forget full buckets every minute on their own (the timer never keeps the process alive); `stop()` ends that. */
export function prunedTokenBuckets(
  perMinute: number,
  burst: number,
  nowMs: () => number,
): { buckets: TokenBuckets; stop: () => void } {
  const buckets = new TokenBuckets(perMinute, burst);
  const pruner = setInterval(() => buckets.prune(nowMs()), 60_000).unref();
  return { buckets, stop: () => clearInterval(pruner) };
}
