import { inBatches } from './message-batches';

/** Messages that arrive `count` at once, then end. */
async function* arriving(count: number): AsyncIterable<number> {
  for (let i = 0; i < count; i++) yield i;
}

/** A batch that takes a few event-loop turns, as a database round trip does. */
const turns = (n: number) => new Promise<void>((resolve) => setTimeout(resolve, n));

describe('inBatches', () => {
  it('hands every message over once, in batches of at most the size', async () => {
    const seen: number[][] = [];
    await inBatches(arriving(50), 8, async (batch) => {
      seen.push(batch);
      await turns(1);
    });
    expect(seen.flat()).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(Math.max(...seen.map((b) => b.length))).toBeLessThanOrEqual(8);
  });

  it('runs one batch at a time by default', async () => {
    let running = 0;
    let most = 0;
    await inBatches(arriving(40), 4, async () => {
      most = Math.max(most, ++running);
      await turns(2);
      running--;
    });
    expect(most).toBe(1);
  });

  it('runs up to inFlight batches at once, and resolves only once all are done', async () => {
    let running = 0;
    let most = 0;
    let done = 0;
    await inBatches(
      arriving(40),
      4,
      async () => {
        most = Math.max(most, ++running);
        await turns(2);
        running--;
        done++;
      },
      3,
    );
    expect(most).toBe(3);
    expect(running).toBe(0);
    expect(done).toBeGreaterThanOrEqual(10);
  });

  it('rejects with a batch’s failure once the other batches are done', async () => {
    let finished = 0;
    const run = inBatches(
      arriving(12),
      4,
      async (batch) => {
        await turns(1);
        if (batch.includes(0)) throw new Error('batch failed');
        finished++;
      },
      2,
    );
    await expect(run).rejects.toThrow('batch failed');
    expect(finished).toBeGreaterThan(0);
  });
});
