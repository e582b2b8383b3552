import { EventEnvelope, eventSubject } from '@did/contracts';
import { waitFor } from '@did/testing';
import { EventConsumerRunner, OutboxRelay } from '../src';
import { BusFixture, commitAccountCreated, createBusFixture } from './bus-fixture';

/** Every new dead letter is told to operators as a `dead_letter.created` event, committed with its row. */
describe('dead_letter.created (real PostgreSQL and NATS)', () => {
  let bus: BusFixture;

  beforeAll(async () => {
    bus = await createBusFixture();
  });

  afterAll(async () => {
    await bus.close();
  });

  const deadLetterEvents = async (): Promise<EventEnvelope[]> => {
    const rows: { envelope: EventEnvelope }[] = await bus.orm.em
      .fork()
      .getConnection()
      .execute(`select envelope from bus_test.outbox_events where type = 'dead_letter.created' order by id`);
    return rows.map((r) => r.envelope);
  };

  it('writes one event per new dead letter, with the id operators re-drive it by, and none for the same event failing again', async () => {
    const eventId = await commitAccountCreated(bus.orm, 'acc_dead');
    await new OutboxRelay(bus.orm, bus.nc.jetstream(), { prefix: bus.world.prefix, pollMs: 60_000 }).publishPending();
    const runner = new EventConsumerRunner(
      bus.orm,
      bus.nc.jetstream(),
      await bus.nc.jetstreamManager(),
      bus.world.prefix,
      { now: () => new Date() },
      'bus-test',
    );
    const start = () =>
      runner.start({
        durable: 'bus-test-poisoned',
        eventTypes: ['account.created'],
        maxDeliver: 2,
        backoffMs: [20],
        handler: async () => {
          throw new Error('cannot apply this event');
        },
      });

    let handle = await start();
    const [event] = await waitFor(
      async () => {
        const events = await deadLetterEvents();
        return events.length ? events : undefined;
      },
      { what: 'the dead_letter.created event' },
    );
    await handle.stop();
    const [row] = await bus.orm.em.fork().getConnection().execute(`select id::text as id from bus_test.dead_letters`);
    expect(event).toMatchObject({
      type: 'dead_letter.created',
      producer: 'bus-test',
      account_id: null,
      data: {
        dead_letter_id: row.id,
        service: 'bus-test',
        consumer: 'bus-test-poisoned',
        event_id: eventId,
        event_type: 'account.created',
        error: 'cannot apply this event',
        attempts: 2,
      },
    });

    // The same event fails again (a second delivery of it, as after a failed re-drive): the row is updated, nobody is told twice.
    await bus.orm.em.fork().getConnection().execute(`update bus_test.dead_letters set attempts = 0`);
    const [original] = await bus.orm.em
      .fork()
      .getConnection()
      .execute(`select envelope from bus_test.outbox_events where type = 'account.created'`);
    await bus.nc
      .jetstream()
      .publish(
        eventSubject(bus.world.prefix, 'account.created'),
        new TextEncoder().encode(JSON.stringify(original.envelope)),
        { msgID: `${eventId}-again` },
      );
    handle = await start();
    await waitFor(
      async () =>
        (await bus.orm.em.fork().getConnection().execute(`select attempts from bus_test.dead_letters`))[0].attempts ===
        2,
      { what: 'the second failure recorded' },
    );
    await handle.stop();
    expect(await deadLetterEvents()).toHaveLength(1);
  });
});
