import { MikroORM } from '@mikro-orm/postgresql';
import { Clock } from '@did/service-kit';
import { waitFor } from '@did/testing';
import { DeliveryClaims } from '../src/deliveries/delivery-claims';
import { NotificationsFixture } from './notifications-fixture';
import { Receiver } from './receiver';

/**
 * Endpoint leases are judged on the database's clock: a replica whose clock runs ahead must not see another
 * replica's valid lease as run out (and send to the endpoint beside it, past the per-endpoint cap).
 */
describe('a replica whose clock runs an hour ahead', () => {
  const AHEAD_MS = 3_600_000;
  const ahead: Clock = { now: () => new Date(Date.now() + AHEAD_MS) };
  let fx: NotificationsFixture;
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await new Receiver().start();
    fx = await NotificationsFixture.start({}, { clock: ahead });
  });

  afterAll(async () => {
    await fx.close();
    await receiver.stop();
  });

  const execute = (text: string, params: unknown[] = []) => fx.app!.get(MikroORM).em.getKnex().raw(text, params);

  it("leaves an endpoint alone while another worker's lease runs, then takes it once it has run out", async () => {
    const url = receiver.on('/skewed', () => ({ status: 204 }));
    const endpoint = await fx.createEndpoint('acc_skewed', { url });
    // Another worker's lease, ten minutes long on the database's clock: already over on this replica's clock.
    await execute(`insert into notifications.webhook_endpoint_leases (endpoint_id, leased_by, leased_until) values (?, 'wk_other', now() + interval '10 minutes')`, [endpoint.id]);
    const event = await fx.accountCreated('acc_skewed');
    await waitFor(async () => (await fx.deliveries('acc_skewed')).length === 1, { what: 'the delivery created' });
    // The worker polls every 50 ms: several claims pass without it sending.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.at('/skewed')).toHaveLength(0);

    await execute(`update notifications.webhook_endpoint_leases set leased_until = now() - interval '1 second' where endpoint_id = ?`, [endpoint.id]);
    await waitFor(() => receiver.at('/skewed').length > 0, { what: 'the webhook once the lease ran out' });
    expect(receiver.at('/skewed').map((r) => r.headers['webhook-id'])).toEqual([event.id]);
    // The lease it took ends a lease length from the database's now, not from its own clock.
    const { rows } = await execute(`select leased_by, extract(epoch from leased_until - now()) * 1000 as left_ms from notifications.webhook_endpoint_leases where endpoint_id = ?`, [endpoint.id]);
    expect(rows[0].leased_by).not.toBe('wk_other');
    expect(Number(rows[0].left_ms)).toBeLessThanOrEqual(fx.app!.get(DeliveryClaims).leaseMs);
  });
});
