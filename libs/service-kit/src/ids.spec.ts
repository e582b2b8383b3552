import { randomId, sortableId, sortableIdFloor } from './ids';

const CROCKFORD_26 = /^[0123456789abcdefghjkmnpqrstvwxyz]{26}$/;

function body(id: string, prefix: string): string {
  expect(id.startsWith(`${prefix}_`)).toBe(true);
  return id.slice(prefix.length + 1);
}

describe('randomId', () => {
  it('is the prefix, an underscore and 26 Crockford base32 characters', () => {
    const id = randomId('acc');
    expect(id).toMatch(/^acc_[0123456789abcdefghjkmnpqrstvwxyz]{26}$/);
  });

  it('never uses the letters Crockford base32 leaves out (i, l, o, u) or upper case', () => {
    const all = Array.from({ length: 200 }, () => body(randomId('k'), 'k')).join('');
    expect(all).not.toMatch(/[ilouA-Z]/);
  });

  it('produces 1000 distinct ids', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => randomId('acc')));
    expect(ids.size).toBe(1000);
  });

  it('keeps a prefix that itself contains an underscore', () => {
    expect(body(randomId('api_key'), 'api_key')).toMatch(CROCKFORD_26);
  });
});

describe('sortableId', () => {
  it('is the prefix, an underscore and 26 Crockford base32 characters', () => {
    expect(sortableId('evt', new Date('2026-01-01T00:00:00Z'))).toMatch(/^evt_[0123456789abcdefghjkmnpqrstvwxyz]{26}$/);
  });

  it('sorts ids made at increasing times in the same order', () => {
    const times = [
      0,
      1,
      2,
      255,
      256,
      1_000,
      65_535,
      65_536,
      Date.UTC(2020, 0, 1),
      Date.UTC(2026, 5, 15, 12),
      Date.UTC(2026, 5, 15, 12, 0, 0, 1),
      2 ** 47,
    ];
    const ids = times.map((t) => sortableId('evt', new Date(t)));
    expect([...ids].sort()).toEqual(ids);
  });

  it('sorts ids a millisecond apart in time order regardless of their random part', () => {
    const base = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 200; i++) {
      const earlier = sortableId('evt', new Date(base + i));
      const later = sortableId('evt', new Date(base + i + 1));
      expect(earlier < later).toBe(true);
    }
  });

  // ULID layout: the first 10 characters (2 padding bits + 48 bits) are the timestamp alone.
  it('gives ids made at the same time the same first 10 characters', () => {
    const now = new Date('2026-03-04T05:06:07.089Z');
    const prefixes = new Set(Array.from({ length: 50 }, () => body(sortableId('evt', now), 'evt').slice(0, 10)));
    expect(prefixes.size).toBe(1);
  });

  it('gives ids made at the same time different random parts', () => {
    const now = new Date('2026-03-04T05:06:07.089Z');
    const ids = new Set(Array.from({ length: 1000 }, () => sortableId('evt', now)));
    expect(ids.size).toBe(1000);
  });

  it('gives ids made at different milliseconds different first 10 characters', () => {
    const a = body(sortableId('evt', new Date(1_000)), 'evt');
    const b = body(sortableId('evt', new Date(1_001)), 'evt');
    expect(a.slice(0, 10)).not.toBe(b.slice(0, 10));
  });

  it('encodes the epoch with leading zeros', () => {
    expect(body(sortableId('evt', new Date(0)), 'evt').slice(0, 10)).toBe('0000000000');
  });

  it('uses the current time when no time is given', () => {
    const before = body(sortableId('evt', new Date(Date.now() - 1)), 'evt');
    const now = body(sortableId('evt'), 'evt');
    const after = body(sortableId('evt', new Date(Date.now() + 60_000)), 'evt');
    expect(before.slice(0, 10) <= now.slice(0, 10)).toBe(true);
    expect(now.slice(0, 10) < after.slice(0, 10)).toBe(true);
  });
});

describe('sortableIdFloor', () => {
  it('sorts below every id of its millisecond and above every id of the millisecond before', () => {
    const at = new Date('2026-12-01T12:00:00.123Z');
    const before = new Date(at.getTime() - 1);
    const floor = sortableIdFloor('evt', at);
    for (let i = 0; i < 200; i++) {
      expect(sortableId('evt', at) >= floor).toBe(true);
      expect(sortableId('evt', before) < floor).toBe(true);
    }
    expect(floor).toMatch(/^evt_[0-9a-hjkmnp-tv-z]{26}$/);
  });
});
