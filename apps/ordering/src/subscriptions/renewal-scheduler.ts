import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicTask } from '@did/service-kit';
import { ORDERING_CONFIG, OrderingConfig } from '../config';
import { RenewalRun, RenewalsService } from './renewals.service';

/** Runs the renewal job every RENEWAL_INTERVAL_MS (0: never; tests call runOnce). One pass at a time per replica; replicas may overlap safely. */
@Injectable()
export class RenewalScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Renewals');
  private readonly task: PeriodicTask<RenewalRun>;

  constructor(
    private readonly renewals: RenewalsService,
    @Inject(ORDERING_CONFIG) config: OrderingConfig,
  ) {
    this.task = new PeriodicTask(
      config.RENEWAL_INTERVAL_MS,
      () => this.pass(),
      (err) => this.logger.error(err.stack ?? err.message),
    );
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }

  run(): Promise<RenewalRun> {
    return this.task.run();
  }

  private async pass(): Promise<RenewalRun> {
    const r = await this.renewals.runOnce();
    if (r.renewed || r.failed || r.ended)
      this.logger.log(
        `renewed ${r.renewed}, failed ${r.failed}, ended ${r.ended}, low-balance notices ${r.lowBalanceNotices}`,
      );
    return r;
  }
}
