import { focDateViolation } from './foc-date';

describe('focDateViolation', () => {
  const monday = new Date('2026-03-02T15:00:00Z');

  it('accepts a business day at least the lead time ahead', () => {
    expect(focDateViolation('2026-03-05', monday, 3)).toBeNull();
  });

  it('refuses weekends, impossible dates and days inside the lead time', () => {
    expect(focDateViolation('2026-03-07', monday, 3)).toMatchObject({ rule: 'business_day' });
    expect(focDateViolation('2026-02-30', monday, 3)).toMatchObject({ rule: 'business_day' });
    expect(focDateViolation('2026-03-04', monday, 3)).toMatchObject({ rule: 'min:2026-03-05' });
  });

  it('skips the weekend when counting business days', () => {
    expect(focDateViolation('2026-03-10', new Date('2026-03-05T10:00:00Z'), 3)).toBeNull();
    expect(focDateViolation('2026-03-09', new Date('2026-03-05T10:00:00Z'), 3)).toMatchObject({
      rule: 'min:2026-03-10',
    });
  });
});
