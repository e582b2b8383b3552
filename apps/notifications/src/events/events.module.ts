import { Module } from '@nestjs/common';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { EventIntakeService } from './event-intake.service';
import { EventLogService } from './event-log.service';
import { EventsHandler } from './events.handler';

@Module({ imports: [DeliveriesModule], controllers: [EventsHandler], providers: [EventIntakeService, EventLogService] })
export class EventsModule {}
