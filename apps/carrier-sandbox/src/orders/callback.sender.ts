import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { CARRIER_ORDER_COMPLETED, type CarrierOrderCallback } from '@did/contracts';
import { CLOCK, type Clock } from '@did/service-kit';
import { type CarrierSandboxConfig, SANDBOX_CONFIG } from '../config';
import { CarrierOrder } from './entities/carrier-order.entity';
import { presentOrder } from './order.presenter';

/** Waits before the 2nd and 3rd attempt; then the carrier gives up, as real carriers do. */
const RETRY_DELAYS_MS = [500, 2_000];

/**
 * POSTs `{event: "carrier.order.completed", order}` as JSON to an order's callback_url. Any 2xx is
 * delivered; anything else (or no answer within CALLBACK_TIMEOUT_MS) is retried, 3 attempts in all.
 * The attempt count, last error and delivery time are kept on the order for debugging.
 */
@Injectable()
export class CallbackSender implements OnApplicationShutdown {
  private readonly logger = new Logger(CallbackSender.name);
  private stopped = false;

  constructor(
    private readonly orm: MikroORM,
    @Inject(SANDBOX_CONFIG) private readonly config: CarrierSandboxConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationShutdown(): void {
    this.stopped = true;
  }

  /** Starts delivery in the background; the order is already completed whatever happens here. */
  deliver(order: CarrierOrder): void {
    this.attempt(order, 0).catch((err) =>
      this.logger.error(`callback of ${order.id}: ${(err as Error).stack ?? String(err)}`),
    );
  }

  private async attempt(order: CarrierOrder, attempt: number): Promise<void> {
    if (this.stopped || !order.callbackUrl) return;
    const body: CarrierOrderCallback = { event: CARRIER_ORDER_COMPLETED, order: presentOrder(order) };
    let error: string | null = null;
    try {
      const res = await fetch(order.callbackUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.config.CALLBACK_TIMEOUT_MS),
      });
      if (!res.ok) error = `HTTP ${res.status}`;
      await res.body?.cancel();
    } catch (err) {
      error = (err as Error).message;
    }
    if (this.stopped) return;
    await this.orm.em.fork().nativeUpdate(
      CarrierOrder,
      { id: order.id },
      {
        callbackAttempts: attempt + 1,
        callbackLastError: error,
        ...(error ? {} : { callbackDeliveredAt: this.clock.now() }),
      },
    );
    const wait = RETRY_DELAYS_MS[attempt];
    if (!error || wait === undefined) return;
    await new Promise((resolve) => setTimeout(resolve, wait));
    return this.attempt(order, attempt + 1);
  }
}
