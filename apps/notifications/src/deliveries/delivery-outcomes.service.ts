import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, LockMode, MikroORM } from '@mikro-orm/postgresql';
import { Events } from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../config';
import { DisabledReason, WebhookEndpoint } from '../endpoints/entities/webhook-endpoint.entity';
import { WebhookAttempt } from './entities/webhook-attempt.entity';
import { WebhookDelivery } from './entities/webhook-delivery.entity';
import { judgeAttempt } from './retry-policy';
import { SendResult } from './webhook-sender';

const SERVICE = 'notifications';

/**
 * Records what an attempt came to: the attempt row, the delivery's next state (done, retry at, given
 * up) and the endpoint's health (a 410, or failing for WEBHOOK_DISABLE_AFTER_MS, disables it and
 * emits webhook_endpoint.disabled), all in one transaction.
 */
@Injectable()
export class DeliveryOutcomes {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: JetStreamEvents,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(deliveryId: string, attemptedAt: Date, result: SendResult): Promise<void> {
    const disabled = await this.orm.em.fork().transactional(async (em) => {
      const delivery = await em.findOne(WebhookDelivery, { id: deliveryId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!delivery) return false; // the endpoint was deleted meanwhile, with its log
      const now = this.clock.now();
      em.create(WebhookAttempt, {
        deliveryId,
        attemptedAt,
        statusCode: result.statusCode ?? null,
        latencyMs: result.latencyMs,
        error: result.error?.slice(0, 500) ?? (result.statusCode !== undefined && (result.statusCode < 200 || result.statusCode >= 300) ? `HTTP ${result.statusCode}` : null),
      });
      delivery.attemptCount += 1;
      delivery.leasedUntil = null;
      delivery.updatedAt = now;
      const verdict = judgeAttempt(result, delivery.attemptCount, this.config.WEBHOOK_RETRY_SCHEDULE_MS, now);
      delivery.status = verdict.kind === 'succeeded' ? 'succeeded' : verdict.kind === 'retry' ? 'pending' : 'failed';
      delivery.nextAttemptAt = verdict.kind === 'retry' ? verdict.at : null;
      if (verdict.kind === 'succeeded') return this.healthy(em, delivery.endpointId);
      return this.failing(em, delivery.endpointId, attemptedAt, now, verdict.kind === 'gone' ? 'gone' : null);
    });
    if (disabled) this.events.publishSoon();
  }

  private async healthy(em: EntityManager, endpointId: string): Promise<false> {
    // Only a recovering endpoint is written to: a busy healthy endpoint's deliveries never queue on its row lock.
    await em.nativeUpdate(WebhookEndpoint, { id: endpointId, failingSince: { $ne: null } }, { failingSince: null });
    return false;
  }

  /** Returns true when this failure disabled the endpoint. */
  private async failing(em: EntityManager, endpointId: string, attemptedAt: Date, now: Date, forced: DisabledReason | null): Promise<boolean> {
    const endpoint = await em.findOne(WebhookEndpoint, { id: endpointId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!endpoint) return false;
    endpoint.failingSince ??= attemptedAt;
    const failingTooLong = now.getTime() - endpoint.failingSince.getTime() >= this.config.WEBHOOK_DISABLE_AFTER_MS;
    const reason = forced ?? (failingTooLong ? 'failing' : null);
    if (!reason || !endpoint.enabled) return false;
    endpoint.enabled = false;
    endpoint.disabledReason = reason;
    endpoint.updatedAt = now;
    appendToOutbox(
      em,
      SERVICE,
      Events.WebhookEndpointDisabled,
      {
        endpoint_id: endpoint.id,
        account_id: endpoint.accountId,
        url: endpoint.url,
        reason: reason === 'gone' ? 'gone' : 'failing',
        failing_since: endpoint.failingSince.toISOString(),
        disabled_at: now.toISOString(),
      },
      { accountId: endpoint.accountId, partnerId: endpoint.partnerId },
      now,
    );
    return true;
  }
}
