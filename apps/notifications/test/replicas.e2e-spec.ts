import type { INestMicroservice } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { startTestNatsService } from '@did/service-testing';
import { waitFor } from '@did/testing';
import { AppModule, SERVICE } from '../src/app.module';
import { DeliveryClaims } from '../src/deliveries/delivery-claims';
import { DeliveryWorker } from '../src/deliveries/delivery-worker';
import { expectForeignLeaseWaitedOut } from './foreign-lease';
import { NotificationsFixture } from './notifications-fixture';
import { Receiver } from './receiver';

/** Two replicas of the service on one database and NATS prefix, as a deployment with two instances runs them. */
describe('two replicas sending to the same endpoints (endpoint leases)', () => {
  const CAP = 2;
  let fx: NotificationsFixture;
  let second: INestMicroservice | null;
  let receiver: Receiver;

  /** Deliveries each replica's worker has claimed (and so sent): the proof that both replicas did some of the work. */
  const claimed = { first: 0, second: 0 };

  /** Counts what `app`'s own DeliveryClaims hands its worker. */
  function countClaims(app: INestMicroservice, replica: keyof typeof claimed): void {
    const claims = app.get(DeliveryClaims);
    const claim = claims.claim.bind(claims);
    claims.claim = async (...args: Parameters<DeliveryClaims['claim']>) => {
      const rows = await claim(...args);
      claimed[replica] += rows.length;
      return rows;
    };
  }

  beforeAll(async () => {
    receiver = await new Receiver().start();
    fx = await NotificationsFixture.start({ WEBHOOK_ENDPOINT_CONCURRENCY: String(CAP), WEBHOOK_CONCURRENCY: '8' });
    second = await startTestNatsService(SERVICE, AppModule.forRoot(fx.config), fx.config);
    countClaims(fx.app!, 'first');
    countClaims(second, 'second');
  });

  afterAll(async () => {
    await second?.close();
    await fx.close();
    await receiver.stop();
  });

  const execute = <T extends Record<string, unknown>[]>(text: string, params: unknown[] = []) =>
    fx.app!.get<MikroORM>(MikroORM).em.getConnection().execute<T>(text, params);

  /** An endpoint whose requests each take a few milliseconds, counting how many are open at once. */
  function slowPath(path: string) {
    const open = { now: 0, max: 0 };
    const url = receiver.on(path, () => {
      open.max = Math.max(open.max, ++open.now);
      return { status: 204, hold: new Promise<void>((resolve) => setTimeout(() => (open.now--, resolve()), 5)) };
    });
    return { url, open };
  }

  it('sends every delivery exactly once, never more than the cap at once to one endpoint, across both replicas', async () => {
    const endpoints = [slowPath('/replica-a'), slowPath('/replica-b'), slowPath('/replica-c')];
    const accounts = ['acc_rep_a', 'acc_rep_b', 'acc_rep_c'];
    const ids: string[] = [];
    for (const [i, { url }] of endpoints.entries()) ids.push((await fx.createEndpoint(accounts[i], { url })).id);
    // One endpoint is each replica's already (as after a while of running), the third is free for either to take:
    // whichever replica is quicker cannot take every endpoint, so both send.
    const lease = (endpointId: string, app: INestMicroservice) =>
      execute(
        `insert into notifications.webhook_endpoint_leases (endpoint_id, leased_by, leased_until) values (?, ?, now() + interval '1 hour')`,
        [endpointId, app.get(DeliveryWorker).id],
      );
    await lease(ids[0], fx.app!);
    await lease(ids[1], second!);
    const before = { ...claimed };
    const published = [];
    for (let k = 0; k < 40; k++) for (const acc of accounts) published.push(await fx.accountCreated(acc));
    await waitFor(
      () =>
        receiver.at('/replica-a').length + receiver.at('/replica-b').length + receiver.at('/replica-c').length >=
        published.length,
      {
        what: 'every webhook',
        timeoutMs: 30_000,
      },
    );
    // Let anything sent twice arrive too before counting.
    await waitFor(
      async () =>
        (
          await execute<{ n: number }[]>(
            `select count(*)::int as n from notifications.webhook_deliveries where status = 'pending'`,
          )
        )[0].n === 0,
    );
    const sent = ['/replica-a', '/replica-b', '/replica-c'].flatMap((p) =>
      receiver.at(p).map((r) => r.headers['webhook-id']),
    );
    expect(sent).toHaveLength(published.length);
    expect(new Set(sent)).toEqual(new Set(published.map((e) => e.id)));
    for (const { open } of endpoints) expect(open.max).toBeLessThanOrEqual(CAP);
    // Both replicas sent (at least their own endpoint's 40), and between them exactly what was published.
    expect(claimed.first - before.first).toBeGreaterThanOrEqual(40);
    expect(claimed.second - before.second).toBeGreaterThanOrEqual(40);
    expect(claimed.first - before.first + claimed.second - before.second).toBe(published.length);
  });

  it('leaves an endpoint leased by another worker alone until that lease runs out, then sends what waited', async () => {
    const { url } = slowPath('/replica-foreign');
    await expectForeignLeaseWaitedOut(fx, receiver, { accountId: 'acc_rep_foreign', url, path: '/replica-foreign' });
  });

  it('gives its leases back when it stops, so the other replica sends at once', async () => {
    const { url } = slowPath('/replica-handover');
    const endpoint = await fx.createEndpoint('acc_rep_handover', { url });
    const leaving = second!.get(DeliveryWorker).id;
    // The endpoint is the second replica's: it sends the first event.
    await execute(
      `insert into notifications.webhook_endpoint_leases (endpoint_id, leased_by, leased_until) values (?, ?, now() + interval '1 hour')`,
      [endpoint.id, leaving],
    );
    const secondBefore = claimed.second;
    await fx.accountCreated('acc_rep_handover');
    await waitFor(() => receiver.at('/replica-handover').length === 1, { what: 'the first webhook' });
    expect(claimed.second - secondBefore).toBe(1);
    await second!.close();
    second = null;
    expect(
      await execute(`select endpoint_id from notifications.webhook_endpoint_leases where leased_by = ?`, [leaving]),
    ).toEqual([]);
    // Had the lease stayed, nothing would be sent to this endpoint for an hour.
    const firstBefore = claimed.first;
    await fx.accountCreated('acc_rep_handover');
    await waitFor(() => receiver.at('/replica-handover').length === 2, { what: 'the webhook after the handover' });
    expect(claimed.first - firstBefore).toBe(1);
  });

  it('keeps a full worker from holding endpoints it has nothing of: not renewed without room, and given back', async () => {
    const { url } = slowPath('/replica-idle');
    const idle = await fx.createEndpoint('acc_rep_idle', { url });
    const { url: busyUrl } = slowPath('/replica-busy');
    const busy = await fx.createEndpoint('acc_rep_busy', { url: busyUrl });
    const until = new Date(Date.now() + 3_600_000);
    for (const id of [idle.id, busy.id]) {
      await execute(
        `insert into notifications.webhook_endpoint_leases (endpoint_id, leased_by, leased_until) values (?, 'wk_full', ?)`,
        [id, until],
      );
    }
    await fx.accountCreated('acc_rep_idle');
    await fx.accountCreated('acc_rep_busy');
    await waitFor(
      async () => (await fx.deliveries('acc_rep_idle')).length + (await fx.deliveries('acc_rep_busy')).length === 2,
      { what: 'both deliveries created' },
    );
    const claims = fx.app!.get(DeliveryClaims);
    const leases = async () =>
      Object.fromEntries(
        (
          await execute<{ endpoint_id: string; leased_until: string }[]>(
            `select endpoint_id, leased_until from notifications.webhook_endpoint_leases where leased_by = 'wk_full'`,
          )
        ).map((r) => [r.endpoint_id, new Date(r.leased_until).getTime()]),
      );
    // No room, holding a row of the busy endpoint only: the busy one is renewed, the idle one is not, and nothing is read.
    expect(await claims.claim('wk_full', 0, new Date(), { ids: [], load: {}, endpoints: [busy.id] })).toEqual([]);
    const renewed = await leases();
    expect(renewed[busy.id]).toBeLessThan(until.getTime());
    expect(renewed[idle.id]).toBe(until.getTime());
    await claims.giveBack('wk_full', [busy.id]);
    expect(Object.keys(await leases())).toEqual([busy.id]);
    // The idle endpoint is free now: a replica sends its delivery.
    await waitFor(() => receiver.at('/replica-idle').length === 1, {
      what: "the idle endpoint's webhook from another worker",
    });
    expect(receiver.at('/replica-busy')).toHaveLength(0);
  });
});
