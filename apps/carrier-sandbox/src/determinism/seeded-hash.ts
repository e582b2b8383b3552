/**
 * Small, fast, seedable hashes. Every "random" answer of the sandbox (which numbers a feed holds,
 * which capabilities a number has, whether an activation fails) is a hash of the seed and the
 * input, so the same question always gets the same answer.
 */

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Combines two 32-bit values into one (order matters). */
export function combine32(a: number, b: number): number {
  return mix32((Math.imul(a ^ 0x9e3779b9, 0x01000193) ^ b) >>> 0);
}

/** FNV-1a over the string, finalised with {@link mix32}, starting from `seed`. */
export function hashString(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h >>> 0);
}

/** A deterministic number in [0, 1) for the given parts. */
export function unitHash(...parts: (string | number)[]): number {
  let h = 0x2545f491;
  for (const part of parts) h = typeof part === 'number' ? combine32(h, part >>> 0) : hashString(part, h);
  return h / 0x1_0000_0000;
}

/** One item of a non-empty list, chosen by a hash of the parts. */
export function choose<T>(items: readonly T[], ...parts: (string | number)[]): T {
  return items[Math.floor(unitHash(...parts) * items.length)];
}
