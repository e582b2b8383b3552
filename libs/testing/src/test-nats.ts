import { randomBytes } from 'node:crypto';
import { connect } from 'nats';
import { eventsStreamName } from '@did/contracts';
import { TEST_ENV } from './test-env';

export function testNatsUrl(): string {
  return process.env[TEST_ENV.natsUrl] ?? 'nats://127.0.0.1:4222';
}

/** A prefix no other test file or run uses, so subjects and streams never collide on the shared server. */
export function newNatsPrefix(): string {
  return `t${randomBytes(5).toString('hex')}`;
}

/** Removes the JetStream stream (and its consumers) of a test prefix. */
export async function deleteNatsPrefix(prefix: string): Promise<void> {
  const nc = await connect({ servers: testNatsUrl() });
  try {
    const jsm = await nc.jetstreamManager();
    await jsm.streams.delete(eventsStreamName(prefix)).catch(() => undefined);
  } finally {
    await nc.close();
  }
}
