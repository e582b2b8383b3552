import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '@did/persistence';
import { CLOCK, Clock, PeriodicTask } from '@did/service-kit';
import { PORTING_CONFIG, PortingConfig } from '../config';

/**
 * Deletes the chunks of uploads that were never finished (a client or gateway that gave up, a
 * failed discard) PORTING_UPLOAD_TTL_HOURS after they were stored, every
 * PORTING_UPLOAD_CLEAN_INTERVAL_MS. Chunks of finished documents are never touched.
 */
@Injectable()
export class UploadCleaner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(UploadCleaner.name);
  private readonly task: PeriodicTask<unknown>;
  private readonly ttlMs: number;

  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PORTING_CONFIG) config: PortingConfig,
  ) {
    this.ttlMs = config.PORTING_UPLOAD_TTL_HOURS * 3_600_000;
    this.task = new PeriodicTask(
      config.PORTING_UPLOAD_CLEAN_INTERVAL_MS,
      () => this.cleanOnce(),
      (err) => this.logger.error(`upload cleaning failed: ${err.message}`),
    );
  }

  /** One pass: deletes abandoned chunks and returns how many. */
  async cleanOnce(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - this.ttlMs);
    // An upload is abandoned as a whole once its newest chunk is old: a slow upload still in progress keeps its first chunks.
    const rows = await sql(
      this.em.fork(),
      `delete from "porting"."document_chunks" c
        where not c.finished and c.created_at < ?
          and not exists (select 1 from "porting"."document_chunks" n where n.document_id = c.document_id and not n.finished and n.created_at >= ?)
        returning c.index`,
      [cutoff, cutoff],
    );
    if (rows.length) this.logger.log(`deleted ${rows.length} chunks of abandoned uploads`);
    return rows.length;
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }
}
