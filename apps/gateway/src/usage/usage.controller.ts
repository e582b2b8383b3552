import { Controller, Get, Headers, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  HeldRecordList,
  HeldRecordListSchema,
  ListHeldRecordsQuery,
  ListHeldRecordsQuerySchema,
  ListUsageRecordsQuery,
  ListUsageRecordsQuerySchema,
  UsageRecordList,
  UsageRecordListSchema,
  UsageReport,
  UsageReportQuery,
  UsageReportQuerySchema,
  UsageReportSchema,
} from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodQuery, ApiZodResponse } from '../http/openapi.decorators';
import { PublicList, publicListSchema } from '../http/cursor';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { UsageService } from './usage.service';

/** `Accept: text/csv` asks for the CSV export (any other Accept gets JSON). */
const wantsCsv = (accept: string | undefined) => /\btext\/csv\b/i.test(accept ?? '');

@ApiTags('Usage')
@ApiBearerAuth()
@Controller({ path: 'usage', version: '1' })
export class UsageController {
  constructor(private readonly usage: UsageService) {}

  @Get('records')
  @ApiOperation({
    summary: "Call and message detail records with their exact cost, oldest first (a partner sees its tenants' too)",
    description:
      'Keyset-paged by start time: follow meta.next_cursor. With `Accept: text/csv` every matching record (from `cursor` if given; `limit` ignored) is streamed as CSV, one row per record.',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiZodQuery(ListUsageRecordsQuerySchema)
  @ApiZodResponse(200, publicListSchema(UsageRecordListSchema), 'One page of detail records (or the CSV export)')
  records(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(ListUsageRecordsQuerySchema, 'query')) query: ListUsageRecordsQuery,
    @Headers('accept') accept?: string,
  ): Promise<PublicList<UsageRecordList['data'][number]> | StreamableFile> {
    return wantsCsv(accept) ? this.usage.recordsCsv(actor, query) : this.usage.records(actor, query);
  }

  @Get('report')
  @ApiOperation({
    summary:
      'Usage summed per UTC day, number, tenant (payer) or kind, with totals: calls, messages, parts, billed minutes and exact cost',
    description: 'With `Accept: text/csv`, the rows and a final `total` row as CSV.',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiZodQuery(UsageReportQuerySchema)
  @ApiZodResponse(200, UsageReportSchema, 'The report (or its CSV)')
  report(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(UsageReportQuerySchema, 'query')) query: UsageReportQuery,
    @Headers('accept') accept?: string,
  ): Promise<UsageReport | StreamableFile> {
    return wantsCsv(accept) ? this.usage.reportCsv(actor, query) : this.usage.report(actor, query);
  }

  @Get('held-records')
  @ApiOperation({
    summary:
      'Operator only: the latest detail records usage kept aside (malformed, or for a number without rates yet), with the reason',
  })
  @ApiZodQuery(ListHeldRecordsQuerySchema)
  @ApiZodResponse(200, publicListSchema(HeldRecordListSchema), 'The latest held records')
  held(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(ListHeldRecordsQuerySchema, 'query')) query: ListHeldRecordsQuery,
  ): Promise<PublicList<HeldRecordList['data'][number]>> {
    return this.usage.held(actor, query);
  }
}
