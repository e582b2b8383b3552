import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import {
  CreateWebhookEndpointRequest,
  DomainError,
  ErrorCode,
  ErrorType,
  ListWebhookEndpointsRequest,
  UpdateWebhookEndpointRequest,
  WebhookCaller,
} from '@did/contracts';
import { keysetPage, Page } from '@did/persistence';
import { CLOCK, Clock, randomId } from '@did/service-kit';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../config';
import { WebhookAttempt } from '../deliveries/entities/webhook-attempt.entity';
import { WebhookDelivery } from '../deliveries/entities/webhook-delivery.entity';
import { WebhookEndpointLease } from '../deliveries/entities/webhook-endpoint-lease.entity';
import { SECRET_BOX, SecretBox } from '@did/service-kit';
import { generateWebhookSecret } from '../signing/webhook-signature';
import { WebhookEndpoint } from './entities/webhook-endpoint.entity';
import { UrlGuard } from './url-guard.service';

/** An account's webhook endpoints: create (secret shown once), read, change, delete, rotate the secret. */
@Injectable()
export class EndpointsService {
  constructor(
    private readonly em: EntityManager,
    private readonly urls: UrlGuard,
    @Inject(SECRET_BOX) private readonly box: SecretBox,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(req: CreateWebhookEndpointRequest): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const { body } = req;
    this.assertTenantScope(req, body.include_tenants);
    const url = await this.urls.check(body.url);
    const secret = generateWebhookSecret();
    const now = this.clock.now();
    const endpoint = this.em.create(WebhookEndpoint, {
      id: randomId('we'),
      accountId: req.account_id,
      partnerId: req.partner_id,
      includeTenants: body.include_tenants,
      url,
      eventTypes: body.events,
      connectionId: body.connection_id ?? null,
      description: body.description ?? null,
      enabled: body.enabled,
      disabledReason: body.enabled ? null : 'manual',
      secret: this.box.seal(secret),
      createdAt: now,
      updatedAt: now,
    });
    await this.em.persistAndFlush(endpoint);
    return { endpoint, secret };
  }

  list(req: ListWebhookEndpointsRequest): Promise<Page<WebhookEndpoint>> {
    return keysetPage(this.em, WebhookEndpoint, { accountId: req.account_id }, req);
  }

  async get(caller: WebhookCaller, id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.em.findOne(WebhookEndpoint, { id, accountId: caller.account_id });
    if (!endpoint)
      throw new DomainError(
        ErrorType.NotFound,
        ErrorCode.WebhookEndpointNotFound,
        `No webhook endpoint ${id} on this account.`,
      );
    return endpoint;
  }

  async update(req: UpdateWebhookEndpointRequest): Promise<WebhookEndpoint> {
    const { body } = req;
    if (body.include_tenants !== undefined) this.assertTenantScope(req, body.include_tenants);
    const url = body.url === undefined ? undefined : await this.urls.check(body.url);
    const endpoint = await this.get(req, req.endpoint_id);
    if (url !== undefined) endpoint.url = url;
    if (body.events !== undefined) endpoint.eventTypes = body.events;
    if (body.connection_id !== undefined) endpoint.connectionId = body.connection_id;
    if (body.description !== undefined) endpoint.description = body.description;
    if (body.include_tenants !== undefined) endpoint.includeTenants = body.include_tenants;
    if (body.enabled !== undefined && body.enabled !== endpoint.enabled) {
      endpoint.enabled = body.enabled;
      endpoint.disabledReason = body.enabled ? null : 'manual';
      // Re-enabled: the failure streak that may have disabled it starts over.
      endpoint.failingSince = null;
    }
    endpoint.updatedAt = this.clock.now();
    await this.em.flush();
    return endpoint;
  }

  /** Deletes the endpoint with its delivery log; pending deliveries to it are dropped. */
  async delete(caller: WebhookCaller, id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.get(caller, id);
    await this.em.transactional(async (em) => {
      // Locks in the order every other writer takes them, so none waits for the delete while it waits for them:
      // the deliveries in id order, then the endpoint (as the attempt recorder does), then the lease (as a claim
      // does after its key-share lock on the endpoint).
      const deliveries = await em.find(
        WebhookDelivery,
        { endpointId: id },
        { fields: ['id'], orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      await em.nativeDelete(WebhookAttempt, { deliveryId: { $in: deliveries.map((d) => d.id) } });
      await em.nativeDelete(WebhookDelivery, { endpointId: id });
      await em.nativeDelete(WebhookEndpoint, { id });
      await em.nativeDelete(WebhookEndpointLease, { endpointId: id });
    });
    return endpoint;
  }

  /** A new secret from now on; the old one keeps signing (second signature) for the configured overlap. */
  async rotateSecret(caller: WebhookCaller, id: string): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const endpoint = await this.get(caller, id);
    const now = this.clock.now();
    const secret = generateWebhookSecret();
    endpoint.previousSecret = endpoint.secret;
    endpoint.previousSecretExpiresAt = new Date(now.getTime() + this.config.WEBHOOK_SECRET_OVERLAP_HOURS * 3_600_000);
    endpoint.secret = this.box.seal(secret);
    endpoint.secretRotatedAt = now;
    endpoint.updatedAt = now;
    await this.em.flush();
    return { endpoint, secret };
  }

  private assertTenantScope(caller: WebhookCaller, includeTenants: boolean): void {
    if (includeTenants && caller.partner_id !== null) {
      throw new DomainError(
        ErrorType.InvalidRequest,
        ErrorCode.ValidationFailed,
        'include_tenants: only a partner account has tenants',
        [{ field: 'include_tenants', rule: 'partner_only', message: 'only a partner account has tenants' }],
      );
    }
  }
}
