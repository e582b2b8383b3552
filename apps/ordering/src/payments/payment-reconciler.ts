import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ORDERING_CONFIG, OrderingConfig } from '../config';
import { PaymentsService } from './payments.service';

/**
 * Settles payments a processor timeout or a crash left pending, when no client retries them: the
 * processor is asked again with the same key, so a card charged before the timeout is credited once.
 */
@Injectable()
export class PaymentReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PaymentReconciler');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly payments: PaymentsService,
    @Inject(ORDERING_CONFIG) private readonly config: OrderingConfig,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.PAYMENT_RECONCILE_INTERVAL_MS;
    if (every > 0) this.timer = setInterval(() => void this.run().catch((err: Error) => this.logger.error(err.stack ?? err.message)), every);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass; returns how many payments it settled. */
  run(): Promise<number> {
    this.running ??= this.payments.reconcilePending(this.config.PAYMENT_RECONCILE_AFTER_MS).finally(() => (this.running = null));
    return this.running;
  }
}
