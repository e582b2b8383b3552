import { isValidNxx, rateCenterFor } from './nanp';

describe('isValidNxx', () => {
  it.each(['200', '512', '555', '999', '210', '912'])('accepts %s', (nxx) => expect(isValidNxx(nxx)).toBe(true));
  it.each(['011', '123', '099', '199'])('rejects %s, which starts with 0 or 1', (nxx) =>
    expect(isValidNxx(nxx)).toBe(false),
  );
  it.each(['211', '411', '911'])('rejects the N11 service code %s', (nxx) => expect(isValidNxx(nxx)).toBe(false));
  it.each(['12', '5123', '5a2', ''])('rejects %j, which is not 3 digits', (nxx) => expect(isValidNxx(nxx)).toBe(false));
});

describe('rateCenterFor', () => {
  it('upper-cases a short name and keeps its spaces', () => {
    expect(rateCenterFor('Austin')).toBe('AUSTIN');
    expect(rateCenterFor('Round Rock')).toBe('ROUND ROCK');
  });

  it('drops the spaces of a name longer than 10 characters', () => {
    expect(rateCenterFor('San Antonio')).toBe('SANANTONIO');
  });

  it('cuts a name still longer than 10 characters', () => {
    expect(rateCenterFor('Scarborough')).toBe('SCARBOROUG');
    expect(rateCenterFor('Portage la Prairie')).toBe('PORTAGELAP');
  });

  it('strips accents and punctuation', () => {
    expect(rateCenterFor('Montréal')).toBe('MONTREAL');
    expect(rateCenterFor("Coeur d'Alene")).toBe('COEURDALEN');
    expect(rateCenterFor('St. Louis')).toBe('ST LOUIS');
  });

  it('never exceeds 10 characters', () => {
    for (const name of ['Winston-Salem', 'Rancho Cucamonga', 'Saint-Jean-sur-Richelieu', 'X'])
      expect(rateCenterFor(name).length).toBeLessThanOrEqual(10);
  });
});
