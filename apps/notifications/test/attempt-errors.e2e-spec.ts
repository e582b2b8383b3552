import { waitFor } from '@did/testing';
import { NotificationsFixture } from './notifications-fixture';
import { Receiver } from './receiver';

/** Attempts that get no answer: each is logged with its error and retried, and the connection it held is freed. */
describe('webhook attempts without an answer (timeouts, refused connections)', () => {
  // Long enough that the retry (answered at once) never times out too on a loaded machine; the first request is held forever.
  const TIMEOUT_MS = 1_500;
  let fx: NotificationsFixture;
  let receiver: Receiver;
  let releaseHeld!: () => void;
  const held = new Promise<void>((resolve) => (releaseHeld = resolve));

  beforeAll(async () => {
    receiver = await new Receiver().start();
    fx = await NotificationsFixture.start({
      WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS),
      WEBHOOK_RETRY_SCHEDULE_MS: '50,50',
    });
  });

  afterAll(async () => {
    releaseHeld();
    await fx.close();
    await receiver.stop();
  });

  it('gives up on an endpoint that does not answer within the timeout, logs it, and succeeds on the retry', async () => {
    const url = receiver.on('/silent', (k) => (k === 1 ? { status: 200, hold: held } : { status: 200 }));
    await fx.createEndpoint('acc_silent', { url });
    const event = await fx.accountCreated('acc_silent');
    const [delivery] = await waitFor(
      async () => {
        const list = await fx.deliveries('acc_silent');
        return list[0]?.status === 'succeeded' && list;
      },
      { what: 'the retried delivery' },
    );
    expect(delivery.attempts).toEqual([
      expect.objectContaining({ status_code: null, error: `timeout after ${TIMEOUT_MS} ms` }),
      expect.objectContaining({ status_code: 200, error: null }),
    ]);
    expect(delivery.attempts[0].latency_ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    expect(receiver.at('/silent').map((r) => r.headers['webhook-id'])).toEqual([event.id, event.id]);
  });

  it('logs a refused connection with its error code and retries it on the schedule', async () => {
    // A port nothing listens on: the receiver's, once it is closed.
    const closed = await new Receiver().start();
    const url = closed.on('/gone', () => ({ status: 200 }));
    await closed.stop();
    await fx.createEndpoint('acc_refused', { url });
    await fx.accountCreated('acc_refused');
    const [delivery] = await waitFor(
      async () => {
        const list = await fx.deliveries('acc_refused');
        return list[0]?.status === 'failed' && list;
      },
      { what: 'the delivery given up' },
    );
    expect(delivery.attempts).toHaveLength(3);
    for (const attempt of delivery.attempts)
      expect(attempt).toMatchObject({ status_code: null, error: expect.stringMatching(/^ECONNREFUSED: /) });
  });
});
