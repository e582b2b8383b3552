import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EventList, EventListSchema, ListEventsQuery, ListEventsQuerySchema } from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodQuery, ApiZodResponse } from '../http/openapi.decorators';
import { publicListSchema } from '../http/cursor';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { EventsService } from './events.service';

@ApiTags('Events')
@ApiBearerAuth()
@Controller({ path: 'events', version: '1' })
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @ApiOperation({
    summary: "The acting account's events, oldest first: replay what an endpoint missed",
    description:
      'Each item is the body a webhook delivers for it (plus record_type and version). Filter by type and occurred_at; page with meta.next_cursor.',
  })
  @ApiZodQuery(ListEventsQuerySchema)
  @ApiZodResponse(200, publicListSchema(EventListSchema), 'One page of events')
  list(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(ListEventsQuerySchema, 'query')) query: ListEventsQuery,
  ): Promise<EventList> {
    return this.events.list(actor, query);
  }
}
