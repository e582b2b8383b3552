import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicTask } from '@did/service-kit';
import { ORDERING_CONFIG, OrderingConfig } from '../config';
import { PaymentsService } from './payments.service';

/**
 * Settles payments a processor timeout or a crash left pending, when no client retries them: the
 * processor is asked again with the same key, so a card charged before the timeout is credited once.
 */
@Injectable()
export class PaymentReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PaymentReconciler');
  private readonly task: PeriodicTask<number>;

  constructor(
    private readonly payments: PaymentsService,
    @Inject(ORDERING_CONFIG) config: OrderingConfig,
  ) {
    this.task = new PeriodicTask(
      config.PAYMENT_RECONCILE_INTERVAL_MS,
      () => this.payments.reconcilePending(config.PAYMENT_RECONCILE_AFTER_MS),
      (err) => this.logger.error(err.stack ?? err.message),
    );
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }

  /** One pass; returns how many payments it settled. */
  run(): Promise<number> {
    return this.task.run();
  }
}
