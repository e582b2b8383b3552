import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PORTING_CONFIG, PortingConfig } from '../config';
import { PortSyncService } from './port-sync.service';

/** Polls the carrier for every open order every PORTING_POLL_INTERVAL_MS: a notice that never arrives only delays a step. */
@Injectable()
export class PortPoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PortPoller.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly sync: PortSyncService,
    @Inject(PORTING_CONFIG) private readonly config: PortingConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.PORTING_POLL_INTERVAL_MS <= 0) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.sync
        .pollOnce()
        .catch((err: Error) => this.logger.error(`porting poll failed: ${err.message}`))
        .finally(() => (this.running = null));
    }, this.config.PORTING_POLL_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
