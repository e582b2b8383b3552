import { Webhook } from 'standardwebhooks';
import { waitFor } from '@did/testing';
import { startWebhooksWorld, WebhooksWorld } from './webhooks-world';

describe('webhook endpoints, deliveries and events (gateway + notifications on real PostgreSQL and NATS)', () => {
  let w: WebhooksWorld;

  beforeAll(async () => {
    w = await startWebhooksWorld();
  });

  afterAll(async () => {
    await w.close();
  });

  const deliveriesOf = (key: string, query = '') =>
    waitFor(async () => {
      const res = await w.gw.call('GET', `/v1/webhook-deliveries${query}`, { key });
      return (
        res.body.data?.length > 0 &&
        res.body.data.every((d: { status: string }) => d.status !== 'pending') &&
        res.body.data
      );
    });

  it('creates an endpoint (secret shown once) and delivers a gateway event signed so standardwebhooks verifies it', async () => {
    const partner = await w.gw.newPartner();
    const url = w.receiver.on('/gw-basic', () => ({ status: 200 }));
    const created = await w.gw.call('POST', '/v1/webhook-endpoints', {
      key: partner.key,
      body: { url, events: ['api_key.created'], description: 'ops' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      record_type: 'webhook_endpoint',
      account_id: partner.id,
      url,
      events: ['api_key.created'],
      enabled: true,
      include_tenants: false,
    });
    expect(created.body.secret).toMatch(/^whsec_/);
    const got = await w.gw.call('GET', `/v1/webhook-endpoints/${created.body.id}`, { key: partner.key });
    expect(got.status).toBe(200);
    expect(got.body.secret).toBeUndefined();
    const listed = await w.gw.call('GET', '/v1/webhook-endpoints', { key: partner.key });
    expect(listed.body.data.map((e: { id: string }) => e.id)).toEqual([created.body.id]);
    expect(listed.text).not.toContain(created.body.secret);

    const key = await w.gw.call('POST', '/v1/api-keys', { key: partner.key, body: { name: 'triggers a webhook' } });
    const [hook] = await waitFor(() => w.receiver.at('/gw-basic').length > 0 && w.receiver.at('/gw-basic'), {
      what: 'api_key.created webhook',
    });
    const payload = new Webhook(created.body.secret).verify(hook.body, hook.headers) as any;
    expect(payload).toMatchObject({
      type: 'api_key.created',
      account_id: partner.id,
      data: { api_key_id: key.body.id, name: 'triggers a webhook' },
    });
    expect(hook.headers['webhook-id']).toBe(payload.id);

    const [delivery] = await deliveriesOf(partner.key);
    expect(delivery).toMatchObject({
      record_type: 'webhook_delivery',
      endpoint_id: created.body.id,
      event_id: payload.id,
      event_type: 'api_key.created',
      status: 'succeeded',
    });
    // The delivery log names the trace the POST carried: the one of the API call that created the key.
    const traceId = String(hook.headers['traceparent']).split('-')[1];
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(delivery.attempts).toEqual([
      {
        attempted_at: expect.any(String),
        status_code: 200,
        latency_ms: expect.any(Number),
        error: null,
        trace_id: traceId,
      },
    ]);
  });

  it('answers bad input with 400 naming the field and the rule', async () => {
    const partner = await w.gw.newPartner();
    const cases: [unknown, string, string][] = [
      [{}, 'url', 'required'],
      [{ url: 'https://hooks.example.com/', events: ['number.exploded'] }, 'events[0]', 'custom'],
      [{ url: 'https://hooks.example.com/', events: [] }, 'events', 'min:1'],
      [{ url: 'https://hooks.example.com/', colour: 'red' }, 'colour', 'unknown_field'],
      [{ url: 'https://10.0.0.1/' }, 'url', 'url_not_allowed'],
      [{ url: 'https://0x0a000001/' }, 'url', 'url_not_allowed'],
      [{ url: 'https://167772161/' }, 'url', 'url_not_allowed'],
      [{ url: 'https://169.254.169.254/latest' }, 'url', 'url_not_allowed'],
    ];
    for (const [body, field, rule] of cases) {
      const res = await w.gw.call('POST', '/v1/webhook-endpoints', { key: partner.key, body });
      expect({ body, status: res.status, error: res.body.errors?.[0] }).toEqual({
        body,
        status: 400,
        error: expect.objectContaining({ field, rule }),
      });
    }
    const tenant = await w.gw.newTenant(partner);
    const res = await w.gw.call('POST', '/v1/webhook-endpoints', {
      key: tenant.key,
      body: { url: w.receiver.on('/t', () => ({ status: 200 })), include_tenants: true },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'include_tenants', rule: 'partner_only' });
    expect(
      (await w.gw.call('GET', '/v1/webhook-deliveries?status=lost', { key: partner.key })).body.errors[0],
    ).toMatchObject({ field: 'query.status', rule: 'enum' });
  });

  it('replays an idempotent create: same endpoint, same secret', async () => {
    const partner = await w.gw.newPartner();
    const body = { url: w.receiver.on('/idem', () => ({ status: 200 })) };
    const headers = { 'idempotency-key': 'create-endpoint-1' };
    const first = await w.gw.call('POST', '/v1/webhook-endpoints', { key: partner.key, body, headers });
    const second = await w.gw.call('POST', '/v1/webhook-endpoints', { key: partner.key, body, headers });
    expect(second.body).toEqual(first.body);
    expect((await w.gw.call('GET', '/v1/webhook-endpoints', { key: partner.key })).body.data).toHaveLength(1);
  });

  it('updates, rotates (both signatures verify), retries a failed delivery with the same webhook-id, and deletes', async () => {
    const partner = await w.gw.newPartner();
    const url = w.receiver.on('/gw-life', (n) => ({ status: n <= 5 ? 500 : 200 }));
    const created = (
      await w.gw.call('POST', '/v1/webhook-endpoints', { key: partner.key, body: { url, events: ['account.created'] } })
    ).body;
    const patched = await w.gw.call('PATCH', `/v1/webhook-endpoints/${created.id}`, {
      key: partner.key,
      body: { events: ['api_key.created'], description: 'rotating' },
    });
    expect(patched.body).toMatchObject({ events: ['api_key.created'], description: 'rotating' });
    const rotated = await w.gw.call('POST', `/v1/webhook-endpoints/${created.id}/actions/rotate-secret`, {
      key: partner.key,
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(created.secret);
    const oldRoute = await w.gw.call('POST', `/v1/webhook-endpoints/${created.id}/rotate-secret`, { key: partner.key });
    expect(oldRoute.status).toBe(404);
    expect(oldRoute.body).toMatchObject({
      code: 'route_not_found',
      detail: expect.stringContaining(`POST /v1/webhook-endpoints/${created.id}/actions/rotate-secret`),
    });

    await w.gw.call('POST', '/v1/api-keys', { key: partner.key, body: { name: 'k' } });
    // Five 500s use up the test schedule (four retries): the delivery fails.
    const [failed] = await deliveriesOf(partner.key, '?status=failed');
    expect(failed.attempts.map((a: { status_code: number }) => a.status_code)).toEqual([500, 500, 500, 500, 500]);
    const retried = await w.gw.call('POST', `/v1/webhook-deliveries/${failed.id}/actions/retry`, { key: partner.key });
    expect(retried.status).toBe(200);
    const [done] = await deliveriesOf(partner.key, `?endpoint_id=${created.id}&status=succeeded`);
    expect(done.attempt_count).toBe(6);
    const hooks = w.receiver.at('/gw-life');
    expect(new Set(hooks.map((h) => h.headers['webhook-id']))).toEqual(new Set([failed.event_id]));
    const last = hooks[hooks.length - 1];
    expect(() => new Webhook(created.secret).verify(last.body, last.headers)).not.toThrow();
    expect(() => new Webhook(rotated.body.secret).verify(last.body, last.headers)).not.toThrow();

    expect((await w.gw.call('DELETE', `/v1/webhook-endpoints/${created.id}`, { key: partner.key })).status).toBe(200);
    expect((await w.gw.call('GET', `/v1/webhook-endpoints/${created.id}`, { key: partner.key })).body.code).toBe(
      'webhook_endpoint_not_found',
    );
    expect((await w.gw.call('GET', '/v1/webhook-deliveries', { key: partner.key })).body.data).toEqual([]);
  });

  it("lists the account's events oldest first, by type, in pages; a partner adds its tenants' with include_tenants", async () => {
    const partner = await w.gw.newPartner();
    const tenant = await w.gw.newTenant(partner);
    await w.gw.call('POST', '/v1/api-keys', { key: partner.key, body: { name: 'second' } });
    const events = await waitFor(async () => {
      const res = await w.gw.call('GET', '/v1/events?limit=1', { key: partner.key });
      return res.body.meta?.total === 3 && res;
    });
    // account.created, then the fixture's api_key.created, then ours.
    expect(events.body.data[0]).toMatchObject({
      record_type: 'event',
      type: 'account.created',
      account_id: partner.id,
    });
    const page2 = await w.gw.call('GET', `/v1/events?limit=5&cursor=${events.body.meta.next_cursor}`, {
      key: partner.key,
    });
    expect(page2.body.data.map((e: { type: string }) => e.type)).toEqual(['api_key.created', 'api_key.created']);
    const byType = await w.gw.call('GET', '/v1/events?type=api_key.created', { key: partner.key });
    expect(byType.body.meta.total).toBe(2);
    const future = await w.gw.call('GET', `/v1/events?occurred_after=${encodeURIComponent('2999-01-01T00:00:00Z')}`, {
      key: partner.key,
    });
    expect(future.body.data).toEqual([]);
    const withTenants = await waitFor(async () => {
      const res = await w.gw.call('GET', '/v1/events?include_tenants=true', { key: partner.key });
      return res.body.meta.total === 5 && res;
    });
    expect(withTenants.body.data.filter((e: { account_id: string }) => e.account_id === tenant.id)).toHaveLength(2);
    const tenantView = await w.gw.call('GET', '/v1/events?include_tenants=true', { key: tenant.key });
    expect(tenantView.body.data.map((e: { account_id: string }) => e.account_id)).toEqual([tenant.id, tenant.id]);
    expect(
      (await w.gw.call('GET', '/v1/events?occurred_after=yesterday', { key: partner.key })).body.errors[0],
    ).toMatchObject({ field: 'query.occurred_after' });
  });

  it("never shows or changes another account's endpoints, deliveries or events", async () => {
    const owner = await w.gw.newPartner();
    const other = await w.gw.newPartner();
    const tenant = await w.gw.newTenant(owner);
    const url = w.receiver.on('/iso', () => ({ status: 200 }));
    const endpoint = (
      await w.gw.call('POST', '/v1/webhook-endpoints', { key: owner.key, body: { url, events: ['api_key.created'] } })
    ).body;
    await w.gw.call('POST', '/v1/api-keys', { key: owner.key, body: { name: 'k' } });
    const [delivery] = await deliveriesOf(owner.key);

    for (const intruder of [other, tenant]) {
      const calls: [string, string, unknown?][] = [
        ['GET', `/v1/webhook-endpoints/${endpoint.id}`],
        ['PATCH', `/v1/webhook-endpoints/${endpoint.id}`, { enabled: false }],
        ['DELETE', `/v1/webhook-endpoints/${endpoint.id}`],
        ['POST', `/v1/webhook-endpoints/${endpoint.id}/actions/rotate-secret`],
        ['POST', `/v1/webhook-deliveries/${delivery.id}/actions/retry`],
      ];
      for (const [method, path, body] of calls) {
        const res = await w.gw.call(method, path, { key: intruder.key, body });
        expect({ method, path, status: res.status }).toEqual({ method, path, status: 404 });
      }
      expect((await w.gw.call('GET', '/v1/webhook-endpoints', { key: intruder.key })).body.data).toEqual([]);
      expect((await w.gw.call('GET', '/v1/webhook-deliveries', { key: intruder.key })).body.data).toEqual([]);
      const events = (await w.gw.call('GET', '/v1/events?include_tenants=true', { key: intruder.key })).body.data;
      expect(events.some((e: { account_id: string }) => e.account_id === owner.id)).toBe(false);
    }
    // Acting for its tenant, the partner sees the tenant's (empty) endpoints, not its own.
    expect(
      (await w.gw.call('GET', '/v1/webhook-endpoints', { key: owner.key, headers: { 'account-id': tenant.id } })).body
        .data,
    ).toEqual([]);
    expect((await w.gw.call('GET', `/v1/webhook-endpoints/${endpoint.id}`, { key: owner.key })).body.enabled).toBe(
      true,
    );
  });

  it('documents the routes in OpenAPI', async () => {
    const doc = (await w.gw.call('GET', '/docs/openapi.json')).body;
    for (const path of [
      '/v1/webhook-endpoints',
      '/v1/webhook-endpoints/{id}',
      '/v1/webhook-endpoints/{id}/actions/rotate-secret',
      '/v1/webhook-deliveries',
      '/v1/webhook-deliveries/{id}/actions/retry',
      '/v1/events',
    ]) {
      expect(doc.paths[path]).toBeDefined();
    }
    expect(
      doc.paths['/v1/webhook-endpoints'].post.requestBody.content['application/json'].schema.properties.url,
    ).toBeDefined();
  });
});
