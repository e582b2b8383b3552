import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ORDERING_CONFIG, OrderingConfig } from '../config';
import { RenewalRun, RenewalsService } from './renewals.service';

/** Runs the renewal job every RENEWAL_INTERVAL_MS (0: never; tests call runOnce). One pass at a time per replica; replicas may overlap safely. */
@Injectable()
export class RenewalScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Renewals');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<RenewalRun> | null = null;

  constructor(
    private readonly renewals: RenewalsService,
    @Inject(ORDERING_CONFIG) private readonly config: OrderingConfig,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.RENEWAL_INTERVAL_MS;
    if (every > 0) this.timer = setInterval(() => void this.run().catch((err: Error) => this.logger.error(err.stack ?? err.message)), every);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  run(): Promise<RenewalRun> {
    this.running ??= this.renewals
      .runOnce()
      .then((r) => {
        if (r.renewed || r.failed || r.ended) this.logger.log(`renewed ${r.renewed}, failed ${r.failed}, ended ${r.ended}, low-balance notices ${r.lowBalanceNotices}`);
        return r;
      })
      .finally(() => (this.running = null));
    return this.running;
  }
}
