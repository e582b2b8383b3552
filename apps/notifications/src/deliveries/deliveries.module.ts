import { Module } from '@nestjs/common';
import { EndpointsModule } from '../endpoints/endpoints.module';
import { DeliveriesHandler } from './deliveries.handler';
import { DeliveriesService } from './deliveries.service';
import { DeliveryClaims } from './delivery-claims';
import { DeliveryOutcomes } from './delivery-outcomes.service';
import { DeliveryWorker } from './delivery-worker';

@Module({
  imports: [EndpointsModule],
  controllers: [DeliveriesHandler],
  providers: [DeliveriesService, DeliveryClaims, DeliveryOutcomes, DeliveryWorker],
  exports: [DeliveryWorker],
})
export class DeliveriesModule {}
