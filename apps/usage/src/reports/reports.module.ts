import { Module } from '@nestjs/common';
import { HeldRecordsService } from './held-records.service';
import { ReportsHandler } from './reports.handler';
import { UsageRecordsService } from './usage-records.service';
import { UsageReportService } from './usage-report.service';

/** Read side of usage: detail records, usage reports and (for operators) held records, over NATS request/reply. */
@Module({ controllers: [ReportsHandler], providers: [UsageRecordsService, UsageReportService, HeldRecordsService] })
export class ReportsModule {}
