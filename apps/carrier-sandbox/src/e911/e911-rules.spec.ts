import { validateE911 } from './e911-rules';
import { editDistance, normalizeStreet } from './street-normalizer';

const towns = (country: 'US' | 'CA') =>
  new Map<string, string[]>(
    country === 'US'
      ? [
          ['TX', ['Austin', 'Round Rock']],
          ['MN', ['Austin']],
        ]
      : [['ON', ['Toronto']]],
  );
const address = {
  street: '100 Congress Avenue',
  city: 'Austin',
  region: 'TX',
  postal_code: '78701',
  country_code: 'US',
};

describe('normalizeStreet', () => {
  it('upper-cases, drops punctuation and abbreviates street words', () => {
    expect(normalizeStreet('100 North Congress Avenue, Suite 5')).toBe('100 N CONGRESS AVE STE 5');
    expect(normalizeStreet('  12  Main   St. ')).toBe('12 MAIN ST');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('AUSTIN', 'AUSTIN')).toBe(0);
    expect(editDistance('AUSTN', 'AUSTIN')).toBe(1);
    expect(editDistance('BOSTON', 'AUSTIN')).toBe(3);
  });
});

describe('validateE911', () => {
  it('accepts a known town and returns the normalized address', () => {
    expect(validateE911(address, towns)).toEqual({
      valid: true,
      address: { street: '100 CONGRESS AVE', city: 'AUSTIN', region: 'TX', postal_code: '78701', country_code: 'US' },
      reason: null,
      suggestions: [],
    });
  });

  it('suggests the nearest towns of the region for an unknown town', () => {
    const result = validateE911({ ...address, city: 'Austn' }, towns);
    expect(result.reason).toBe('city_not_found');
    expect(result.suggestions[0]).toMatchObject({ city: 'AUSTIN', region: 'TX' });
  });

  it('suggests the regions that have the town for an unknown region', () => {
    const result = validateE911({ ...address, region: 'ZZ' }, towns);
    expect(result.reason).toBe('region_unknown');
    expect(result.suggestions.map((s) => s.region).sort()).toEqual(['MN', 'TX']);
  });

  it('normalizes a Canadian postal code', () => {
    const result = validateE911(
      { street: '1 Yonge Street', city: 'Toronto', region: 'on', postal_code: 'm5e1w7', country_code: 'ca' },
      towns,
    );
    expect(result).toMatchObject({
      valid: true,
      address: { postal_code: 'M5E 1W7', region: 'ON', country_code: 'CA' },
    });
  });

  it.each([
    [{ street: 'Congress Avenue' }, 'house_number_missing'],
    [{ street: '0 Congress Avenue' }, 'address_not_found'],
    [{ postal_code: 'ABCDE' }, 'postal_code_invalid'],
    [{ country_code: 'IN' }, 'country_not_supported'],
  ])('rejects %j as %s', (change, reason) => {
    expect(validateE911({ ...address, ...change }, towns)).toMatchObject({ valid: false, address: null, reason });
  });
});
