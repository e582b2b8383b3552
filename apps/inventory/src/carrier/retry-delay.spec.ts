import { carrierRetryDelayMs } from './retry-delay';

describe('carrierRetryDelayMs', () => {
  it('waits one poll interval while calls succeed', () => {
    expect(carrierRetryDelayMs(0, 1_000, 60_000)).toBe(1_000);
  });

  it('doubles per failure in a row up to the cap', () => {
    expect([1, 2, 3, 4, 7, 8, 50].map((f) => carrierRetryDelayMs(f, 1_000, 60_000))).toEqual([
      1_000, 2_000, 4_000, 8_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('never waits less than 100 ms, even with the loop timer off', () => {
    expect(carrierRetryDelayMs(0, 0, 60_000)).toBe(100);
    expect(carrierRetryDelayMs(2, 0, 60_000)).toBe(200);
  });
});
