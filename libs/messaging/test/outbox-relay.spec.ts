import { Events, eventsStreamName } from '@did/contracts';
import { consumerAckedThrough, waitFor } from '@did/testing';
import { appendToOutbox, EventConsumerRunner, OutboxRelay, OutboxRelaySettings } from '../src';
import { BusFixture, commitAccountCreated, countRows, createBusFixture, Effect } from './bus-fixture';
import { RelayProcess } from './relay-process';

describe('outbox relay and durable consumers (real PostgreSQL and NATS)', () => {
  let bus: BusFixture;

  beforeEach(async () => {
    bus = await createBusFixture();
  });

  afterEach(async () => {
    await bus.close();
  });

  function relay(settings: Partial<OutboxRelaySettings> = {}) {
    return new OutboxRelay(bus.orm, bus.nc.jetstream(), { prefix: bus.world.prefix, pollMs: 20, ...settings });
  }

  /** The event id of every message on the events stream, in stream order. */
  async function streamEventIds(): Promise<string[]> {
    const jsm = await bus.nc.jetstreamManager();
    const stream = eventsStreamName(bus.world.prefix);
    const { state } = await jsm.streams.info(stream);
    const ids: string[] = [];
    for (let seq = state.first_seq; state.messages > 0 && seq <= state.last_seq; seq++)
      ids.push((await jsm.streams.getMessage(stream, { seq })).json<{ id: string }>().id);
    return ids;
  }

  async function commitAccountsCreated(n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push(await commitAccountCreated(bus.orm, `acc_${i}`));
    return ids;
  }

  it('loses nothing and duplicates nothing when a relay process is SIGKILLed with part of its batch published', async () => {
    const ids = await commitAccountsCreated(10);
    const child = new RelayProcess({
      DATABASE_URL: bus.world.db.url,
      NATS_URL: bus.world.config.NATS_URL,
      NATS_PREFIX: bus.world.prefix,
      BATCH_SIZE: '10',
      PAUSE_AFTER: '4',
    });
    try {
      await child.said(/paused after 4/);
    } finally {
      await child.kill();
    }
    // Killed between publishing and marking: four events are out, none is marked sent.
    expect(await streamEventIds()).toEqual(ids.slice(0, 4));
    expect(await countRows(bus.orm, 'outbox_events', 'published_at is null')).toBe(10);

    // A relay started after it publishes the whole batch again; JetStream drops the four it already has.
    // (Until PostgreSQL has noticed the dead connection, its rows stay locked and are skipped.)
    const restarted = relay();
    await waitFor(
      async () =>
        (await restarted.publishPending(), await countRows(bus.orm, 'outbox_events', 'published_at is null')) === 0,
      { what: 'the batch published again' },
    );
    expect((await streamEventIds()).sort()).toEqual([...ids].sort());

    const runner = new EventConsumerRunner(
      bus.orm,
      bus.nc.jetstream(),
      await bus.nc.jetstreamManager(),
      bus.world.prefix,
      { now: () => new Date() },
    );
    const handle = await runner.start({
      durable: 'bus-test-effects',
      eventTypes: ['account.created'],
      handler: async (event, em) => {
        em.persist(em.create(Effect, { eventId: event.id }));
      },
    });
    await consumerAckedThrough(
      await bus.nc.jetstreamManager(),
      eventsStreamName(bus.world.prefix),
      'bus-test-effects',
      ids.length,
    );
    await handle.stop();
    const effects = await bus.orm.em
      .fork()
      .getConnection()
      .execute<{ event_id: string }[]>('select event_id from bus_test.effects order by event_id');
    expect(effects.map((e) => e.event_id)).toEqual([...ids].sort());
  });

  it('two relays racing over one outbox publish every event once between them, each a share', async () => {
    const ids = await commitAccountsCreated(200);
    const drain = async (r: OutboxRelay) => {
      let total = 0;
      for (let n = await r.publishPending(); n > 0; n = await r.publishPending()) total += n;
      return total;
    };
    const [a, b] = await Promise.all([drain(relay({ batchSize: 10 })), drain(relay({ batchSize: 10 }))]);
    // Counted by each relay, not by the stream (which would drop a row published twice as a duplicate).
    expect(a + b).toBe(ids.length);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(await countRows(bus.orm, 'outbox_events', 'published_at is null')).toBe(0);
    expect((await streamEventIds()).sort()).toEqual([...ids].sort());
  });

  it('applies a redelivered event only once (inbox), even when JetStream no longer deduplicates it', async () => {
    const eventId = await commitAccountCreated(bus.orm, 'acc_2');
    await relay().publishPending();
    // The same envelope published again under another message id: past the duplicate window, say.
    const [row] = await bus.orm.em
      .fork()
      .getConnection()
      .execute('select envelope from bus_test.outbox_events where id = ?', [eventId]);
    await bus.nc.jetstream().publish(`${bus.world.prefix}.events.account.created`, JSON.stringify(row.envelope), {
      msgID: `${eventId}-again`,
    });
    expect(await streamEventIds()).toEqual([eventId, eventId]);

    let calls = 0;
    const runner = new EventConsumerRunner(
      bus.orm,
      bus.nc.jetstream(),
      await bus.nc.jetstreamManager(),
      bus.world.prefix,
      { now: () => new Date() },
    );
    const handle = await runner.start({
      durable: 'bus-test-inbox',
      eventTypes: ['account.created'],
      handler: async (event, em) => {
        calls++;
        em.persist(em.create(Effect, { eventId: event.id }));
      },
    });
    await waitFor(async () => (await countRows(bus.orm, 'inbox_records', 'consumer = ?', ['bus-test-inbox'])) === 1, {
      what: 'the inbox record',
    });
    // The consumer has acknowledged both stream messages: the second was handled too, then the effect is counted.
    await consumerAckedThrough(
      await bus.nc.jetstreamManager(),
      eventsStreamName(bus.world.prefix),
      'bus-test-inbox',
      2,
    );
    await handle.stop();
    expect(calls).toBe(1);
    expect(await countRows(bus.orm, 'effects')).toBe(1);
  });

  it('moves an event that keeps failing to the dead-letter table after max_deliver attempts', async () => {
    const eventId = await commitAccountCreated(bus.orm, 'acc_3');
    await relay().publishPending();

    let attempts = 0;
    const runner = new EventConsumerRunner(
      bus.orm,
      bus.nc.jetstream(),
      await bus.nc.jetstreamManager(),
      bus.world.prefix,
      { now: () => new Date() },
    );
    const handle = await runner.start({
      durable: 'bus-test-failing',
      eventTypes: ['account.created'],
      maxDeliver: 3,
      backoffMs: [20, 40],
      handler: async (_event, em) => {
        attempts++;
        em.persist(em.create(Effect, { eventId: 'must-not-commit' }));
        throw new Error(`handler broke (attempt ${attempts})`);
      },
    });
    await waitFor(async () => (await countRows(bus.orm, 'dead_letters')) === 1, { what: 'the dead letter' });
    await handle.stop();

    const [dead] = await bus.orm.em.fork().getConnection().execute('select * from bus_test.dead_letters');
    expect(dead).toMatchObject({
      consumer: 'bus-test-failing',
      event_id: eventId,
      event_type: 'account.created',
      attempts: 3,
      error: 'handler broke (attempt 3)',
    });
    expect(attempts).toBe(3);
    // The failed attempts rolled back: no effect, and the event is not marked processed.
    expect(await countRows(bus.orm, 'effects')).toBe(0);
    expect(await countRows(bus.orm, 'inbox_records')).toBe(0);
  });

  it('in batch mode, dead-letters only the failing event of a batch and applies the others once', async () => {
    const ids: string[] = [];
    for (const acc of ['acc_b1', 'acc_b2', 'acc_b3', 'acc_b4']) ids.push(await commitAccountCreated(bus.orm, acc));
    await relay().publishPending();
    const poisoned = ids[1];
    const runner = new EventConsumerRunner(
      bus.orm,
      bus.nc.jetstream(),
      await bus.nc.jetstreamManager(),
      bus.world.prefix,
      { now: () => new Date() },
    );
    const handle = await runner.start({
      durable: 'bus-test-batch',
      eventTypes: ['account.created'],
      maxDeliver: 2,
      backoffMs: [20],
      batchSize: 8,
      handler: async (event, em) => {
        em.persist(em.create(Effect, { eventId: event.id }));
        if (event.id === poisoned) throw new Error('poisoned');
      },
    });
    await waitFor(
      async () => (await countRows(bus.orm, 'dead_letters')) === 1 && (await countRows(bus.orm, 'effects')) === 3,
      { what: 'three effects and one dead letter' },
    );
    await handle.stop();

    const effects = await bus.orm.em
      .fork()
      .getConnection()
      .execute<{ event_id: string }[]>('select event_id from bus_test.effects order by event_id');
    expect(effects.map((e) => e.event_id)).toEqual(ids.filter((id) => id !== poisoned).sort());
    const [dead] = await bus.orm.em.fork().getConnection().execute('select * from bus_test.dead_letters');
    expect(dead).toMatchObject({ consumer: 'bus-test-batch', event_id: poisoned, error: 'poisoned' });
  });

  it('with a batchHandler, the new events of a batch are handled at once; a failing batch falls back to the handler one event at a time', async () => {
    const ids: string[] = [];
    for (const acc of ['acc_h1', 'acc_h2', 'acc_h3']) ids.push(await commitAccountCreated(bus.orm, acc));
    await relay().publishPending();
    const batches: number[] = [];
    let failFirstBatch = true;
    const runner = new EventConsumerRunner(
      bus.orm,
      bus.nc.jetstream(),
      await bus.nc.jetstreamManager(),
      bus.world.prefix,
      { now: () => new Date() },
    );
    const handle = await runner.start({
      durable: 'bus-test-batch-handler',
      eventTypes: ['account.created'],
      backoffMs: [20],
      batchSize: 8,
      batchHandler: async (events, em) => {
        batches.push(events.length);
        await em.insertMany(
          Effect,
          events.map((e) => ({ eventId: e.id })),
        );
        if (failFirstBatch) {
          failFirstBatch = false;
          throw new Error('batch broke');
        }
      },
      handler: async (event, em) => {
        em.persist(em.create(Effect, { eventId: `one:${event.id}` }));
      },
    });
    // Applied by the batch handler (its own id) or by the one-at-a-time handler (one:<id>).
    const applied = async () =>
      (
        (await bus.orm.em
          .fork()
          .getConnection()
          .execute<{ event_id: string }[]>('select event_id from bus_test.effects')) as { event_id: string }[]
      )
        .map((e) => e.event_id.replace(/^one:/, ''))
        .filter((id) => ids.includes(id))
        .sort();
    await waitFor(async () => (await applied()).length >= 3, { what: 'the three events applied' });
    await handle.stop();
    // The failed batch rolled back (its inserts too), and each event was applied exactly once.
    expect(await applied()).toEqual([...ids].sort());
    // Both paths ran: the batch handler, and the one-at-a-time handler for the batch that failed.
    expect(batches.length).toBeGreaterThan(0);
    const effects = (await bus.orm.em
      .fork()
      .getConnection()
      .execute<{ event_id: string }[]>('select event_id from bus_test.effects')) as { event_id: string }[];
    expect(effects.some((e) => e.event_id.startsWith('one:'))).toBe(true);
  });

  it('retries a transient failure and applies the effect once', async () => {
    await commitAccountCreated(bus.orm, 'acc_4');
    await relay().publishPending();
    let attempts = 0;
    const runner = new EventConsumerRunner(
      bus.orm,
      bus.nc.jetstream(),
      await bus.nc.jetstreamManager(),
      bus.world.prefix,
      { now: () => new Date() },
    );
    const handle = await runner.start({
      durable: 'bus-test-transient',
      eventTypes: ['account.created'],
      maxDeliver: 5,
      backoffMs: [20],
      handler: async (event, em) => {
        attempts++;
        if (attempts < 3) throw new Error('database blip');
        em.persist(em.create(Effect, { eventId: event.id }));
      },
    });
    await waitFor(async () => (await countRows(bus.orm, 'effects')) === 1, { what: 'the effect' });
    await handle.stop();
    expect(attempts).toBe(3);
    expect(await countRows(bus.orm, 'dead_letters')).toBe(0);
  });

  it('never dead-letters a transient failure: a handler whose database is unreachable for more than max_deliver attempts applies the event once it is back', async () => {
    await commitAccountCreated(bus.orm, 'acc_5');
    await relay().publishPending();
    let attempts = 0;
    const runner = new EventConsumerRunner(
      bus.orm,
      bus.nc.jetstream(),
      await bus.nc.jetstreamManager(),
      bus.world.prefix,
      { now: () => new Date() },
    );
    const handle = await runner.start({
      durable: 'bus-test-outage',
      eventTypes: ['account.created'],
      maxDeliver: 2,
      backoffMs: [20],
      transientRetryMaxMs: 20,
      handler: async (event, em) => {
        attempts++;
        if (attempts <= 6)
          throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
        em.persist(em.create(Effect, { eventId: event.id }));
      },
    });
    await waitFor(async () => (await countRows(bus.orm, 'effects')) === 1, { what: 'the effect after the outage' });
    await handle.stop();
    expect(attempts).toBe(7);
    expect(await countRows(bus.orm, 'dead_letters')).toBe(0);
  });

  it('never dead-letters an event whose inbox write the database refuses; it is applied once the table is back', async () => {
    const eventId = await commitAccountCreated(bus.orm, 'acc_6');
    await relay().publishPending();
    const exec = (q: string) => bus.orm.em.fork().getConnection().execute(q);
    await exec('alter table bus_test.inbox_records rename to inbox_records_away');
    let handled = 0;
    const runner = new EventConsumerRunner(
      bus.orm,
      bus.nc.jetstream(),
      await bus.nc.jetstreamManager(),
      bus.world.prefix,
      { now: () => new Date() },
    );
    const handle = await runner.start({
      durable: 'bus-test-inbox-refused',
      eventTypes: ['account.created'],
      maxDeliver: 2,
      backoffMs: [20],
      transientRetryMaxMs: 50,
      handler: async (event, em) => {
        handled++;
        em.persist(em.create(Effect, { eventId: event.id }));
      },
    });
    // Delivered twice past max_deliver (2) while the inbox is away: each delivery was refused, none dead-lettered.
    const jsm = await bus.nc.jetstreamManager();
    await waitFor(
      async () =>
        (await jsm.consumers.info(eventsStreamName(bus.world.prefix), 'bus-test-inbox-refused')).delivered
          .consumer_seq >= 4,
      { what: 'four deliveries of the event' },
    );
    expect(handled).toBe(0);
    expect(await countRows(bus.orm, 'dead_letters')).toBe(0);
    await exec('alter table bus_test.inbox_records_away rename to inbox_records');
    await waitFor(async () => (await countRows(bus.orm, 'effects')) === 1, {
      what: 'the effect once the inbox is back',
    });
    await handle.stop();
    expect(handled).toBe(1);
    expect(await countRows(bus.orm, 'dead_letters')).toBe(0);
    const [inboxRow] = await exec(
      `select event_id from bus_test.inbox_records where consumer = 'bus-test-inbox-refused'`,
    );
    expect(inboxRow).toEqual({ event_id: eventId });
  });

  it('publishes nothing when the transaction that wrote the event rolls back', async () => {
    await expect(
      bus.orm.em.fork().transactional(async (em) => {
        await commitAccountCreated(bus.orm, 'unused'); // committed separately: one event expected
        em.persist(em.create(Effect, { eventId: 'x' }));
        await appendToOutbox(
          em,
          'bus-test',
          Events.ApiKeyRevoked,
          { api_key_id: 'key_1', account_id: 'acc_1', revoked_at: new Date().toISOString() },
          { accountId: 'acc_1', partnerId: null },
          new Date(),
        );
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await countRows(bus.orm, 'outbox_events')).toBe(1);
    expect(await countRows(bus.orm, 'outbox_events', "type = 'api_key.revoked'")).toBe(0);
    expect(await countRows(bus.orm, 'effects')).toBe(0);
  });
});
