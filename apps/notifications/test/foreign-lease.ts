import { MikroORM } from '@mikro-orm/postgresql';
import { waitFor } from '@did/testing';
import { NotificationsFixture } from './notifications-fixture';
import { Receiver } from './receiver';

/**
 * Another worker holds a valid lease (an hour, on the database's clock) on a new endpoint of `accountId` at `url`
 * (the receiver's `path`): nothing is sent to it while the lease runs, and once it has run out the delivery that
 * waited is sent, once, by a worker of `fx`'s service, which then holds the lease. Returns the endpoint's id.
 */
export async function expectForeignLeaseWaitedOut(
  fx: NotificationsFixture,
  receiver: Receiver,
  { accountId, url, path }: { accountId: string; url: string; path: string },
): Promise<string> {
  const knex = fx.app!.get<MikroORM>(MikroORM).em.getKnex();
  const endpoint = await fx.createEndpoint(accountId, { url });
  await knex.raw(
    `insert into notifications.webhook_endpoint_leases (endpoint_id, leased_by, leased_until) values (?, 'wk_other', now() + interval '1 hour')`,
    [endpoint.id],
  );
  const event = await fx.accountCreated(accountId);
  await waitFor(async () => (await fx.deliveries(accountId)).length === 1, { what: 'the delivery created' });
  // A marker on a free endpoint, due after it: once the marker is sent and recorded, a claim has read every endpoint
  // with due rows (one statement visits them all) and passed this one over.
  const markerPath = `${path}-marker`;
  await fx.createEndpoint(`${accountId}_marker`, { url: receiver.on(markerPath, () => ({ status: 204 })) });
  await fx.accountCreated(`${accountId}_marker`);
  await waitFor(async () => (await fx.deliveries(`${accountId}_marker`))[0]?.status === 'succeeded', {
    what: 'the marker webhook sent and recorded',
  });
  expect(receiver.at(markerPath)).toHaveLength(1);
  expect(receiver.at(path)).toHaveLength(0);

  await knex.raw(
    `update notifications.webhook_endpoint_leases set leased_until = now() - interval '1 second' where endpoint_id = ?`,
    [endpoint.id],
  );
  await waitFor(() => receiver.at(path).length > 0, { what: 'the webhook once the lease ran out' });
  expect(receiver.at(path).map((r) => r.headers['webhook-id'])).toEqual([event.id]);
  const { rows } = await knex.raw(`select leased_by from notifications.webhook_endpoint_leases where endpoint_id = ?`, [
    endpoint.id,
  ]);
  expect(rows[0].leased_by).not.toBe('wk_other');
  return endpoint.id;
}
