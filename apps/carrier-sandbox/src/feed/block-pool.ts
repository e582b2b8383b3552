import { Permutation } from '../determinism/permutation';
import { combine32, hashString } from '../determinism/seeded-hash';
import { blockSize, type NumberBlock } from '../numbering/number-block';

/** One drawn number: its block and its national number. */
export interface Draw {
  block: NumberBlock;
  nationalNumber: string;
}

/**
 * Draws distinct numbers from a set of disjoint blocks, spread evenly: the k-th draw takes block
 * `perm(k mod B)` and, in it, the `floor(k / B)`-th number of that block's own shuffle. Only a
 * counter is kept, so a pool of hundreds of millions of numbers costs no memory, and the sequence
 * depends only on the key, never on how far a caller reads.
 */
export class BlockPool {
  private readonly order: Permutation | null;
  private readonly largest: number;
  private drawn = 0;

  constructor(
    private readonly blocks: readonly NumberBlock[],
    private readonly key: number,
  ) {
    this.order = blocks.length ? new Permutation(blocks.length, key) : null;
    this.largest = blocks.reduce((max, b) => Math.max(max, blockSize(b)), 0);
  }

  /** The next number, or null once every block is used up. */
  next(): Draw | null {
    if (!this.order) return null;
    for (;;) {
      const round = Math.floor(this.drawn / this.blocks.length);
      if (round >= this.largest) return null;
      const block = this.blocks[this.order.at(this.drawn % this.blocks.length)];
      this.drawn++;
      const size = blockSize(block);
      // A small block runs out before the largest: skip it in later rounds.
      if (round >= size) continue;
      const suffix = new Permutation(size, combine32(this.key, hashString(block.prefix))).at(round);
      return { block, nationalNumber: block.prefix + String(suffix).padStart(block.freeDigits, '0') };
    }
  }
}
