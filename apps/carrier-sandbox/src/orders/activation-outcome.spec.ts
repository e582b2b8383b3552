import { activationOutcome } from './activation-outcome';

const numbers = Array.from({ length: 2000 }, (_, i) => `+1512555${String(i).padStart(4, '0')}`);

describe('activationOutcome', () => {
  it('never fails at rate 0 and always fails at rate 1', () => {
    expect(numbers).toHaveLength(2000);
    expect(numbers.filter((n) => activationOutcome(n, 's', 0) !== 'active')).toEqual([]);
    expect(numbers.filter((n) => activationOutcome(n, 's', 1) !== 'failed')).toEqual([]);
  });

  it('fails about the given share of numbers', () => {
    const failed = numbers.filter((n) => activationOutcome(n, 's', 0.1) === 'failed').length;
    expect(failed).toBeGreaterThan(140);
    expect(failed).toBeLessThan(260);
  });

  it('answers the same for the same number and seed', () => {
    expect(numbers.map((n) => activationOutcome(n, 's', 0.5))).toEqual(
      numbers.map((n) => activationOutcome(n, 's', 0.5)),
    );
  });
});
