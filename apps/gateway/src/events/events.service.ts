import { Injectable } from '@nestjs/common';
import { EventList, EventListSchema, ListEventsQuery, WebhookPatterns } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { Actor } from '../auth/actor';
import { callerOf } from '../auth/acting-account';

/** The acting account's event log, kept by the notifications service. */
@Injectable()
export class EventsService {
  constructor(private readonly rpc: RpcClient) {}

  list(actor: Actor, query: ListEventsQuery): Promise<EventList> {
    return this.rpc.request(WebhookPatterns.ListEvents, { ...callerOf(actor), ...query }, { reply: EventListSchema });
  }
}
