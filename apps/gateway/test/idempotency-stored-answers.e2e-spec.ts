import { connect, NatsConnection } from 'nats';
import { DomainError, ErrorCode, ErrorType, NumberOrderPatterns } from '@did/contracts';
import { PlainResponder } from '@did/messaging';
import { testNatsUrl } from '@did/testing';
import { EntityManager } from '@mikro-orm/postgresql';
import { GatewayFixture, startGateway } from './gateway-fixture';
import { startWebhooksWorld, WebhooksWorld } from './webhooks-world';

async function storedRecord(gw: GatewayFixture, key: string): Promise<{ response_body: string | null } | undefined> {
  const rows: { key: string; response_body: string | null }[] = await gw.app
    .get(EntityManager)
    .fork()
    .getConnection()
    .execute(`select key, response_body from gateway.idempotency_records`);
  return rows.find((r) => r.key === key);
}

/** What the gateway keeps of an Idempotency-Key: only final answers, and secrets only sealed. */
describe('Idempotency-Key: what is stored', () => {
  let gw: GatewayFixture;
  let partner: { id: string; key: string };

  const storedBody = async (key: string) => (await storedRecord(gw, key))?.response_body;

  beforeAll(async () => {
    gw = await startGateway();
    partner = await gw.newPartner();
  });

  afterAll(async () => {
    await gw.close();
  });

  describe('temporary answers', () => {
    let nc: NatsConnection;
    let calls = 0;
    // Stands in for ordering: the first attempt finds the same order still being placed, the next is refused for good.
    const ordering = new PlainResponder(NumberOrderPatterns.Create, () => {
      calls++;
      if (calls === 1)
        throw new DomainError(
          ErrorType.Conflict,
          ErrorCode.OrderInProgress,
          'An order with this Idempotency-Key is still being placed.',
        );
      throw new DomainError(ErrorType.PaymentRequired, ErrorCode.BalanceInsufficient, 'Not enough balance.');
    });

    beforeAll(async () => {
      nc = await connect({ servers: testNatsUrl() });
      ordering.start(nc, { prefix: gw.config.NATS_PREFIX, service: 'ordering' });
      await nc.flush();
    });

    afterAll(async () => {
      ordering.stop();
      await nc.close();
    });

    it('does not keep 409 order_in_progress: the retry reaches ordering, and its final answer is the one replayed', async () => {
      const order = () =>
        gw.call('POST', '/v1/number-orders', {
          key: partner.key,
          body: { country_code: 'US', number_type: 'local', quantity: 1, filters: { locality: 'Austin' } },
          headers: { 'idempotency-key': 'retry-after-in-progress' },
        });
      const inProgress = await order();
      expect(inProgress.status).toBe(409);
      expect(inProgress.body.code).toBe('order_in_progress');

      const final = await order();
      expect(final.status).toBe(402);
      expect(final.body.code).toBe('balance_insufficient');
      expect(final.headers.get('idempotent-replayed')).toBeNull();

      const replay = await order();
      expect(replay.text).toBe(final.text);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(calls).toBe(2);
    });
  });

  it('stores a new API key only sealed, and replays the same secret', async () => {
    const create = () =>
      gw.call('POST', '/v1/api-keys', {
        key: partner.key,
        body: { name: 'sealed' },
        headers: { 'idempotency-key': 'new-key-once' },
      });
    const first = await create();
    expect(first.status).toBe(201);
    const secret: string = first.body.secret;
    expect(secret).toMatch(/^dk_/);

    const stored = await storedBody('new-key-once');
    expect(stored).toEqual(expect.any(String));
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(first.body.id);

    const replay = await create();
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.text).toBe(first.text);
  });

  it('keeps plain responses readable (nothing sealed that carries no secret)', async () => {
    const res = await gw.call('POST', '/v1/accounts', {
      key: partner.key,
      body: { name: 'Plain' },
      headers: { 'idempotency-key': 'plain-account' },
    });
    expect(res.status).toBe(201);
    expect(await storedBody('plain-account')).toBe(res.text);
  });
});

describe('Idempotency-Key: a webhook signing secret is stored sealed', () => {
  let w: WebhooksWorld;

  beforeAll(async () => {
    w = await startWebhooksWorld();
  });

  afterAll(async () => {
    await w.close();
  });

  it('replays the endpoint with its secret, which the stored record does not hold in clear', async () => {
    const partner = await w.gw.newPartner();
    const url = w.receiver.on('/sealed', () => ({ status: 200 }));
    const create = () =>
      w.gw.call('POST', '/v1/webhook-endpoints', {
        key: partner.key,
        body: { url, events: ['api_key.created'] },
        headers: { 'idempotency-key': 'endpoint-once' },
      });
    const first = await create();
    expect(first.status).toBe(201);
    const secret: string = first.body.secret;
    expect(secret).toMatch(/^whsec_/);
    const row = await storedRecord(w.gw, 'endpoint-once');
    expect(row?.response_body).toEqual(expect.any(String));
    expect(row?.response_body).not.toContain(secret.slice('whsec_'.length));
    const replay = await create();
    expect(replay.text).toBe(first.text);
  });
});
