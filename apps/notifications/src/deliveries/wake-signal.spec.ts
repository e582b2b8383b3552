import { WakeSignal } from './wake-signal';

describe('WakeSignal', () => {
  it('keeps a wake-up that came before the wait', async () => {
    const signal = new WakeSignal();
    signal.notify();
    let woke = false;
    void signal.wait(60_000).then(() => (woke = true));
    await Promise.resolve();
    expect(woke).toBe(true);
  });

  it('wakes a waiting loop once, and the next wait waits again', async () => {
    jest.useFakeTimers();
    try {
      const signal = new WakeSignal();
      let wakes = 0;
      const first = signal.wait(60_000).then(() => (wakes += 1));
      signal.notify();
      await first;
      let second = false;
      void signal.wait(1_000).then(() => (second = true));
      await Promise.resolve();
      expect(second).toBe(false);
      jest.advanceTimersByTime(1_000);
      await Promise.resolve();
      expect([wakes, second]).toEqual([1, true]);
    } finally {
      jest.useRealTimers();
    }
  });
});
