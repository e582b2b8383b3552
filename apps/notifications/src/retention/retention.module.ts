import { Module } from '@nestjs/common';
import { RetentionService } from './retention.service';

/** Purges finished deliveries, their attempts and old events past WEBHOOK_RETENTION_DAYS. */
@Module({ providers: [RetentionService], exports: [RetentionService] })
export class RetentionModule {}
