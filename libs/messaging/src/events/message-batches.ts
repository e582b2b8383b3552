/**
 * Reads messages as they arrive and hands them over in batches of what has arrived meanwhile: an
 * idle consumer handles each message at once, a busy one up to `size` at a time. Up to `inFlight`
 * batches are processed at once (default 1: one after the other); no more than one batch waits
 * beyond those, so messages do not sit unacknowledged in this process. Resolves once the messages
 * end and every batch is done; rejects with the first batch's failure (`process` should handle its own).
 */
export async function inBatches<T>(
  messages: AsyncIterable<T>,
  size: number,
  process: (batch: T[]) => Promise<void>,
  inFlight = 1,
): Promise<void> {
  let buffer: T[] = [];
  let ended = false;
  let running = 0;
  let failure: { error: unknown } | null = null;
  // The reader and the worker may both wait (a full buffer while every slot is busy): each change wakes both.
  let waiters: (() => void)[] = [];
  const changed = () => new Promise<void>((resolve) => waiters.push(resolve));
  const notify = () => {
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };
  const worker = (async () => {
    const batches = new Set<Promise<void>>();
    for (;;) {
      if (!buffer.length || running >= inFlight) {
        if (ended && !buffer.length) break;
        await changed();
        continue;
      }
      const batch = buffer.slice(0, size);
      buffer = buffer.slice(size);
      running++;
      notify();
      const done: Promise<void> = process(batch)
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => {
          running--;
          batches.delete(done);
          notify();
        });
      batches.add(done);
    }
    await Promise.all(batches);
  })();
  for await (const msg of messages) {
    buffer.push(msg);
    notify();
    while (buffer.length >= size) await changed();
  }
  ended = true;
  notify();
  await worker;
  if (failure) throw (failure as { error: unknown }).error;
}
