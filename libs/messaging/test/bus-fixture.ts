import { Entity, MikroORM, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { connect, NatsConnection } from 'nats';
import { Events } from '@did/contracts';
import { serviceOrmOptions } from '@did/persistence';
import { createTestWorld, TestWorld } from '@did/testing';
import { appendToOutbox, ensureEventsStream, MESSAGING_ENTITIES } from '../src';

/** A row a consumer writes as the "effect" of an event, to count how often an effect happened. */
@Entity({ tableName: 'effects' })
export class Effect {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  eventId!: string;
}

export interface BusFixture {
  world: TestWorld;
  orm: MikroORM;
  nc: NatsConnection;
  close(): Promise<void>;
}

/** A database schema with the messaging tables, a NATS connection and the events stream of a fresh prefix. */
export async function createBusFixture(): Promise<BusFixture> {
  const world = await createTestWorld();
  const orm = await MikroORM.init(
    serviceOrmOptions({
      clientUrl: world.db.url,
      schema: 'bus_test',
      entities: [...MESSAGING_ENTITIES, Effect],
      migrations: [],
    }),
  );
  await orm.schema.createSchema({ schema: 'bus_test' });
  const nc = await connect({ servers: world.config.NATS_URL });
  await ensureEventsStream(await nc.jetstreamManager(), world.prefix, 60);
  return {
    world,
    orm,
    nc,
    close: async () => {
      await nc.drain();
      await orm.close(true);
      await world.cleanup();
    },
  };
}

/** Commits one `account.created` event through the outbox, as a service would with its state change. */
export async function commitAccountCreated(orm: MikroORM, accountId: string): Promise<string> {
  const now = new Date();
  return orm.em.fork().transactional(async (em) => {
    const envelope = await appendToOutbox(
      em,
      'bus-test',
      Events.AccountCreated,
      {
        account_id: accountId,
        type: 'partner',
        parent_id: null,
        name: 'Acme',
        currency: 'USD',
        created_at: now.toISOString(),
      },
      { accountId, partnerId: null },
      now,
    );
    return envelope.id;
  });
}

export async function countRows(orm: MikroORM, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute(`select count(*)::int as n from bus_test.${table} where ${where}`, params);
  return rows[0].n as number;
}
