import { describeNumber } from '../numbering/number-facts';
import { csrOf } from './csr-record';
import { portabilityOf } from './portability-rules';

const check = (e164: string) => portabilityOf(describeNumber(e164), 'seed');

describe('portabilityOf', () => {
  it('ports an ordinary valid number of a served country', () => {
    expect(check('+15122065678')).toMatchObject({
      portable: true,
      not_portable_reason: null,
      country_code: 'US',
      number_type: 'local',
    });
  });

  it.each([
    ['+15122069990', 'losing_carrier_not_supported'],
    ['+15122069991', 'rate_center_not_supported'],
    ['+15551234567', 'invalid_number'],
    ['+33142685300', 'country_not_supported'],
  ])('does not port %s: %s', (e164, reason) => {
    expect(check(e164)).toMatchObject({ portable: false, fast_portable: false, not_portable_reason: reason });
  });

  it('never fast-ports the 9992 test number, toll-free or non-NANP numbers', () => {
    expect(check('+15122069992')).toMatchObject({ portable: true, fast_portable: false });
    expect(check('+18005550100')).toMatchObject({ portable: true, fast_portable: false });
    expect(check('+442079460018')).toMatchObject({ portable: true, fast_portable: false });
  });

  it('fast-ports about half of NANP local numbers', () => {
    const fast = Array.from({ length: 200 }, (_, i) => check(`+1512206${String(1000 + i)}`)).filter(
      (r) => r.fast_portable,
    ).length;
    expect(fast).toBeGreaterThan(60);
    expect(fast).toBeLessThan(140);
  });
});

describe('csrOf', () => {
  it('has a record for a portable number and none for the 9993 test number', () => {
    expect(csrOf(describeNumber('+15122065678'), 'seed')).toMatchObject({
      available: true,
      service_address: { city: 'Austin', region: 'TX' },
    });
    expect(csrOf(describeNumber('+15122069993'), 'seed')).toMatchObject({
      available: false,
      reason: 'csr_not_available',
    });
  });
});
