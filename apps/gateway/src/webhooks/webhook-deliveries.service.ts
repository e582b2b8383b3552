import { Injectable } from '@nestjs/common';
import {
  Delivery,
  DeliveryList,
  DeliveryListSchema,
  DeliverySchema,
  ListDeliveriesQuery,
  WebhookPatterns,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { Actor } from '../auth/actor';
import { callerOf } from '../auth/acting-account';

/** The acting account's delivery log and manual retries, from the notifications service. */
@Injectable()
export class WebhookDeliveriesService {
  constructor(private readonly rpc: RpcClient) {}

  list(actor: Actor, query: ListDeliveriesQuery): Promise<DeliveryList> {
    return this.rpc.request(
      WebhookPatterns.ListDeliveries,
      { ...callerOf(actor), ...query },
      { reply: DeliveryListSchema },
    );
  }

  retry(actor: Actor, id: string): Promise<Delivery> {
    return this.rpc.request(
      WebhookPatterns.RetryDelivery,
      { ...callerOf(actor), delivery_id: id },
      { reply: DeliverySchema },
    );
  }
}
