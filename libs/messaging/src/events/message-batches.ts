/**
 * Reads messages as they arrive and hands them over in batches of what has arrived meanwhile: an
 * idle consumer handles each message at once, a busy one up to `size` at a time. Takes no more than
 * one batch ahead, so messages do not sit unacknowledged in this process.
 */
export async function inBatches<T>(messages: AsyncIterable<T>, size: number, process: (batch: T[]) => Promise<void>): Promise<void> {
  let buffer: T[] = [];
  let ended = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const worker = (async () => {
    for (;;) {
      if (!buffer.length) {
        if (ended) return;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      const batch = buffer.slice(0, size);
      buffer = buffer.slice(size);
      notify();
      await process(batch);
    }
  })();
  for await (const msg of messages) {
    buffer.push(msg);
    notify();
    while (buffer.length >= size) await new Promise<void>((resolve) => (wake = resolve));
  }
  ended = true;
  notify();
  await worker;
}
