import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicTask } from '@did/service-kit';
import { PORTING_CONFIG, PortingConfig } from '../config';
import { PortSyncService } from './port-sync.service';

/** Polls the carrier for every open order every PORTING_POLL_INTERVAL_MS: a notice that never arrives only delays a step. */
@Injectable()
export class PortPoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PortPoller.name);
  private readonly task: PeriodicTask<unknown>;

  constructor(sync: PortSyncService, @Inject(PORTING_CONFIG) config: PortingConfig) {
    this.task = new PeriodicTask(
      config.PORTING_POLL_INTERVAL_MS,
      () => sync.pollOnce(),
      (err) => this.logger.error(`porting poll failed: ${err.message}`),
    );
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }
}
