import { interimCustomerPrice } from './interim-pricing';

describe('interimCustomerPrice', () => {
  it('adds 40% to wholesale and keeps the currency', () => {
    expect(interimCustomerPrice({ setupCents: 100, monthlyCents: 50, currency: 'USD' })).toEqual({ activation_fee_cents: 140, monthly_fee_cents: 70, currency: 'USD' });
  });

  it('rounds up to a whole cent', () => {
    expect(interimCustomerPrice({ setupCents: 1, monthlyCents: 3, currency: 'GBP' })).toMatchObject({ activation_fee_cents: 2, monthly_fee_cents: 5 });
  });

  it('keeps a free number free', () => {
    expect(interimCustomerPrice({ setupCents: 0, monthlyCents: 0, currency: 'INR' })).toMatchObject({ activation_fee_cents: 0, monthly_fee_cents: 0 });
  });
});
