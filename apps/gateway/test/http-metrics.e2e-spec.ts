import type { Server } from 'node:http';
import { startOpsServer } from '@did/runtime';
import { MIGRATIONS } from '../src/migrations';
import { GatewayFixture, startGateway } from './gateway-fixture';

describe('the gateway counts its HTTP requests by route template on the ops port', () => {
  let gw: GatewayFixture;
  let ops: Server;

  beforeAll(async () => {
    gw = await startGateway();
    ops = await startOpsServer(gw.app, 'gateway', 0, MIGRATIONS);
  });

  afterAll(async () => {
    ops.close();
    await gw.close();
  });

  it('records method, route template (not the raw path) and status, and the latency', async () => {
    const partner = await gw.newPartner();
    await gw.call('GET', '/v1/accounts/acc_does_not_exist', { key: partner.key });
    await gw.call('GET', '/v1/accounts');
    const text = await (await fetch(`http://127.0.0.1:${(ops.address() as { port: number }).port}/metrics`)).text();
    expect(text).toMatch(
      /^did_http_requests_total\{method="GET",route="\/v1\/accounts\/:id",status="404",service="gateway"\} 1$/m,
    );
    expect(text).toMatch(
      /^did_http_requests_total\{method="GET",route="\/v1\/accounts",status="401",service="gateway"\} [1-9]/m,
    );
    expect(text).not.toContain('acc_does_not_exist');
    expect(text).toMatch(
      /^did_http_request_duration_seconds_count\{service="gateway",method="GET",route="\/v1\/accounts\/:id"\} 1$/m,
    );
  });
});
