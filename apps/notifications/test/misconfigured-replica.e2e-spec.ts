import type { INestMicroservice } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { startTestNatsService } from '@did/service-testing';
import { waitFor } from '@did/testing';
import { AppModule, SERVICE } from '../src/app.module';
import { NotificationsFixture } from './notifications-fixture';
import { Receiver } from './receiver';

/**
 * A replica deployed with the wrong WEBHOOK_SECRETS_KEY cannot open the endpoints' signing secrets. That is the
 * platform's fault: it must not use up the customer's retries (and so, in time, disable the endpoint), and it must
 * not keep the endpoint from a replica that can sign.
 */
describe('a replica that cannot open the signing secrets', () => {
  let fx: NotificationsFixture;
  let misconfigured: INestMicroservice | null = null;
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await new Receiver().start();
    fx = await NotificationsFixture.start();
  });

  afterAll(async () => {
    await misconfigured?.close();
    await fx.close();
    await receiver.stop();
  });

  it('leaves the delivery untried and due, and a replica with the right key sends it', async () => {
    const url = receiver.on('/misconfigured', () => ({ status: 204 }));
    const endpoint = await fx.createEndpoint('acc_wrong_key', { url });
    await fx.stopService();
    const wrongKey = { ...fx.config, WEBHOOK_SECRETS_KEY: Buffer.alloc(32, 9).toString('base64') };
    misconfigured = await startTestNatsService(SERVICE, AppModule.forRoot(wrongKey), wrongKey);
    const errors = jest.spyOn(Logger.prototype, 'error');
    const cannotOpen = () =>
      errors.mock.calls.filter(([message]) =>
        String(message).includes(`endpoint ${endpoint.id}: signing secret cannot be opened`),
      ).length;
    try {
      const event = await fx.accountCreated('acc_wrong_key');
      // Twice: claimed, given back, and claimed again, never attempted.
      await waitFor(() => cannotOpen() >= 2, { what: 'the misconfigured replica to claim the delivery twice' });
      const knex = misconfigured.get<MikroORM>(MikroORM).em.getKnex();
      const [delivery] = (
        await knex.raw(`select id, status, attempt_count from notifications.webhook_deliveries where endpoint_id = ?`, [
          endpoint.id,
        ])
      ).rows;
      expect(delivery).toMatchObject({ status: 'pending', attempt_count: 0 });
      expect(
        (
          await knex.raw(`select count(*)::int as n from notifications.webhook_attempts where delivery_id = ?`, [
            delivery.id,
          ])
        ).rows[0].n,
      ).toBe(0);
      expect(
        (
          await knex.raw(`select enabled, failing_since from notifications.webhook_endpoints where id = ?`, [
            endpoint.id,
          ])
        ).rows[0],
      ).toEqual({ enabled: true, failing_since: null });
      expect(receiver.at('/misconfigured')).toHaveLength(0);

      // A replica with the right key, beside the misconfigured one, gets the endpoint and sends the webhook once.
      await fx.boot();
      await waitFor(() => receiver.at('/misconfigured').length > 0, {
        what: 'the webhook from the replica with the right key',
      });
      const [sent] = await waitFor(async () => {
        const list = await fx.deliveries('acc_wrong_key');
        return list[0]?.status === 'succeeded' && list;
      });
      expect(sent.attempts).toHaveLength(1);
      expect(receiver.at('/misconfigured').map((r) => r.headers['webhook-id'])).toEqual([event.id]);
    } finally {
      errors.mockRestore();
    }
  });
});
