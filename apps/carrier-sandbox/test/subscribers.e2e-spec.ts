import { CarrierLookup, CsrResponse, E911Validation, PortabilityResponse } from '@did/contracts';
import { Sandbox, startSandbox } from './sandbox-app';

describe('lookups, portability, CSR and E911', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await startSandbox();
  });

  afterAll(async () => {
    await sandbox.close();
  });

  describe('GET /v1/lookups/{e164}', () => {
    it('names the carrier, line type and place of a number, the same every time', async () => {
      const first = await sandbox.get('/v1/lookups/+15122345678');
      expect(first.status).toBe(200);
      const lookup = CarrierLookup.parse(first.body);
      expect(lookup).toMatchObject({ phone_number: '+15122345678', valid: true, country_code: 'US', region: 'TX' });
      expect(['landline', 'mobile', 'voip']).toContain(lookup.line_type);
      expect(lookup.carrier?.name).toEqual(expect.any(String));
      expect(lookup).not.toHaveProperty('caller_name');
      expect((await sandbox.get('/v1/lookups/%2B15122345678')).body).toEqual(first.body);
    });

    it('names the town where the data places the exchange', async () => {
      const lookup = CarrierLookup.parse((await sandbox.get('/v1/lookups/+15122065678')).body);
      expect(lookup).toMatchObject({ region: 'TX', locality: 'Austin' });
    });

    it('adds the caller name with cnam=true', async () => {
      const names = await Promise.all(
        ['+15122345678', '+15122345679', '+15122345680', '+18005550100'].map((n) =>
          sandbox.get(`/v1/lookups/${n}?cnam=true`),
        ),
      );
      for (const res of names) {
        const lookup = CarrierLookup.parse(res.body);
        expect(lookup).toHaveProperty('caller_name');
        if (lookup.caller_name) expect(lookup.caller_name.name).toMatch(/^[A-Z0-9 ]{1,15}$/);
      }
      expect(names.some((res) => res.body.caller_name !== null)).toBe(true);
    });

    it('uses public carrier data for mobile ranges that have it', async () => {
      const lookup = CarrierLookup.parse((await sandbox.get('/v1/lookups/+447400123456')).body);
      expect(lookup).toMatchObject({ valid: true, country_code: 'GB', line_type: 'mobile' });
      expect(lookup.carrier?.name).toBeTruthy();
    });

    it('answers valid: false for a number no plan allows', async () => {
      const res = await sandbox.get('/v1/lookups/+15551234567');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ valid: false, line_type: null, carrier: null });
    });

    it('rejects a malformed number with a 400 naming phone_number', async () => {
      const res = await sandbox.get('/v1/lookups/5125550100');
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('phone_number');
    });

    it('rejects a bad cnam flag with a 400 naming query.cnam', async () => {
      const res = await sandbox.get('/v1/lookups/+15122345678?cnam=yes');
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('query.cnam');
    });
  });

  describe('POST /v1/portability', () => {
    it('answers per number, with the magic endings forcing each reason', async () => {
      const res = await sandbox.send('POST', '/v1/portability', {
        phone_numbers: [
          '+15122345678',
          '+15122349990',
          '+15122349991',
          '+15122349992',
          '+15551234567',
          '+33142685300',
          '+18005550100',
        ],
      });
      expect(res.status).toBe(200);
      const { data } = PortabilityResponse.parse(res.body);
      expect(data.map((r) => [r.phone_number, r.portable, r.not_portable_reason])).toEqual([
        ['+15122345678', true, null],
        ['+15122349990', false, 'losing_carrier_not_supported'],
        ['+15122349991', false, 'rate_center_not_supported'],
        ['+15122349992', true, null],
        ['+15551234567', false, 'invalid_number'],
        ['+33142685300', false, 'country_not_supported'],
        ['+18005550100', true, null],
      ]);
      expect(data[0]).toMatchObject({
        country_code: 'US',
        number_type: 'local',
        losing_carrier: { name: expect.any(String) },
      });
      expect(data[3].fast_portable).toBe(false);
      expect(data[6]).toMatchObject({ number_type: 'toll_free', fast_portable: false });
    });

    it('rejects an empty list with a 400 naming phone_numbers', async () => {
      const res = await sandbox.send('POST', '/v1/portability', { phone_numbers: [] });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('phone_numbers');
    });
  });

  describe('POST /v1/csr', () => {
    it('returns the account, billing number and service address of a portable number', async () => {
      const res = await sandbox.send('POST', '/v1/csr', { phone_number: '+15122065678' });
      expect(res.status).toBe(200);
      const csr = CsrResponse.parse(res.body);
      expect(csr).toMatchObject({
        available: true,
        reason: null,
        service_address: { city: 'Austin', region: 'TX', country_code: 'US' },
      });
      expect(csr.account_name).toBeTruthy();
      expect(csr.billing_telephone_number).toMatch(/^\+1512206\d{4}$/);
      expect(csr.service_address?.postal_code).toMatch(/^\d{5}$/);
    });

    it('gives a reason when there is no record', async () => {
      expect((await sandbox.send('POST', '/v1/csr', { phone_number: '+15122349993' })).body).toMatchObject({
        available: false,
        reason: 'csr_not_available',
      });
      expect((await sandbox.send('POST', '/v1/csr', { phone_number: '+15122349990' })).body).toMatchObject({
        available: false,
        reason: 'number_not_portable',
      });
    });

    it('rejects a missing number with a 400 naming phone_number', async () => {
      const res = await sandbox.send('POST', '/v1/csr', {});
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'phone_number', rule: 'required' });
    });
  });

  describe('POST /v1/e911/validate', () => {
    const austin = {
      street: '100 Congress Avenue',
      city: 'Austin',
      region: 'TX',
      postal_code: '78701',
      country_code: 'US',
    };

    it('accepts a known address and returns it normalized', async () => {
      const res = await sandbox.send('POST', '/v1/e911/validate', { address: austin });
      expect(res.status).toBe(200);
      expect(E911Validation.parse(res.body)).toEqual({
        valid: true,
        address: { street: '100 CONGRESS AVE', city: 'AUSTIN', region: 'TX', postal_code: '78701', country_code: 'US' },
        reason: null,
        suggestions: [],
      });
    });

    it('suggests nearby spellings for an unknown city', async () => {
      const res = await sandbox.send('POST', '/v1/e911/validate', { address: { ...austin, city: 'Austn' } });
      const result = E911Validation.parse(res.body);
      expect(result).toMatchObject({ valid: false, reason: 'city_not_found' });
      expect(result.suggestions.map((s) => s.city)).toContain('AUSTIN');
    });

    it.each([
      [{ street: 'Congress Avenue' }, 'house_number_missing'],
      [{ postal_code: '7870' }, 'postal_code_invalid'],
      [{ region: 'ZZ' }, 'region_unknown'],
      [{ country_code: 'GB' }, 'country_not_supported'],
      [{ street: '0 Nowhere Road' }, 'address_not_found'],
    ])('rejects %j as %s', async (change, reason) => {
      const res = await sandbox.send('POST', '/v1/e911/validate', { address: { ...austin, ...change } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ valid: false, reason });
    });

    it('rejects a body without a city with a 400 naming address.city', async () => {
      const { city: _city, ...rest } = austin;
      const res = await sandbox.send('POST', '/v1/e911/validate', { address: rest });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('address.city');
    });
  });
});
