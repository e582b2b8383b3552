import { expandNumbers } from './port-numbers';

describe('expandNumbers', () => {
  it('expands a range with both ends and keeps phone_numbers first, each number once', () => {
    const { numbers, violations } = expandNumbers(
      ['+15122060105'],
      [
        { start: '+15122060100', end: '+15122060103' },
        { start: '+15122060103', end: '+15122060105' },
      ],
    );
    expect(violations).toEqual([]);
    expect(numbers).toEqual([
      '+15122060105',
      '+15122060100',
      '+15122060101',
      '+15122060102',
      '+15122060103',
      '+15122060104',
    ]);
  });

  it('refuses a descending range and one of another length, naming the field', () => {
    expect(expandNumbers([], [{ start: '+15122060105', end: '+15122060100' }]).violations).toEqual([
      expect.objectContaining({ field: 'ranges[0].end', rule: 'gte:start' }),
    ]);
    expect(expandNumbers([], [{ start: '+15122060105', end: '+1512206010' }]).violations).toEqual([
      expect.objectContaining({ field: 'ranges[0].end', rule: 'same_length' }),
    ]);
  });

  it('caps an order at 1,000 numbers in all', () => {
    expect(expandNumbers([], [{ start: '+15122060000', end: '+15122060999' }]).numbers).toHaveLength(1000);
    expect(expandNumbers(['+15122061000'], [{ start: '+15122060000', end: '+15122060999' }]).violations).toEqual([
      expect.objectContaining({ field: 'ranges[0]', rule: 'max_total:1000' }),
    ]);
  });

  it('needs at least one number', () => {
    expect(expandNumbers([], []).violations).toEqual([
      expect.objectContaining({ field: 'phone_numbers', rule: 'required' }),
    ]);
  });
});
