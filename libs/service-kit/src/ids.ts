import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

/** Crockford base32 of 128 bits as 26 characters, padded at the front like ULID (so the time prefix is 10 characters). */
function base32(bytes: Uint8Array): string {
  let bits = 2; // 26 x 5 = 130 bits: two leading zero bits
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/**
 * Random bytes from a pool refilled 4 KB at a time: `randomBytes` per id was a synchronous system call
 * each time (a renewal batch mints two ids per renewal). Same CSPRNG, fewer calls.
 */
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let poolOffset = POOL_BYTES;

function pooledRandom(size: number): Buffer {
  if (poolOffset + size > pool.length) {
    pool = randomBytes(POOL_BYTES);
    poolOffset = 0;
  }
  const out = pool.subarray(poolOffset, poolOffset + size);
  poolOffset += size;
  return out;
}

/** An opaque, unguessable id (128 random bits) such as `acc_5k2...`; reveals nothing, not even its age. */
export function randomId(prefix: string): string {
  return `${prefix}_${base32(pooledRandom(16))}`;
}

/**
 * A time-ordered id (48-bit milliseconds then 80 random bits, ULID layout): sorts by creation, which
 * keeps event and ledger indexes append-only. Use {@link randomId} where the age must stay private.
 */
export function sortableId(prefix: string, now: Date = new Date()): string {
  const bytes = timeBytes(now);
  bytes.set(pooledRandom(10), 6);
  return `${prefix}_${base32(bytes)}`;
}

/** The lowest {@link sortableId} minted at `at` (its time, then zero bits): ids below it were all minted earlier. */
export function sortableIdFloor(prefix: string, at: Date): string {
  return `${prefix}_${base32(timeBytes(at))}`;
}

/** 16 bytes: the 48-bit milliseconds of `at`, big-endian, then zeros. */
function timeBytes(at: Date): Uint8Array {
  const bytes = new Uint8Array(16);
  let ms = at.getTime();
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  return bytes;
}
