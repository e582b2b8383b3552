import { TokenBuckets } from './token-bucket';

/** Takes `n` tokens for `key` at `nowMs` and returns the results. */
function takeMany(buckets: TokenBuckets, key: string, n: number, nowMs: number) {
  return Array.from({ length: n }, () => buckets.take(key, nowMs));
}

describe('TokenBuckets', () => {
  it('reports the burst as its capacity', () => {
    expect(new TokenBuckets(60, 5).capacity).toBe(5);
  });

  it('lets a new key take burst tokens at once', () => {
    const buckets = new TokenBuckets(60, 5);
    expect(takeMany(buckets, 'k', 5, 0).map((r) => r.allowed)).toEqual([true, true, true, true, true]);
  });

  it('refuses the token after the burst', () => {
    const buckets = new TokenBuckets(60, 5);
    takeMany(buckets, 'k', 5, 0);
    expect(buckets.take('k', 0)).toMatchObject({ allowed: false, remaining: 0 });
  });

  it('tells a refused caller to retry after at least one second', () => {
    const buckets = new TokenBuckets(6_000, 3);
    takeMany(buckets, 'k', 3, 0);
    expect(buckets.take('k', 0).retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  it('tells a refused caller how long until the next token at a slow rate', () => {
    const buckets = new TokenBuckets(30, 2); // one token every 2 s
    takeMany(buckets, 'k', 2, 0);
    expect(buckets.take('k', 0).retryAfterSeconds).toBe(2);
  });

  it('shortens the retry-after as the bucket refills', () => {
    const buckets = new TokenBuckets(6, 1); // one token every 10 s
    buckets.take('k', 0);
    expect(buckets.take('k', 0).retryAfterSeconds).toBe(10);
    expect(buckets.take('k', 7_000).retryAfterSeconds).toBe(3);
  });

  it('returns retryAfterSeconds 0 when a token is allowed', () => {
    const buckets = new TokenBuckets(60, 5);
    expect(buckets.take('k', 0).retryAfterSeconds).toBe(0);
  });

  it('counts remaining tokens down with each take', () => {
    const buckets = new TokenBuckets(60, 4);
    expect(takeMany(buckets, 'k', 4, 0).map((r) => r.remaining)).toEqual([3, 2, 1, 0]);
  });

  it('refills at perMinute / 60 tokens per second', () => {
    const buckets = new TokenBuckets(120, 10); // 2 tokens per second
    takeMany(buckets, 'k', 10, 0);
    const later = takeMany(buckets, 'k', 3, 1_000);
    expect(later.map((r) => r.allowed)).toEqual([true, true, false]);
  });

  it('does not give a token back before a whole one has refilled', () => {
    const buckets = new TokenBuckets(60, 5); // 1 token per second
    takeMany(buckets, 'k', 5, 0);
    expect(buckets.take('k', 999).allowed).toBe(false);
  });

  it('gives a token back once a whole one has refilled', () => {
    const buckets = new TokenBuckets(60, 5);
    takeMany(buckets, 'k', 5, 0);
    expect(buckets.take('k', 1_000).allowed).toBe(true);
  });

  it('keeps refill progress across a refused take', () => {
    const buckets = new TokenBuckets(60, 1);
    buckets.take('k', 0);
    expect(buckets.take('k', 600).allowed).toBe(false);
    expect(buckets.take('k', 1_000).allowed).toBe(true);
  });

  it('never refills beyond the burst', () => {
    const buckets = new TokenBuckets(60, 3);
    buckets.take('k', 0);
    const afterLongIdle = takeMany(buckets, 'k', 4, 3_600_000);
    expect(afterLongIdle.map((r) => r.allowed)).toEqual([true, true, true, false]);
  });

  it('keeps keys independent', () => {
    const buckets = new TokenBuckets(60, 2);
    takeMany(buckets, 'a', 2, 0);
    expect(buckets.take('a', 0).allowed).toBe(false);
    expect(buckets.take('b', 0)).toMatchObject({ allowed: true, remaining: 1 });
  });

  it('tracks one bucket per key that has taken a token', () => {
    const buckets = new TokenBuckets(60, 2);
    buckets.take('a', 0);
    buckets.take('b', 0);
    buckets.take('a', 0);
    expect(buckets.size).toBe(2);
  });

  it('prunes only buckets that have fully refilled', () => {
    const buckets = new TokenBuckets(60, 5); // 1 token per second
    buckets.take('light', 0); // full again at 1 s
    takeMany(buckets, 'heavy', 5, 0); // full again at 5 s
    buckets.prune(2_000);
    expect(buckets.size).toBe(1);
    expect(buckets.take('heavy', 2_000).remaining).toBe(1);
  });

  it('keeps a bucket that is not yet full when pruning', () => {
    const buckets = new TokenBuckets(60, 5);
    buckets.take('k', 0);
    buckets.prune(500);
    expect(buckets.size).toBe(1);
  });

  it('prunes every bucket once all have refilled', () => {
    const buckets = new TokenBuckets(60, 5);
    takeMany(buckets, 'a', 5, 0);
    buckets.take('b', 0);
    buckets.prune(10_000);
    expect(buckets.size).toBe(0);
  });

  it('treats a pruned key like a new one', () => {
    const buckets = new TokenBuckets(60, 3);
    buckets.take('k', 0);
    buckets.prune(5_000);
    expect(takeMany(buckets, 'k', 4, 5_000).map((r) => r.allowed)).toEqual([true, true, true, false]);
  });
});
