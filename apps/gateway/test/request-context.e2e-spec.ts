import { Logger } from '@nestjs/common';
import { PinoNestLogger } from '@did/runtime';
import { createServiceLogger } from '@did/service-kit';
import { GatewayFixture, startGateway } from './gateway-fixture';

describe('request ids, trace context and the access log (gateway)', () => {
  let gw: GatewayFixture;
  let partner: { id: string; key: string };
  const lines: Record<string, any>[] = [];

  beforeAll(async () => {
    gw = await startGateway();
    partner = await gw.newPartner('Traced Partner');
    // After the gateway started (Nest's app sets its own logger on creation): capture what it logs from here on.
    Logger.overrideLogger(
      new PinoNestLogger(
        createServiceLogger({
          service: 'gateway',
          level: 'log',
          destination: { write: (line: string) => lines.push(JSON.parse(line)) },
        }),
      ),
    );
  });

  afterAll(async () => {
    await gw.close();
  });

  const accessLine = (requestId: string): Record<string, any> =>
    lines.find((l) => l.context === 'http' && l.request_id === requestId) ?? {};

  it('answers every request with a Request-Id, errors included, and logs one access line with it', async () => {
    const ok = await gw.call('GET', '/v1/balance', { key: partner.key });
    const unauthorized = await gw.call('GET', '/v1/balance', { key: 'dk_not_a_real_key' });
    const missing = await gw.call('GET', '/v1/nowhere', { key: partner.key });
    for (const res of [ok, unauthorized, missing]) expect(res.headers.get('request-id')).toMatch(/^req_[0-9a-f]{20}$/);
    expect(new Set([ok, unauthorized, missing].map((r) => r.headers.get('request-id'))).size).toBe(3);

    const line = accessLine(ok.headers.get('request-id')!);
    expect(line).toMatchObject({
      method: 'GET',
      route: '/v1/balance',
      status: ok.status,
      account_id: partner.id,
      api_key_prefix: partner.key.slice(0, 11),
    });
    expect(line.duration_ms).toEqual(expect.any(Number));
    expect(line.trace_id).toMatch(/^[0-9a-f]{32}$/);
    expect(accessLine(unauthorized.headers.get('request-id')!)).toMatchObject({ status: 401 });
    expect(JSON.stringify(lines)).not.toContain(partner.key);
  });

  it("continues the caller's trace and keeps a sane caller request id", async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const res = await gw.call('GET', '/v1/balance', {
      key: partner.key,
      headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01`, 'request-id': 'support-case-42' },
    });
    expect(res.headers.get('request-id')).toBe('support-case-42');
    expect(accessLine('support-case-42')).toMatchObject({ trace_id: traceId });
  });

  it('replaces a request id that is not safe to log, and starts a trace for a malformed traceparent', async () => {
    const res = await gw.call('GET', '/v1/balance', {
      key: partner.key,
      headers: { traceparent: 'garbage', 'request-id': 'x'.repeat(300) },
    });
    const requestId = res.headers.get('request-id')!;
    expect(requestId).toMatch(/^req_/);
    expect(accessLine(requestId).trace_id).toMatch(/^[0-9a-f]{32}$/);
  });
});
