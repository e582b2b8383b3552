import { inConcurrentBatches } from './concurrent-batches';

/** Messages 0..count-1, arriving one per macrotask (as off a socket), while batches are being processed. */
async function* arriving(count: number): AsyncGenerator<number> {
  for (let i = 0; i < count; i++) {
    await new Promise((r) => setImmediate(r));
    yield i;
  }
}

describe('inConcurrentBatches', () => {
  it('hands every message over once, in batches of at most `size`, with up to `concurrency` batches in flight and no more', async () => {
    const batches: number[][] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    await inConcurrentBatches(arriving(500), 20, 3, async (batch) => {
      batches.push(batch);
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      // A transaction's worth of waiting: messages keep arriving meanwhile.
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
    });
    expect(batches.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 500 }, (_, i) => i));
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(20);
    expect(mostInFlight).toBe(3);
  });

  it('processes one batch at a time with a concurrency of 1', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    await inConcurrentBatches(arriving(100), 10, 1, async () => {
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
    });
    expect(mostInFlight).toBe(1);
  });

  it('rejects with a batch\'s error once every other batch is done', async () => {
    const done: number[] = [];
    const run = inConcurrentBatches(arriving(50), 5, 2, async (batch) => {
      await new Promise((r) => setTimeout(r, 1));
      if (batch.includes(7)) throw new Error('batch with 7 failed');
      done.push(...batch);
    });
    await expect(run).rejects.toThrow('batch with 7 failed');
    // Nothing was left unprocessed: only the failing batch's messages are missing.
    expect(done.length).toBeGreaterThanOrEqual(50 - 5);
    expect(done).not.toContain(7);
  });
});
