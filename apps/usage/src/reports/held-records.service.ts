import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { HeldRecordList, ListHeldRecordsRequest } from '@did/contracts';
import { HELD_RECORDS, sql } from '../db/sql';

interface HeldRow {
  id: string;
  record_id: string | null;
  e164: string | null;
  record_time: string | null;
  reason: string;
  payload: string;
  received_at: string;
}

/** Operators' view of the records kept aside, latest first, with why each was not rated. */
@Injectable()
export class HeldRecordsService {
  constructor(private readonly em: EntityManager) {}

  async list(request: ListHeldRecordsRequest): Promise<HeldRecordList> {
    const em = this.em.fork();
    const [rows, [count]] = await Promise.all([
      sql<HeldRow>(
        em,
        `select id, record_id, e164, record_time, reason, payload, received_at from ${HELD_RECORDS} order by received_at desc, id desc limit ?`,
        [request.limit],
      ),
      sql<{ total: string }>(em, `select count(*)::text as total from ${HELD_RECORDS}`),
    ]);
    return {
      data: rows.map((r) => ({
        id: r.id,
        record_id: r.record_id,
        phone_number: r.e164,
        record_time: r.record_time === null ? null : new Date(r.record_time).toISOString(),
        reason: r.reason,
        payload: r.payload,
        received_at: new Date(r.received_at).toISOString(),
      })),
      meta: { total: Number(count.total) },
    };
  }
}
