import { Gauge, Registry } from 'prom-client';
import { metricsRegistry, scrapedGauge, sharedRead } from './metrics';

/** A source of two figures (a backlog's size and age) that counts how often it is queried. */
function countingSource() {
  let reads = 0;
  return {
    reads: () => reads,
    read: async () => {
      reads++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { n: reads * 10, age: reads };
    },
  };
}

describe('sharedRead: the gauges of one source cost one read per scrape', () => {
  it('three gauges in two registries, merged as the ops port merges them, read their source once per scrape, and again at the next', async () => {
    const source = countingSource();
    const shared = sharedRead(source.read);
    const own = new Registry();
    new Gauge({
      name: 'test_shared_oldest_seconds',
      help: 'age',
      registers: [own],
      async collect() {
        this.set((await shared()).age);
      },
    });
    scrapedGauge('test_shared_rows', 'rows', async () => (await shared()).n);
    scrapedGauge('test_shared_rows_again', 'rows', async () => (await shared()).n);
    const scrape = () => Registry.merge([own, metricsRegistry()]).metrics();

    const first = await scrape();
    expect(source.reads()).toBe(1);
    expect(first).toMatch(/^test_shared_rows 10$/m);
    expect(first).toMatch(/^test_shared_rows_again 10$/m);
    expect(first).toMatch(/^test_shared_oldest_seconds 1$/m);

    const second = await scrape();
    expect(source.reads()).toBe(2);
    expect(second).toMatch(/^test_shared_rows 20$/m);
    expect(second).toMatch(/^test_shared_oldest_seconds 2$/m);
  });

  it('a failed read fails that scrape only: the next one reads again', async () => {
    let calls = 0;
    const shared = sharedRead(async () => {
      calls++;
      if (calls === 1) throw new Error('database down');
      return 7;
    });
    await expect(Promise.all([shared(), shared()])).rejects.toThrow('database down');
    expect(calls).toBe(1);
    await expect(shared()).resolves.toBe(7);
    expect(calls).toBe(2);
  });
});
