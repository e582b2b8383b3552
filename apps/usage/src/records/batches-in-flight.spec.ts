import { inFlightBatches } from './batches-in-flight';

/** Batches of `size` from 0..count-1, each a macrotask away (as off a socket); null after the last. */
function batchesOf(count: number, size: number): { next: () => Promise<number[] | null>; asked: () => number } {
  let at = 0;
  let asked = 0;
  return {
    next: async () => {
      asked++;
      await new Promise((r) => setImmediate(r));
      if (at >= count) return null;
      const batch = Array.from({ length: Math.min(size, count - at) }, (_, i) => at + i);
      at += batch.length;
      return batch;
    },
    asked: () => asked,
  };
}

describe('inFlightBatches', () => {
  it('processes every batch once, with up to `concurrency` in flight and no more read ahead', async () => {
    const source = batchesOf(500, 20);
    const seen: number[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    let mostAheadOfDone = 0;
    let done = 0;
    await inFlightBatches(source.next, 3, async (batch) => {
      seen.push(...batch);
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      // Batches asked for but not finished: those in flight plus the one being read.
      mostAheadOfDone = Math.max(mostAheadOfDone, source.asked() - done);
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
      done++;
    });
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 500 }, (_, i) => i));
    expect(mostInFlight).toBe(3);
    expect(mostAheadOfDone).toBeLessThanOrEqual(3);
  });

  it('processes one batch at a time with a concurrency of 1', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    await inFlightBatches(batchesOf(100, 10).next, 1, async () => {
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
    });
    expect(mostInFlight).toBe(1);
  });

  it('asks for no batch after one fails, and rejects with its error once the others are done', async () => {
    const source = batchesOf(50, 5);
    const done: number[] = [];
    const run = inFlightBatches(source.next, 2, async (batch) => {
      await new Promise((r) => setTimeout(r, 1));
      if (batch.includes(7)) throw new Error('batch with 7 failed');
      done.push(...batch);
    });
    await expect(run).rejects.toThrow('batch with 7 failed');
    expect(done).not.toContain(7);
    // The batch before 7's and at most the one read with it: no batch asked for after the failure was seen.
    expect(source.asked()).toBeLessThanOrEqual(4);
  });
});
