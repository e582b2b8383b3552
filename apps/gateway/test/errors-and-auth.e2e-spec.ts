import { GatewayFixture, OPERATOR_KEY, startGateway } from './gateway-fixture';

describe('authentication and errors (gateway)', () => {
  let gw: GatewayFixture;

  beforeAll(async () => {
    gw = await startGateway();
  });

  afterAll(async () => {
    await gw.close();
  });

  it.each([
    ['missing', undefined, 'api_key_missing'],
    ['malformed header', 'Basic abc', 'api_key_malformed'],
    ['not a platform key', 'Bearer sk_live_123', 'api_key_malformed'],
    ['unknown key', `Bearer dk_${'A'.repeat(43)}`, 'api_key_invalid'],
  ])('answers a %s key with 401 problem+json', async (_label, authorization, code) => {
    const res = await gw.call('GET', '/v1/accounts', { headers: authorization ? { authorization } : {} });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.headers.get('www-authenticate')).toContain('Bearer');
    expect(res.body).toMatchObject({ status: 401, code, title: 'Unauthorized', type: expect.stringContaining(code) });
  });

  it('rejects unknown fields and names each bad field with its rule, changing nothing', async () => {
    const partner = await gw.newPartner();
    const res = await gw.call('POST', '/v1/accounts', {
      key: partner.key,
      body: { name: '', email: 'not-an-email', colour: 'blue' },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', rule: 'min:1' }),
        expect.objectContaining({ field: 'email', rule: 'format:email' }),
        expect.objectContaining({ field: 'colour', rule: 'unknown_field' }),
      ]),
    );
    const list = await gw.call('GET', '/v1/accounts', { key: partner.key });
    expect(list.body.meta.total).toBe(0);
  });

  it('names query parameters in errors', async () => {
    const res = await gw.call('GET', '/v1/accounts?limit=1000', { key: OPERATOR_KEY });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'query.limit', rule: 'max:100' })]);
  });

  it('answers malformed JSON, non-JSON bodies, oversized bodies and unknown routes as problems', async () => {
    const badJson = await gw.call('POST', '/v1/accounts', { key: OPERATOR_KEY, body: '{"name":' });
    expect(badJson.status).toBe(400);
    expect(badJson.body.code).toBe('malformed_body');
    const text = await gw.call('POST', '/v1/accounts', {
      key: OPERATOR_KEY,
      body: 'name=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    expect(text.body.code).toBe('unsupported_media_type');
    const huge = await gw.call('POST', '/v1/accounts', {
      key: OPERATOR_KEY,
      body: { name: 'x'.repeat(gw.config.BODY_LIMIT_BYTES) },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('payload_too_large');
    const missing = await gw.call('GET', '/v1/nothing-here', { key: OPERATOR_KEY });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('route_not_found');
  });

  it('serves the OpenAPI document generated from the code, with the request schemas', async () => {
    const res = await gw.call('GET', '/docs/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    const create = res.body.paths['/v1/accounts'].post;
    expect(create.requestBody.content['application/json'].schema.properties).toHaveProperty('name');
    expect(create.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    expect(res.body.paths).toHaveProperty(['/v1/api-keys/{id}']);
    expect((await gw.call('GET', '/docs')).status).toBe(200);
  });

  it('reports the services that do not answer on /health/services without hanging', async () => {
    const res = await gw.call('GET', '/health/services');
    expect(res.status).toBe(503);
    expect(res.body.status).toBe('degraded');
    expect(res.body.services.inventory).toMatchObject({
      status: 'down',
      error: expect.stringContaining('not running'),
    });
    expect((await gw.call('GET', '/health')).body.status).toBe('ok');
  });
});

describe('rate limiting per API key', () => {
  let gw: GatewayFixture;

  beforeAll(async () => {
    gw = await startGateway({ RATE_LIMIT_BURST: '3', RATE_LIMIT_PER_MINUTE: '6' });
  });

  afterAll(async () => {
    await gw.close();
  });

  it('answers 429 with Retry-After once a key has spent its burst, without affecting other keys', async () => {
    const partnerRes = await gw.call('POST', '/v1/accounts', { key: OPERATOR_KEY, body: { name: 'P' } });
    const keyRes = await gw.call('POST', '/v1/api-keys', {
      key: OPERATOR_KEY,
      headers: { 'account-id': partnerRes.body.id },
      body: { name: 'k' },
    });
    const key = keyRes.body.secret;
    const statuses: number[] = [];
    let limited;
    for (let i = 0; i < 4; i++) {
      const res = await gw.call('GET', '/v1/accounts', { key });
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(limited!.body.code).toBe('rate_limit_exceeded');
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // The operator key has its own bucket (it has used 2 of 3 tokens).
    expect((await gw.call('GET', '/v1/accounts', { key: OPERATOR_KEY })).status).toBe(200);
  });
});
