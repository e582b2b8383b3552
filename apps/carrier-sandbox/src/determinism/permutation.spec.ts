import { Permutation } from './permutation';

describe('Permutation', () => {
  it.each([1, 2, 3, 10, 97, 1000, 4097])('is a bijection of [0, %i)', (size) => {
    const perm = new Permutation(size, 42);
    const images = Array.from({ length: size }, (_, i) => perm.at(i));
    expect(new Set(images).size).toBe(size);
    expect(images.every((v) => Number.isInteger(v) && v >= 0 && v < size)).toBe(true);
  });

  it('gives the same order for the same key and a different one for another key', () => {
    const order = (key: number) => Array.from({ length: 50 }, (_, i) => new Permutation(10_000, key).at(i));
    expect(order(7)).toEqual(order(7));
    expect(order(8)).not.toEqual(order(7));
  });

  it('handles sizes in the hundreds of millions without precision loss', () => {
    const size = 10 ** 9;
    const perm = new Permutation(size, 1);
    const images = Array.from({ length: 1000 }, (_, i) => perm.at(i));
    expect(new Set(images).size).toBe(1000);
    expect(images.every((v) => Number.isSafeInteger(v) && v < size)).toBe(true);
  });

  it('rejects an empty domain', () => {
    expect(() => new Permutation(0, 1)).toThrow(RangeError);
  });
});
