import { NationalTypeMatcher, validTypeOf } from './libphonenumber';

describe('NationalTypeMatcher', () => {
  // Answers must match libphonenumber's own getType(); this also catches a metadata layout change on upgrade.
  it.each([
    ['US', '1', ['5122065678', '8775550100', '2125550100', '9175551234']],
    ['CA', '1', ['4162345678', '6045551234']],
    ['GB', '44', ['2079460018', '1142123456', '7400123456', '3001234567', '8001234567', '5612345678']],
    ['IN', '91', ['1123456789', '9812345678', '7142527595', '8123456789']],
  ] as const)('types %s numbers like libphonenumber does', (country, callingCode, numbers) => {
    const matcher = new NationalTypeMatcher(country);
    for (const national of numbers)
      expect([national, matcher.typeOf(national)]).toEqual([national, validTypeOf(`+${callingCode}${national}`)]);
  });

  it('answers null for a number no pattern matches', () => {
    expect(new NationalTypeMatcher('GB').typeOf('0000000000')).toBeNull();
  });
});
