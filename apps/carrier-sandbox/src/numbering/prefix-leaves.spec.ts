import { disjointPrefixes } from './prefix-leaves';

describe('disjointPrefixes', () => {
  it('keeps a prefix with nothing under it whole', () => {
    expect(disjointPrefixes(new Map([['20', 'London']]))).toEqual([{ prefix: '20', description: 'London' }]);
  });

  it('splits a prefix around more specific entries, so no number falls under two leaves', () => {
    const leaves = disjointPrefixes(
      new Map([
        ['114', 'Sheffield'],
        ['1142', 'Rotherham'],
      ]),
    );
    expect(leaves).toContainEqual({ prefix: '1142', description: 'Rotherham' });
    expect(leaves.filter((l) => l.description === 'Sheffield').map((l) => l.prefix)).toEqual([
      '1140',
      '1141',
      '1143',
      '1144',
      '1145',
      '1146',
      '1147',
      '1148',
      '1149',
    ]);
  });

  it('splits down to minLength and drops descriptions keep() refuses', () => {
    const leaves = disjointPrefixes(
      new Map([
        ['512', 'Texas'],
        ['51232', 'Austin, TX'],
      ]),
      6,
      (d) => d.includes(','),
    );
    expect(leaves.map((l) => l.prefix)).toEqual([
      '512320',
      '512321',
      '512322',
      '512323',
      '512324',
      '512325',
      '512326',
      '512327',
      '512328',
      '512329',
    ]);
    expect(new Set(leaves.map((l) => l.description))).toEqual(new Set(['Austin, TX']));
  });
});
