import { COUNTRY_PLANS, weightedSchedule } from './feed-plan';
import { WHOLESALE_PRICES } from './price-table';

describe('weightedSchedule', () => {
  it('gives each pool as many slots as its weight', () => {
    const schedule = weightedSchedule([2, 1, 4, 13]);
    expect(schedule).toHaveLength(20);
    expect([0, 1, 2, 3].map((pool) => schedule.filter((s) => s === pool).length)).toEqual([2, 1, 4, 13]);
  });

  it('interleaves pools rather than running them in blocks', () => {
    const schedule = weightedSchedule([1, 1]);
    expect(schedule).toEqual([0, 1]);
    expect(weightedSchedule([3, 1])).toEqual([0, 0, 1, 0]);
  });
});

describe('COUNTRY_PLANS', () => {
  it('has a wholesale price for every number type each country sells', () => {
    for (const plan of Object.values(COUNTRY_PLANS)) {
      for (const pool of plan.pools) expect(WHOLESALE_PRICES[plan.country].prices[pool.type]).toBeDefined();
    }
  });
});
