import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { ListEventsRequest } from '@did/contracts';
import { keysetPage, Page } from '@did/persistence';
import { EventRecord } from './entities/event-record.entity';

/** `GET /v1/events`: an account's events (with include_tenants, a partner's tenants' too), oldest first for replay. */
@Injectable()
export class EventLogService {
  constructor(private readonly em: EntityManager) {}

  list(req: ListEventsRequest): Promise<Page<EventRecord>> {
    const owner: FilterQuery<EventRecord> =
      req.include_tenants && req.partner_id === null
        ? { $or: [{ accountId: req.account_id }, { partnerId: req.account_id }] }
        : { accountId: req.account_id };
    const when: Record<string, Date> = {};
    if (req.occurred_after) when.$gte = new Date(req.occurred_after);
    if (req.occurred_before) when.$lt = new Date(req.occurred_before);
    const where: FilterQuery<EventRecord> = {
      $and: [owner, req.type ? { type: req.type } : {}, Object.keys(when).length ? { createdAt: when } : {}],
    };
    return keysetPage(this.em, EventRecord, where, req);
  }
}
