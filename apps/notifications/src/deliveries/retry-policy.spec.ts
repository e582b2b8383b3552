import { judgeAttempt, retryAfterMs } from './retry-policy';

const now = new Date('2026-01-01T00:00:00Z');
const schedule = [5_000, 300_000];
const at = (ms: number) => new Date(now.getTime() + ms);

describe('judgeAttempt', () => {
  it('counts any 2xx as success', () => {
    expect(judgeAttempt({ statusCode: 204 }, 1, schedule, now)).toEqual({ kind: 'succeeded' });
  });

  it('stops on 410 Gone', () => {
    expect(judgeAttempt({ statusCode: 410 }, 1, schedule, now)).toEqual({ kind: 'gone' });
  });

  it.each([
    ['a redirect', { statusCode: 302 }],
    ['a server error', { statusCode: 503 }],
    ['a client error', { statusCode: 400 }],
    ['a timeout', { error: 'timeout after 15000 ms' }],
  ])('retries after %s on the schedule', (_label, result) => {
    expect(judgeAttempt(result, 1, schedule, now)).toEqual({ kind: 'retry', at: at(5_000) });
    expect(judgeAttempt(result, 2, schedule, now)).toEqual({ kind: 'retry', at: at(300_000) });
  });

  it('gives up after the last step of the schedule', () => {
    expect(judgeAttempt({ statusCode: 500 }, 3, schedule, now)).toEqual({ kind: 'exhausted' });
  });

  it('waits at least as long as a 429 Retry-After asks', () => {
    expect(judgeAttempt({ statusCode: 429, retryAfter: '120' }, 1, schedule, now)).toEqual({
      kind: 'retry',
      at: at(120_000),
    });
    expect(judgeAttempt({ statusCode: 429, retryAfter: '1' }, 1, schedule, now)).toEqual({
      kind: 'retry',
      at: at(5_000),
    });
  });
});

describe('retryAfterMs', () => {
  it('reads delta-seconds and HTTP dates, and caps at a day', () => {
    expect(retryAfterMs('30', now)).toBe(30_000);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:01:00 GMT', now)).toBe(60_000);
    expect(retryAfterMs('999999', now)).toBe(86_400_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});
