import { Module } from '@nestjs/common';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';

/** GET /v1/events, answered by the notifications service. */
@Module({ controllers: [EventsController], providers: [EventsService] })
export class EventsModule {}
