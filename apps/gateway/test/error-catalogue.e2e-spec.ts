import { GatewayFixture, startGateway } from './gateway-fixture';

describe('problem types resolve to the error catalogue the gateway serves', () => {
  let gw: GatewayFixture;

  beforeAll(async () => {
    gw = await startGateway();
  });

  afterAll(async () => {
    await gw.close();
  });

  it('gives a problem a type that, resolved against the request, is the catalogue entry of its code', async () => {
    const res = await gw.call('GET', '/v1/accounts');
    expect(res.status).toBe(401);
    expect(res.body.type).toBe('/docs/errors#api_key_missing');

    const page = new URL(res.body.type, `${gw.baseUrl}/v1/accounts`);
    const html = await fetch(page);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    const text = await html.text();
    expect(text).toContain(`<tr id="${page.hash.slice(1)}">`);
    expect(text).toContain('<tr id="balance_insufficient">');
  });
});
