import { compileVanityPattern, VanityPatternError } from './vanity-pattern';

describe('compileVanityPattern', () => {
  it('turns X into one unknown digit and drops dashes', () => {
    expect(compileVanityPattern('877-555-XXXX')).toEqual({ digits: '877555____', like: '%877555____%' });
  });

  it('maps letters to keypad digits', () => {
    expect(compileVanityPattern('800-FLOWERS').digits).toBe('8003569377');
  });

  it('treats * and lower-case x as wildcards', () => {
    expect(compileVanityPattern('512*x*1').digits).toBe('512___1');
  });

  it('maps every keypad letter except X', () => {
    expect(compileVanityPattern('ABCDEFGHIJKL').digits).toBe('222333444555');
    expect(compileVanityPattern('MNOPQRSTUVWYZ').digits).toBe('6667777888999');
  });

  it('accepts lower-case letters', () => {
    expect(compileVanityPattern('call').digits).toBe('2255');
  });

  it('ignores spaces, dots and parentheses', () => {
    expect(compileVanityPattern('(512) 555.01 00').digits).toBe('5125550100');
  });

  it('keeps a pattern of only wildcards', () => {
    expect(compileVanityPattern('****').like).toBe('%____%');
  });

  it.each(['877%555', '877_555', '+1877', '877?', '5#5', 'é12', 'ı12', "8'; drop"])('rejects %p', (bad) => {
    expect(() => compileVanityPattern(bad)).toThrow(VanityPatternError);
  });

  it('names the illegal character', () => {
    expect(() => compileVanityPattern('87%')).toThrow('illegal character "%"');
  });

  it('rejects a pattern of separators only', () => {
    expect(() => compileVanityPattern(' - ')).toThrow('no digits');
  });

  it('rejects a pattern longer than 15 digits', () => {
    expect(() => compileVanityPattern('1234567890123456')).toThrow('longer than 15');
  });

  it('never emits a LIKE metacharacter from the input', () => {
    expect(compileVanityPattern('1-2-3').like).toMatch(/^%[0-9_]+%$/);
  });
});
