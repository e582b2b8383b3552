import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  HeldRecordList,
  ListHeldRecordsRequestSchema,
  ListUsageRecordsRequestSchema,
  parseOrThrow,
  UsagePatterns,
  UsageRecordList,
  UsageReport,
  UsageReportRequestSchema,
} from '@did/contracts';
import { HeldRecordsService } from './held-records.service';
import { UsageRecordsService } from './usage-records.service';
import { UsageReportService } from './usage-report.service';

@Controller()
export class ReportsHandler {
  constructor(
    private readonly records: UsageRecordsService,
    private readonly reports: UsageReportService,
    private readonly held: HeldRecordsService,
  ) {}

  @MessagePattern(UsagePatterns.ListRecords)
  listRecords(@Payload() data: unknown): Promise<UsageRecordList> {
    return this.records.list(parseOrThrow(ListUsageRecordsRequestSchema, data));
  }

  @MessagePattern(UsagePatterns.Report)
  report(@Payload() data: unknown): Promise<UsageReport> {
    return this.reports.report(parseOrThrow(UsageReportRequestSchema, data));
  }

  @MessagePattern(UsagePatterns.ListHeld)
  listHeld(@Payload() data: unknown): Promise<HeldRecordList> {
    return this.held.list(parseOrThrow(ListHeldRecordsRequestSchema, data));
  }
}
