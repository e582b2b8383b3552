/*
 * An outbox relay alone in a process, for the test that SIGKILLs it mid-batch. It publishes one batch
 * of bus_test's outbox; with PAUSE_AFTER it stops after that many events are on the stream (before the
 * batch is marked sent), says so on stdout and waits there to be killed.
 */
import { MikroORM } from '@mikro-orm/postgresql';
import { connect } from 'nats';
import { serviceOrmOptions } from '@did/persistence';
import { MESSAGING_ENTITIES, OutboxRelay } from '../src';

async function main(): Promise<void> {
  const env = process.env;
  const pauseAfter = Number(env.PAUSE_AFTER ?? 0);
  const orm = await MikroORM.init(
    serviceOrmOptions({
      clientUrl: env.DATABASE_URL!,
      schema: 'bus_test',
      entities: [...MESSAGING_ENTITIES],
      migrations: [],
    }),
  );
  const nc = await connect({ servers: env.NATS_URL! });
  let published = 0;
  const relay = new OutboxRelay(orm, nc.jetstream(), {
    prefix: env.NATS_PREFIX!,
    pollMs: 20,
    batchSize: Number(env.BATCH_SIZE ?? 100),
    hooks: {
      afterPublish: async () => {
        if (++published !== pauseAfter) return;
        process.stdout.write(`paused after ${published}\n`);
        await new Promise(() => undefined);
      },
    },
  });
  const count = await relay.publishPending();
  process.stdout.write(`published ${count}\n`);
  await nc.drain();
  await orm.close(true);
}

main().catch((err: Error) => {
  process.stderr.write(`${err.stack ?? err.message}\n`);
  process.exit(1);
});
