import { CYCLE_MS } from './billing-cycle';
import { isPaidAhead, nextRetryAt, releaseAt } from './renewal-policy';

const H = 3_600_000;
const policy = { retryScheduleMs: [H, 6 * H, 24 * H], graceDays: 7 };
const paidUntil = new Date('2026-04-01T00:00:00.000Z');

describe('renewal policy', () => {
  it('retries 1 h, 6 h, 24 h after successive failures, then daily', () => {
    const at = (attempts: number, from: Date) =>
      nextRetryAt(from, attempts, paidUntil, policy)!.getTime() - from.getTime();
    expect(at(1, paidUntil)).toBe(H);
    expect(at(2, paidUntil)).toBe(6 * H);
    expect(at(3, paidUntil)).toBe(24 * H);
    expect(at(7, paidUntil)).toBe(24 * H);
  });

  it('makes the last try at the release, and none once the grace period is over', () => {
    const release = releaseAt(paidUntil, policy);
    expect(release.toISOString()).toBe('2026-04-08T00:00:00.000Z');
    expect(nextRetryAt(new Date(release.getTime() - H), 5, paidUntil, policy)).toEqual(release);
    expect(nextRetryAt(release, 6, paidUntil, policy)).toBeNull();
  });

  it('lets a manual renewal pay one period ahead, not two', () => {
    const now = new Date(paidUntil.getTime() - 10 * 86_400_000);
    expect(isPaidAhead(paidUntil, now)).toBe(false);
    expect(isPaidAhead(new Date(paidUntil.getTime() + CYCLE_MS), now)).toBe(true);
  });
});
