import { ActiveNumber, ActiveNumbers } from './active-numbers';

const number = (phone: string): ActiveNumber => ({
  number_id: `num_${phone.slice(1)}`,
  phone_number: phone,
  account_id: 'acc_1',
  country_code: 'US',
  activated_at: '2026-12-01T00:00:00.000Z',
});

describe('ActiveNumbers', () => {
  it('lists activated numbers and forgets released ones', () => {
    const numbers = new ActiveNumbers();
    numbers.activate(1, number('+15125550101'));
    numbers.activate(2, number('+15125550102'));
    numbers.activate(3, number('+15125550103'));
    numbers.release(4, '+15125550101');
    expect(numbers.list().map((n) => n.phone_number)).toEqual(['+15125550102', '+15125550103']);
    expect(numbers.has('+15125550101')).toBe(false);
    expect(numbers.size).toBe(2);
  });

  it('keeps the stream order when a release is read before the older activation', () => {
    const numbers = new ActiveNumbers();
    expect(numbers.release(7, '+15125550101')).toBe(true);
    expect(numbers.activate(3, number('+15125550101'))).toBe(false);
    expect(numbers.has('+15125550101')).toBe(false);
    expect(numbers.activate(9, number('+15125550101'))).toBe(true);
    expect(numbers.has('+15125550101')).toBe(true);
  });

  it('picks every active number and none that was released', () => {
    const numbers = new ActiveNumbers();
    for (let i = 0; i < 5; i++) numbers.activate(i + 1, number(`+1512555010${i}`));
    numbers.release(10, '+15125550102');
    numbers.release(11, '+15125550104');
    const picked = new Set([0, 0.34, 0.67, 0.99].map((r) => numbers.pick(() => r)?.phone_number));
    expect([...picked].sort()).toEqual(['+15125550100', '+15125550101', '+15125550103']);
    expect(new ActiveNumbers().pick()).toBeUndefined();
  });
});
