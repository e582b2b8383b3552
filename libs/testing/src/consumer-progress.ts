import type { JetStreamManager } from 'nats';
import { waitFor } from './wait-for';

/**
 * Resolves once the durable consumer `durable` of `stream` has acknowledged everything up to stream
 * sequence `seq` and holds nothing unacknowledged: the positive signal that it has handled a message
 * (and all before it), for a test that then checks the message changed nothing.
 */
export async function consumerAckedThrough(
  jsm: JetStreamManager,
  stream: string,
  durable: string,
  seq: number,
  { timeoutMs = 10_000 } = {},
): Promise<void> {
  await waitFor(
    async () => {
      const info = await jsm.consumers.info(stream, durable);
      return info.ack_floor.stream_seq >= seq && info.num_ack_pending === 0;
    },
    { what: `consumer ${durable} to acknowledge ${stream} through sequence ${seq}`, timeoutMs },
  );
}
