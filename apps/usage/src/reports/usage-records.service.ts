import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { ListUsageRecordsRequest, UsageRecordList } from '@did/contracts';
import { decodeCursor, encodeCursor } from '@did/persistence';
import { sql, USAGE_RECORDS } from '../db/sql';
import { filterCondition, visibleBranches } from './usage-scope';
import { presentUsageRecord, USAGE_RECORD_COLUMNS, UsageRecordRow } from './usage-record-view';

/**
 * Detail records, oldest first, keyset-paged over (started_at, record_id). A partner's view is two
 * index-ordered branches (its own records, its tenants') merged under one limit, so a page costs the
 * same however far in it is and however many tenants the partner has.
 */
@Injectable()
export class UsageRecordsService {
  constructor(private readonly em: EntityManager) {}

  async list({ caller, query }: ListUsageRecordsRequest): Promise<UsageRecordList> {
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const filters = filterCondition(caller, query);
    const take = query.limit + 1;
    const branches = visibleBranches(caller, query.tenant_id).map((branch) => {
      const keyset = after
        ? { text: '(started_at, record_id) > (?, ?)', params: [after.createdAt, after.id] }
        : { text: 'true', params: [] };
      return {
        text: `(select ${USAGE_RECORD_COLUMNS} from ${USAGE_RECORDS} where ${branch.text} and ${filters.text} and ${keyset.text} order by started_at, record_id limit ${take})`,
        params: [...branch.params, ...filters.params, ...keyset.params],
      };
    });
    const rows = await sql<UsageRecordRow>(
      this.em.fork(),
      `select * from (${branches.map((b) => b.text).join(' union all ')}) as page order by started_at, record_id limit ${take}`,
      branches.flatMap((b) => b.params),
    );
    const data = rows.slice(0, query.limit);
    const last = data[data.length - 1];
    return {
      data: data.map((row) => presentUsageRecord(row, caller)),
      meta: {
        next_cursor:
          rows.length > query.limit ? encodeCursor({ id: last.record_id, createdAt: new Date(last.started_at) }) : null,
      },
    };
  }
}
