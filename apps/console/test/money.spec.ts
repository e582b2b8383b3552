import {
  basisPointsToPercent,
  formatCents,
  formatCentsDecimal,
  formatMicros,
  minorToMajor,
  parseMajorToCents,
  shiftLeft,
} from '../web/money';

/** The console's exact money: micro-units and decimal strings shown to the last digit, typed amounts read without floats. */
describe('console money', () => {
  it('shows a usage rate in micro-units exactly: 850000 is 0.85 cents', () => {
    expect(formatMicros(850_000, 'USD')).toBe('$0.0085');
    expect(formatMicros(1_020_000, 'USD')).toBe('$0.0102');
    expect(formatMicros(1, 'GBP')).toBe('£0.00000001');
    expect(formatMicros(0, 'USD')).toBe('$0.00');
  });

  it('keeps digits a float would lose', () => {
    // 0.07 * 100 and 1.005 are the classic float traps; 2^53 + 1 cents cannot be a double at all.
    expect(formatCents(7, 'USD')).toBe('$0.07');
    expect(formatCentsDecimal('100.5', 'USD')).toBe('$1.005');
    expect(formatCents(9_007_199_254_740_993n, 'USD')).toBe('$90,071,992,547,409.93');
    expect(formatMicros(9_007_199_254_740_993n, 'USD')).toBe('$90,071,992.54740993');
  });

  it('formats negative amounts and sub-cent decimals of usage costs', () => {
    expect(formatCents(-1250, 'USD')).toBe('-$12.50');
    expect(formatCentsDecimal('1.275000', 'USD')).toBe('$0.01275');
    expect(minorToMajor('-0.5')).toBe('-0.005');
    expect(shiftLeft(5n, 2)).toBe('0.05');
  });

  it('reads typed amounts as integer minor units, refusing a third decimal', () => {
    expect(parseMajorToCents('25')).toBe(2500);
    expect(parseMajorToCents('0.1')).toBe(10);
    expect(parseMajorToCents(' 19.99 ')).toBe(1999);
    expect(parseMajorToCents('1.005')).toBeNull();
    expect(parseMajorToCents('-1')).toBeNull();
    expect(parseMajorToCents('1e3')).toBeNull();
    expect(parseMajorToCents('')).toBeNull();
  });

  it('shows basis points as a percentage', () => {
    expect(basisPointsToPercent(2000)).toBe('20');
    expect(basisPointsToPercent(1550)).toBe('15.5');
    expect(basisPointsToPercent(5)).toBe('0.05');
  });
});
