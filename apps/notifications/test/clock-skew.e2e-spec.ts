import { MikroORM } from '@mikro-orm/postgresql';
import { Clock } from '@did/service-kit';
import { DeliveryClaims } from '../src/deliveries/delivery-claims';
import { expectForeignLeaseWaitedOut } from './foreign-lease';
import { NotificationsFixture } from './notifications-fixture';
import { Receiver } from './receiver';

/**
 * Endpoint leases are judged on the database's clock: a replica whose clock runs ahead must not see another
 * replica's valid lease as run out (and send to the endpoint beside it, past the per-endpoint cap).
 */
describe('a replica whose clock runs an hour and a half ahead', () => {
  const ahead: Clock = { now: () => new Date(Date.now() + 90 * 60_000) };
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

  it("leaves an endpoint alone while another worker's lease runs (over by its own clock), then takes it once it has run out", async () => {
    const url = receiver.on('/skewed', () => ({ status: 204 }));
    const endpointId = await expectForeignLeaseWaitedOut(fx, receiver, {
      accountId: 'acc_skewed',
      url,
      path: '/skewed',
    });
    // The lease it took ends a lease length from the database's now, not from its own clock.
    const { rows } = await fx
      .app!.get<MikroORM>(MikroORM)
      .em.getKnex()
      .raw(
        `select extract(epoch from leased_until - now()) * 1000 as left_ms from notifications.webhook_endpoint_leases where endpoint_id = ?`,
        [endpointId],
      );
    expect(Number(rows[0].left_ms)).toBeLessThanOrEqual(fx.app!.get(DeliveryClaims).leaseMs);
  });
});
