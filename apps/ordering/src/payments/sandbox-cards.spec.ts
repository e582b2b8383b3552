import { brandOf, isExpired, luhnValid, outcomeOf } from './sandbox-cards';

describe('sandbox cards', () => {
  it('accepts Luhn-valid numbers and rejects a changed digit', () => {
    expect(luhnValid('4242424242424242')).toBe(true);
    expect(luhnValid('4000000000000119')).toBe(true);
    expect(luhnValid('4242424242424241')).toBe(false);
    expect(luhnValid('42424242424242a2')).toBe(false);
  });

  it('names the brand from the leading digits', () => {
    expect(brandOf('4242424242424242')).toBe('visa');
    expect(brandOf('5555555555554444')).toBe('mastercard');
    expect(brandOf('2223003122003222')).toBe('mastercard');
    expect(brandOf('378282246310005')).toBe('amex');
    expect(brandOf('6011111111111117')).toBe('discover');
    expect(brandOf('9999999999999995')).toBe('unknown');
  });

  it('keeps a card valid through the last instant of its expiry month (UTC)', () => {
    expect(isExpired(2, 2026, new Date('2026-02-28T23:59:59.999Z'))).toBe(false);
    expect(isExpired(2, 2026, new Date('2026-03-01T00:00:00.000Z'))).toBe(true);
    expect(isExpired(12, 2026, new Date('2026-12-31T23:59:59.999Z'))).toBe(false);
    expect(isExpired(12, 2026, new Date('2027-01-01T00:00:00.000Z'))).toBe(true);
  });

  it('gives each test card its fixed behaviour and any other card success', () => {
    expect(outcomeOf('4242424242424242')).toBe('succeed');
    expect(outcomeOf('4000000000000002')).toBe('decline');
    expect(outcomeOf('4000000000009995')).toBe('insufficient_funds');
    expect(outcomeOf('4000000000000119')).toBe('timeout');
    expect(outcomeOf('4111111111111111')).toBe('succeed');
  });
});
