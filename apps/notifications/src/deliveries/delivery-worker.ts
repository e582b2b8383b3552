import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { CLOCK, Clock } from '@did/service-kit';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../config';
import { UrlGuard } from '../endpoints/url-guard.service';
import { WebhookEndpoint } from '../endpoints/entities/webhook-endpoint.entity';
import { EventRecord } from '../events/entities/event-record.entity';
import { SECRET_BOX, SecretBox } from '../signing/secret-box';
import { webhookHeaders } from '../signing/webhook-signature';
import { ClaimedDelivery, DeliveryClaims } from './delivery-claims';
import { DeliveryOutcomes } from './delivery-outcomes.service';
import { webhookBody } from './webhook-body';
import { WebhookSender } from './webhook-sender';

/**
 * Sends due deliveries with a pool of WEBHOOK_CONCURRENCY requests. Work comes only from the
 * database (claimed with a lease), so a restart or a second replica loses and doubles nothing; it is
 * woken when deliveries are committed or an attempt ends, and polls in case a wake-up was elsewhere.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DeliveryWorker');
  private readonly sender: WebhookSender;
  private readonly inFlight = new Set<Promise<void>>();
  private running = false;
  private loop: Promise<void> | null = null;
  private kicked = false;
  /** Completions wake the loop only once in-flight requests drop to this, so claims come in batches, not one row each. */
  private lowWater = 0;
  private wake: (() => void) | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly claims: DeliveryClaims,
    private readonly outcomes: DeliveryOutcomes,
    urls: UrlGuard,
    @Inject(SECRET_BOX) private readonly box: SecretBox,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.sender = new WebhookSender(urls.policy, urls.resolver, config.WEBHOOK_TIMEOUT_MS, config.WEBHOOK_CONCURRENCY);
  }

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  /** Look for due deliveries now rather than at the next poll. */
  kick(): void {
    this.kicked = true;
    this.wake?.();
  }

  /** Stops claiming and lets requests in flight finish (bounded by the timeout), so their outcomes are recorded. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.kick();
    await this.loop;
    await Promise.all(this.inFlight);
    this.sender.close();
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.kicked = false;
      const free = this.config.WEBHOOK_CONCURRENCY - this.inFlight.size;
      if (free > 0) {
        try {
          for (const claimed of await this.claims.claim(free, this.clock.now())) this.dispatch(claimed);
          this.lowWater = Math.floor(this.inFlight.size / 2);
        } catch (err) {
          this.logger.warn(`claiming deliveries failed: ${(err as Error).message}`);
        }
      }
      await this.sleep(this.config.WEBHOOK_POLL_MS);
    }
  }

  private dispatch(claimed: ClaimedDelivery): void {
    const job = this.attempt(claimed).catch((err: Error) => this.logger.error(`delivery ${claimed.id}: ${err.message}`));
    this.inFlight.add(job);
    void job.finally(() => {
      this.inFlight.delete(job);
      if (this.inFlight.size <= this.lowWater) this.kick();
    });
  }

  private async attempt(claimed: ClaimedDelivery): Promise<void> {
    const em = this.orm.em.fork();
    const [endpoint, event] = await Promise.all([em.findOne(WebhookEndpoint, { id: claimed.endpointId }), em.findOne(EventRecord, { id: claimed.eventId })]);
    if (!endpoint || !event) return; // deleted meanwhile; its lease simply runs out
    const attemptedAt = this.clock.now();
    const body = webhookBody(event);
    const headers = webhookHeaders(this.signingSecrets(endpoint, attemptedAt), event.id, attemptedAt, body);
    const result = await this.sender.send(endpoint.url, headers, body);
    await this.outcomes.record(claimed.id, attemptedAt, result);
  }

  /** The current secret, plus the previous one while the rotation overlap lasts. */
  private signingSecrets(endpoint: WebhookEndpoint, now: Date): string[] {
    const secrets = [this.box.open(endpoint.secret)];
    if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now) secrets.push(this.box.open(endpoint.previousSecret));
    return secrets;
  }

  private sleep(ms: number): Promise<void> {
    if (this.kicked || !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
