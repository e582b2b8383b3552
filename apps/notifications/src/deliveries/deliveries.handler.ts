import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Delivery,
  DeliveryList,
  DeliveryRefRequestSchema,
  ListDeliveriesRequestSchema,
  parseOrThrow,
  WebhookPatterns,
} from '@did/contracts';
import { DeliveriesService } from './deliveries.service';
import { presentDelivery } from './delivery.presenter';

@Controller()
export class DeliveriesHandler {
  constructor(private readonly deliveries: DeliveriesService) {}

  @MessagePattern(WebhookPatterns.ListDeliveries)
  async list(@Payload() data: unknown): Promise<DeliveryList> {
    const page = await this.deliveries.list(parseOrThrow(ListDeliveriesRequestSchema, data));
    return { data: page.data.map(presentDelivery), meta: { total: page.total, next_cursor: page.nextCursor } };
  }

  @MessagePattern(WebhookPatterns.RetryDelivery)
  async retry(@Payload() data: unknown): Promise<Delivery> {
    return presentDelivery(await this.deliveries.retry(parseOrThrow(DeliveryRefRequestSchema, data)));
  }
}
