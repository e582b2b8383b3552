import { MikroORM } from '@mikro-orm/postgresql';
import { waitFor } from '@did/testing';
import { NotificationsFixture } from './notifications-fixture';

/**
 * Deleting an endpoint takes its locks in the order the other writers take them. The attempt recorder locks
 * a batch's deliveries and then the endpoints that failed; a delete that locked the endpoint first and its
 * deliveries after would deadlock with it, and PostgreSQL would abort one: the user's delete or a whole
 * batch of recorded attempts (which would then be sent again).
 */
describe('deleting a webhook endpoint while an attempt to it is being recorded', () => {
  let fx: NotificationsFixture;

  beforeAll(async () => {
    // One retry, ten minutes out: after its first (refused) attempt the delivery waits, untouched by the worker.
    fx = await NotificationsFixture.start({ WEBHOOK_RETRY_SCHEDULE_MS: '600000' });
  });

  afterAll(async () => {
    await fx.close();
  });

  const knex = () => fx.app!.get<MikroORM>(MikroORM).em.getKnex();
  // A backend of this test's database waiting for a lock (a row lock is waited for on its holder's transaction id).
  const waitingForLocks = async () =>
    (
      await knex().raw(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      )
    ).rows[0].n as number;

  it('waits for the recorder, then deletes the endpoint with its deliveries; neither is aborted', async () => {
    const endpoint = await fx.createEndpoint('acc_delete_race', { url: 'http://127.0.0.1:9/never-called' });
    await fx.accountCreated('acc_delete_race');
    const [delivery] = await waitFor(
      async () => {
        const rows = (
          await knex().raw(
            `select id from notifications.webhook_deliveries where endpoint_id = ? and status = 'pending' and attempt_count = 1`,
            [endpoint.id],
          )
        ).rows as { id: string }[];
        return rows.length > 0 && rows;
      },
      { what: 'the first attempt recorded' },
    );

    // What the recorder does for a failed attempt: the delivery row, then (in the same transaction) the endpoint row.
    const recorder = await knex().transaction();
    try {
      await recorder.raw(`select id from notifications.webhook_deliveries where id = ? for update`, [delivery.id]);
      const deleted = fx.rpc.request('notifications.endpoints.delete', {
        account_id: 'acc_delete_race',
        partner_id: null,
        endpoint_id: endpoint.id,
      });
      await waitFor(async () => (await waitingForLocks()) > 0, { what: 'the delete to wait for the locked delivery' });
      await recorder.raw(`select id from notifications.webhook_endpoints where id = ? for update`, [endpoint.id]);
      await recorder.commit();
      await expect(deleted).resolves.toMatchObject({ id: endpoint.id });
    } finally {
      if (!recorder.isCompleted()) await recorder.rollback();
    }
    const left = await knex().raw(
      `select (select count(*)::int from notifications.webhook_endpoints where id = ?) as endpoints, (select count(*)::int from notifications.webhook_deliveries where endpoint_id = ?) as deliveries`,
      [endpoint.id, endpoint.id],
    );
    expect(left.rows[0]).toEqual({ endpoints: 0, deliveries: 0 });
  });
});
