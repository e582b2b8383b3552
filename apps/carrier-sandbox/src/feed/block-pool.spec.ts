import { NumberType } from '@did/contracts';
import type { NumberBlock } from '../numbering/number-block';
import { BlockPool } from './block-pool';

const block = (prefix: string, freeDigits: number): NumberBlock => ({
  prefix,
  freeDigits,
  numberType: NumberType.Local,
  region: null,
  locality: null,
  rateCenter: null,
  ndc: null,
  nxx: null,
});

function drainAll(pool: BlockPool): string[] {
  const drawn: string[] = [];
  for (let draw = pool.next(); draw; draw = pool.next()) drawn.push(draw.nationalNumber);
  return drawn;
}

describe('BlockPool', () => {
  it('draws every number of every block exactly once, then runs dry', () => {
    const pool = new BlockPool([block('20', 2), block('31', 1), block('4', 0)], 9);
    const drawn = drainAll(pool);
    expect(drawn).toHaveLength(100 + 10 + 1);
    expect(new Set(drawn).size).toBe(drawn.length);
    const of20 = drawn.filter((n) => n.startsWith('20'));
    expect(of20).toHaveLength(100);
    expect(of20.every((n) => n.length === 4)).toBe(true);
    expect(pool.next()).toBeNull();
  });

  it('spreads its first draws over all blocks before taking a second number from any', () => {
    const pool = new BlockPool([block('1', 3), block('2', 3), block('3', 3)], 1);
    const firstRound = [pool.next(), pool.next(), pool.next()].map((d) => d?.block.prefix).sort();
    expect(firstRound).toEqual(['1', '2', '3']);
  });

  it('draws the same sequence for the same key', () => {
    const blocks = [block('55', 3), block('66', 3)];
    expect(drainAll(new BlockPool(blocks, 3)).slice(0, 50)).toEqual(drainAll(new BlockPool(blocks, 3)).slice(0, 50));
  });

  it('has nothing to draw without blocks', () => {
    expect(new BlockPool([], 1).next()).toBeNull();
  });
});
