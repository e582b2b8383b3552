/**
 * Reads messages as they arrive and hands them over in batches of what has arrived meanwhile (an
 * idle consumer handles a message at once, a busy one up to `size` at a time), with up to
 * `concurrency` batches being processed at once: while one batch's transaction is in the database,
 * the next is read, parsed and rated, and its statements can run on another core. Reads no more than
 * one batch ahead of the batches in flight, so messages do not sit unacknowledged in this process.
 * Resolves when the messages end and every batch is done; a batch that throws rejects it then.
 */
export async function inConcurrentBatches<T>(messages: AsyncIterable<T>, size: number, concurrency: number, process: (batch: T[]) => Promise<void>): Promise<void> {
  let buffer: T[] = [];
  let inFlight = 0;
  let failure: { error: unknown } | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const sleep = () => new Promise<void>((resolve) => (wake = resolve));
  const startBatches = () => {
    while (inFlight < concurrency && buffer.length) {
      const batch = buffer.length <= size ? buffer : buffer.slice(0, size);
      buffer = buffer.length <= size ? [] : buffer.slice(size);
      inFlight++;
      process(batch)
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => {
          inFlight--;
          startBatches();
          notify();
        });
    }
  };
  for await (const msg of messages) {
    buffer.push(msg);
    startBatches();
    while (buffer.length >= size) await sleep();
  }
  while (buffer.length || inFlight) {
    startBatches();
    await sleep();
  }
  if (failure) throw (failure as { error: unknown }).error;
}
