import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { OrdersHandler } from './orders.handler';
import { PortEffects } from './port-effects';
import { PortOrdersService } from './port-orders.service';
import { PortPoller } from './port-poller';
import { PortSubmissionService } from './port-submission.service';
import { PortSyncService } from './port-sync.service';

/** Port orders: shaping, submission (fee), the carrier's progress (poller) and its effects on money and the registry. */
@Module({
  imports: [DocumentsModule],
  controllers: [OrdersHandler],
  providers: [PortOrdersService, PortSubmissionService, PortSyncService, PortEffects, PortPoller],
  exports: [PortSyncService],
})
export class OrdersModule {}
