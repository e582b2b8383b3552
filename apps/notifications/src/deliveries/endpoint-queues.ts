import type { ClaimedDelivery } from './delivery-claims';

/**
 * Claimed deliveries waiting for a request slot, one FIFO per endpoint. `next()` hands out a delivery
 * only while fewer than `poolSize` are active in all and fewer than `perEndpoint` to its endpoint,
 * taking endpoints in turn, so a slow endpoint's queue never takes a slot another endpoint could use.
 */
export class EndpointQueues {
  private readonly waiting = new Map<string, ClaimedDelivery[]>();
  private readonly active = new Map<string, number>();
  private activeTotal = 0;
  private queued = 0;

  constructor(
    private readonly poolSize: number,
    private readonly perEndpoint: number,
  ) {}

  /** Deliveries queued or in flight (the worker also holds finished ones until they are recorded). */
  get queuedOrActive(): number {
    return this.queued + this.activeTotal;
  }

  /** Deliveries queued (not yet started) for one endpoint. */
  waitingFor(endpointId: string): number {
    return this.waiting.get(endpointId)?.length ?? 0;
  }

  /** Per endpoint, the deliveries queued or in flight (only endpoints with some). */
  load(): Record<string, number> {
    const load: Record<string, number> = {};
    for (const [endpointId, queue] of this.waiting) load[endpointId] = queue.length;
    for (const [endpointId, n] of this.active) load[endpointId] = (load[endpointId] ?? 0) + n;
    return load;
  }

  add(delivery: ClaimedDelivery): void {
    const queue = this.waiting.get(delivery.endpointId);
    if (queue) queue.push(delivery);
    else this.waiting.set(delivery.endpointId, [delivery]);
    this.queued += 1;
  }

  /** The next delivery that may start now (it counts as active until `done`), or undefined. */
  next(): ClaimedDelivery | undefined {
    if (this.activeTotal >= this.poolSize) return undefined;
    for (const [endpointId, queue] of this.waiting) {
      if ((this.active.get(endpointId) ?? 0) >= this.perEndpoint) continue;
      const delivery = queue.shift() as ClaimedDelivery;
      this.waiting.delete(endpointId);
      // Back of the line: the next call starts with another endpoint.
      if (queue.length) this.waiting.set(endpointId, queue);
      this.queued -= 1;
      this.active.set(endpointId, (this.active.get(endpointId) ?? 0) + 1);
      this.activeTotal += 1;
      return delivery;
    }
    return undefined;
  }

  done(delivery: ClaimedDelivery): void {
    const n = (this.active.get(delivery.endpointId) ?? 0) - 1;
    if (n > 0) this.active.set(delivery.endpointId, n);
    else this.active.delete(delivery.endpointId);
    this.activeTotal -= 1;
  }

  /** Empties the queues and returns what they held; active deliveries stay counted until done. */
  drain(): ClaimedDelivery[] {
    const queued = [...this.waiting.values()].flat();
    this.waiting.clear();
    this.queued = 0;
    return queued;
  }
}
