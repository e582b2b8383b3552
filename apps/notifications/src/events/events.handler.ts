import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { EventList, ListEventsRequestSchema, parseOrThrow, WebhookPatterns } from '@did/contracts';
import { presentEvent } from './event.presenter';
import { EventLogService } from './event-log.service';

@Controller()
export class EventsHandler {
  constructor(private readonly log: EventLogService) {}

  @MessagePattern(WebhookPatterns.ListEvents)
  async list(@Payload() data: unknown): Promise<EventList> {
    const page = await this.log.list(parseOrThrow(ListEventsRequestSchema, data));
    return { data: page.data.map(presentEvent), meta: { total: page.total, next_cursor: page.nextCursor } };
  }
}
