import { connect, NatsConnection } from 'nats';

/**
 * Opens a NATS connection that keeps reconnecting forever: a NATS restart must not take services down.
 * The first connect fails fast, so a service started without NATS says so instead of hanging.
 */
export async function connectNats(url: string, name: string): Promise<NatsConnection> {
  try {
    return await connect({ servers: url.split(','), name, maxReconnectAttempts: -1, reconnectTimeWait: 500, timeout: 3_000 });
  } catch (err) {
    throw new Error(`Cannot connect to NATS at ${url} (${(err as Error).message}). Start nats-server with JetStream (-js) or set NATS_URL.`);
  }
}
