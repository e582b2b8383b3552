import { Readable } from 'node:stream';
import { Injectable, StreamableFile } from '@nestjs/common';
import {
  HeldRecordList,
  HeldRecordListSchema,
  ListHeldRecordsQuery,
  ListUsageRecordsQuery,
  UsageCaller,
  UsagePatterns,
  UsageRecordList,
  UsageRecordListSchema,
  UsageReport,
  UsageReportQuery,
  UsageReportSchema,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { Actor } from '../auth/actor';
import { operatorOrThrow, usageCallerOf } from './usage-caller';
import { usageRecordsCsvHeader, usageRecordsCsvRows, usageReportCsv } from './usage-csv';
import { publicList, PublicList } from '../http/cursor';

/** Pages an export reads at a time: large enough to be few requests, small enough to keep memory flat. */
const CSV_PAGE_SIZE = 1000;

const csvFile = (stream: Readable, name: string) =>
  new StreamableFile(stream, { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${name}"` });

/** Detail records, reports and held records, held by the usage service; every read is scoped to the acting account. */
@Injectable()
export class UsageService {
  constructor(private readonly rpc: RpcClient) {}

  /** Usage does not count the records matching (a scan of every record in the range): total is null. */
  async records(actor: Actor, query: ListUsageRecordsQuery): Promise<PublicList<UsageRecordList['data'][number]>> {
    const { data, meta } = await this.page(usageCallerOf(actor), query);
    return publicList(data, meta);
  }

  /**
   * Every record matching the filters (from `cursor` if given), as CSV written page by page as the
   * client reads it: memory stays one page however long the export. The first page is fetched
   * before the reply starts, so a bad cursor or an unavailable service is still a problem+json.
   */
  async recordsCsv(actor: Actor, query: ListUsageRecordsQuery): Promise<StreamableFile> {
    const caller = usageCallerOf(actor);
    const pageQuery = { ...query, limit: CSV_PAGE_SIZE };
    const first = await this.page(caller, pageQuery);
    const page = (cursor: string) => this.page(caller, { ...pageQuery, cursor });
    async function* lines(): AsyncGenerator<string> {
      yield usageRecordsCsvHeader();
      let current = first;
      for (;;) {
        if (current.data.length) yield usageRecordsCsvRows(current.data);
        if (!current.meta.next_cursor) return;
        current = await page(current.meta.next_cursor);
      }
    }
    return csvFile(Readable.from(lines()), 'usage-records.csv');
  }

  report(actor: Actor, query: UsageReportQuery): Promise<UsageReport> {
    return this.rpc.request(
      UsagePatterns.Report,
      { caller: usageCallerOf(actor), query },
      { reply: UsageReportSchema },
    );
  }

  async reportCsv(actor: Actor, query: UsageReportQuery): Promise<StreamableFile> {
    return csvFile(
      Readable.from(usageReportCsv(await this.report(actor, query))),
      `usage-report-${query.group_by}.csv`,
    );
  }

  async held(actor: Actor, query: ListHeldRecordsQuery): Promise<PublicList<HeldRecordList['data'][number]>> {
    operatorOrThrow(actor);
    const { data, meta } = await this.rpc.request(UsagePatterns.ListHeld, query, { reply: HeldRecordListSchema });
    return publicList(data, meta);
  }

  private page(caller: UsageCaller, query: ListUsageRecordsQuery): Promise<UsageRecordList> {
    return this.rpc.request(UsagePatterns.ListRecords, { caller, query }, { reply: UsageRecordListSchema });
  }
}
