import { combine32 } from './seeded-hash';

const ROUNDS = 4;

/**
 * A keyed bijection of [0, size): a balanced Feistel network over the smallest even power of two
 * that covers `size`, with cycle walking to stay inside it (on average < 4 steps). It lets the feed
 * draw numbers "at random" without replacement and without remembering what it already drew, so a
 * stream of millions of unique rows needs no memory.
 */
export class Permutation {
  private readonly halfBits: number;
  private readonly mask: number;
  private readonly keys: number[];

  constructor(
    readonly size: number,
    key: number,
  ) {
    if (!Number.isSafeInteger(size) || size < 1)
      throw new RangeError(`permutation size must be a positive safe integer, got ${size}`);
    let bits = Math.max(2, Math.ceil(Math.log2(size)));
    if (bits % 2) bits++;
    this.halfBits = bits / 2;
    // Feistel halves are combined with 32-bit hashes; 2 x 26 bits stays within safe integers.
    if (this.halfBits > 26) throw new RangeError(`permutation size ${size} is too large`);
    this.mask = 2 ** this.halfBits - 1;
    this.keys = Array.from({ length: ROUNDS }, (_, i) => combine32(key, i + 1));
  }

  /** The image of `index` (0 <= index < size). */
  at(index: number): number {
    let value = index;
    do value = this.encrypt(value);
    while (value >= this.size);
    return value;
  }

  private encrypt(value: number): number {
    const shift = 2 ** this.halfBits;
    let left = Math.floor(value / shift);
    let right = value % shift;
    for (const key of this.keys) {
      const next = (left ^ (combine32(key, right) & this.mask)) >>> 0;
      left = right;
      right = next;
    }
    return left * shift + right;
  }
}
