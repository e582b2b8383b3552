import { PeriodicTask } from './periodic-task';

/** A pass that waits until released, counting how many were started. */
function gatedPass() {
  let started = 0;
  let release: () => void = () => undefined;
  const pass = () => {
    started++;
    return new Promise<number>((resolve) => (release = () => resolve(started)));
  };
  return { pass, started: () => started, release: () => release() };
}

describe('PeriodicTask', () => {
  it('run() while a pass runs joins it instead of starting a second one', async () => {
    const gate = gatedPass();
    const task = new PeriodicTask(0, gate.pass, () => undefined);
    const a = task.run();
    const b = task.run();
    gate.release();
    expect(await Promise.all([a, b])).toEqual([1, 1]);
    expect(gate.started()).toBe(1);
  });

  it('runFresh() waits for the running pass and then starts its own', async () => {
    const gate = gatedPass();
    const task = new PeriodicTask(0, gate.pass, () => undefined);
    const first = task.run();
    const fresh = task.runFresh();
    gate.release();
    expect(await first).toBe(1);
    await new Promise((r) => setImmediate(r));
    gate.release();
    expect(await fresh).toBe(2);
  });

  it('kick() starts nothing while a pass runs, and reports a failing pass to onError', async () => {
    const errors: string[] = [];
    let calls = 0;
    const task = new PeriodicTask(
      0,
      async () => {
        calls++;
        throw new Error('boom');
      },
      (err) => errors.push(err.message),
    );
    task.kick();
    task.kick();
    await new Promise((r) => setImmediate(r));
    expect(calls).toBe(1);
    expect(errors).toEqual(['boom']);
  });

  it('with an interval of 0 it never ticks; stop() waits for the pass in progress', async () => {
    jest.useFakeTimers();
    try {
      let calls = 0;
      const task = new PeriodicTask(
        0,
        async () => ++calls,
        () => undefined,
      );
      task.start();
      jest.advanceTimersByTime(60_000);
      expect(calls).toBe(0);
      const ticking = new PeriodicTask(
        1_000,
        async () => ++calls,
        () => undefined,
      );
      ticking.start();
      await jest.advanceTimersByTimeAsync(3_000);
      await ticking.stop();
      expect(calls).toBe(3);
    } finally {
      jest.useRealTimers();
    }
  });
});
