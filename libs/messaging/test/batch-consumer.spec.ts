import type { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope, eventSubject } from '@did/contracts';
import { waitFor } from '@did/testing';
import { sql } from '@did/persistence';
import { EventConsumerRunner } from '../src';
import { BusFixture, countRows, createBusFixture } from './bus-fixture';

/**
 * Batches handled several at a time: a batch that fails falls back to one event at a time, so only
 * the poison event is retried and dead-lettered; a duplicate (a redelivery, or the same event
 * published twice) takes effect once, even when its twin is in another batch in flight.
 */
describe('batched consumer with batches in flight (real PostgreSQL and NATS)', () => {
  let bus: BusFixture;

  beforeAll(async () => {
    bus = await createBusFixture();
  });

  afterAll(async () => {
    await bus.close();
  });

  const envelope = (id: string, data: Record<string, unknown> = {}): EventEnvelope => ({
    id,
    type: 'account.created',
    version: 1,
    occurred_at: new Date().toISOString(),
    producer: 'bus-test',
    account_id: 'acc_batch',
    partner_id: null,
    data,
  });

  /** Publishes under its own message id, so JetStream keeps a second copy of the same event too. */
  const publish = async (event: EventEnvelope, msgID: string) => {
    await bus.nc
      .jetstream()
      .publish(eventSubject(bus.world.prefix, event.type), new TextEncoder().encode(JSON.stringify(event)), { msgID });
  };

  /** The effect of an event: a row; a poison event fails the same way on every try. */
  const apply = async (events: EventEnvelope[], em: EntityManager) => {
    if (events.some((e) => e.data.poison)) throw new Error('cannot apply a poison event');
    await sql(em, `insert into bus_test.effects (event_id) select jsonb_array_elements_text(?::jsonb)`, [
      JSON.stringify(events.map((e) => e.id)),
    ]);
  };

  const effectsOf = async (prefix: string) =>
    (
      await bus.orm.em
        .fork()
        .getConnection()
        .execute<{ event_id: string }[]>(
          `select event_id from bus_test.effects where event_id like ? order by event_id`,
          [`${prefix}%`],
        )
    ).map((r) => r.event_id);

  const start = async (durable: string, batches: string[][]) => {
    const runner = new EventConsumerRunner(
      bus.orm,
      bus.nc.jetstream(),
      await bus.nc.jetstreamManager(),
      bus.world.prefix,
      { now: () => new Date() },
    );
    return runner.start({
      durable,
      eventTypes: ['account.created'],
      maxDeliver: 2,
      backoffMs: [20],
      batchSize: 16,
      batchesInFlight: 2,
      batchHandler: (events, em) => {
        batches.push(events.map((e) => e.id));
        return apply(events, em);
      },
      handler: (event, em) => apply([event], em),
    });
  };

  it('applies an event published twice once, the batch that holds both committing', async () => {
    for (const id of ['evt_d1', 'evt_d2', 'evt_d3']) await publish(envelope(id), id);
    await publish(envelope('evt_d2'), 'evt_d2-again');
    await publish(envelope('evt_d4'), 'evt_d4');

    const batches: string[][] = [];
    const handle = await start('bus-test-duplicates', batches);
    try {
      await waitFor(async () => (await effectsOf('evt_d')).length >= 4, { what: 'every event applied' });
      // Whatever arrived meanwhile is not applied twice either.
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await handle.stop();
    }
    // Both copies went the batch path (nothing failed), and its handler was given the event once.
    expect(batches.flat().filter((id) => id === 'evt_d2')).toEqual(['evt_d2']);
    expect(await effectsOf('evt_d')).toEqual(['evt_d1', 'evt_d2', 'evt_d3', 'evt_d4']);
  });

  it('applies each good event once and dead-letters only the poison one', async () => {
    const good = ['evt_b1', 'evt_b2', 'evt_b3', 'evt_b4', 'evt_b5'];
    for (const id of good.slice(0, 3)) await publish(envelope(id), id);
    await publish(envelope('evt_b2'), 'evt_b2-again');
    await publish(envelope('evt_poison', { poison: true }), 'evt_poison');
    for (const id of good.slice(3)) await publish(envelope(id), id);

    const batches: string[][] = [];
    const handle = await start('bus-test-batches', batches);
    try {
      await waitFor(async () => (await countRows(bus.orm, 'dead_letters')) > 0, {
        what: 'the poison event dead-lettered',
      });
      await waitFor(async () => (await effectsOf('evt_b')).length >= good.length, { what: 'every good event applied' });
    } finally {
      await handle.stop();
    }

    // The poison event failed a batch with good events in it: the batch path was taken, and fell back.
    expect(batches.some((ids) => ids.includes('evt_poison') && ids.length > 1)).toBe(true);
    expect(await effectsOf('evt_b')).toEqual(good);
    const letters = await bus.orm.em
      .fork()
      .getConnection()
      .execute<{ event_id: string; attempts: number }[]>(`select event_id, attempts from bus_test.dead_letters`);
    expect(letters).toEqual([{ event_id: 'evt_poison', attempts: 2 }]);
  });
});
