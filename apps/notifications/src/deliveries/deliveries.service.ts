import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { DeliveryRefRequest, DomainError, ErrorCode, ErrorType, ListDeliveriesRequest } from '@did/contracts';
import { keysetPage, Page } from '@did/persistence';
import { CLOCK, Clock } from '@did/service-kit';
import { WebhookEndpoint } from '../endpoints/entities/webhook-endpoint.entity';
import { DeliveryWorker } from './delivery-worker';
import { WebhookAttempt } from './entities/webhook-attempt.entity';
import { WebhookDelivery } from './entities/webhook-delivery.entity';

export interface DeliveryWithAttempts {
  delivery: WebhookDelivery;
  attempts: WebhookAttempt[];
}

/** The delivery log of an account's endpoints, and manual retries. */
@Injectable()
export class DeliveriesService {
  constructor(
    private readonly em: EntityManager,
    private readonly worker: DeliveryWorker,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(req: ListDeliveriesRequest): Promise<Page<DeliveryWithAttempts>> {
    const where: FilterQuery<WebhookDelivery> = { accountId: req.account_id };
    if (req.endpoint_id) where.endpointId = req.endpoint_id;
    if (req.event_type) where.eventType = req.event_type;
    if (req.status) where.status = req.status;
    const page = await keysetPage(this.em, WebhookDelivery, where, req);
    return { ...page, data: await this.withAttempts(page.data) };
  }

  /** One more attempt now (after the schedule is used up, only this one); the webhook-id stays the same. */
  async retry(req: DeliveryRefRequest): Promise<DeliveryWithAttempts> {
    const delivery = await this.em.findOne(WebhookDelivery, { id: req.delivery_id, accountId: req.account_id });
    if (!delivery)
      throw new DomainError(
        ErrorType.NotFound,
        ErrorCode.WebhookDeliveryNotFound,
        `No webhook delivery ${req.delivery_id} on this account.`,
      );
    const endpoint = await this.em.findOneOrFail(WebhookEndpoint, { id: delivery.endpointId });
    if (!endpoint.enabled) {
      throw new DomainError(
        ErrorType.Conflict,
        ErrorCode.WebhookEndpointDisabled,
        `Endpoint ${endpoint.id} is disabled (${endpoint.disabledReason}): enable it with PATCH first.`,
      );
    }
    const now = this.clock.now();
    delivery.status = 'pending';
    delivery.nextAttemptAt = now;
    delivery.updatedAt = now;
    await this.em.flush();
    this.worker.kick();
    return (await this.withAttempts([delivery]))[0];
  }

  private async withAttempts(deliveries: WebhookDelivery[]): Promise<DeliveryWithAttempts[]> {
    const attempts = deliveries.length
      ? await this.em.find(
          WebhookAttempt,
          { deliveryId: { $in: deliveries.map((d) => d.id) } },
          { orderBy: { attemptedAt: 'asc', id: 'asc' } },
        )
      : [];
    return deliveries.map((delivery) => ({ delivery, attempts: attempts.filter((a) => a.deliveryId === delivery.id) }));
  }
}
