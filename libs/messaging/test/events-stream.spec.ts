import { connect, NatsConnection } from 'nats';
import { eventsStreamName } from '@did/contracts';
import { deleteNatsPrefix, newNatsPrefix, testNatsUrl } from '@did/testing';
import { ensureEventsStream } from '../src';

/* The test NATS is one server: the cluster side (a stream created R3) is proven by `npm run test:fleet`. */
describe('ensureEventsStream replicas (NATS_STREAM_REPLICAS) on one nats-server', () => {
  let nc: NatsConnection;
  const prefix = newNatsPrefix();

  beforeAll(async () => {
    nc = await connect({ servers: testNatsUrl() });
  });

  afterAll(async () => {
    await nc.close();
    await deleteNatsPrefix(prefix);
  });

  it('creates the stream with one replica by default', async () => {
    const jsm = await nc.jetstreamManager();
    await ensureEventsStream(jsm, prefix, 60);
    expect((await jsm.streams.info(eventsStreamName(prefix))).config.num_replicas).toBe(1);
  });

  it('refuses to move it to three replicas with a message saying what to set, and leaves it as it was', async () => {
    const jsm = await nc.jetstreamManager();
    await expect(ensureEventsStream(jsm, prefix, 60, 3)).rejects.toThrow(/from 1 to 3 replicas.*NATS_STREAM_REPLICAS/s);
    expect((await jsm.streams.info(eventsStreamName(prefix))).config.num_replicas).toBe(1);
  });

  it('refuses to create a stream with three replicas, naming NATS_STREAM_REPLICAS', async () => {
    const jsm = await nc.jetstreamManager();
    const other = newNatsPrefix();
    await expect(ensureEventsStream(jsm, other, 60, 3)).rejects.toThrow(/with 3 replicas.*NATS_STREAM_REPLICAS/s);
    await deleteNatsPrefix(other);
  });
});
