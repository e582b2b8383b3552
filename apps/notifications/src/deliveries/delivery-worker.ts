import { randomBytes } from 'node:crypto';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CLOCK, Clock } from '@did/service-kit';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../config';
import { UrlGuard } from '../endpoints/url-guard.service';
import { SECRET_BOX, SecretBox } from '../signing/secret-box';
import { webhookHeaders } from '../signing/webhook-signature';
import { ClaimedDelivery, DeliveryClaims } from './delivery-claims';
import { AttemptOutcome, DeliveryOutcomes } from './delivery-outcomes.service';
import { EndpointQueues } from './endpoint-queues';
import { webhookBody } from './webhook-body';
import { WebhookSender } from './webhook-sender';

/**
 * Sends due deliveries with a pool of WEBHOOK_CONCURRENCY requests, at most
 * WEBHOOK_ENDPOINT_CONCURRENCY to one endpoint. Work comes only from the database (claimed with a
 * lease), so a restart or a second replica loses and doubles nothing.
 *
 * One loop does all the database work, a tick at a time: it records every attempt finished since the
 * last tick (one transaction, which also releases their leases), then claims due rows (one
 * statement) into per-endpoint queues. Requests start from the queues as soon as a slot frees, while
 * the loop records and claims in batches beside them. The loop is woken when deliveries are
 * committed or an attempt ends, and polls in case a wake-up was elsewhere.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DeliveryWorker');
  /** This process's name on its leases. */
  private readonly id = `wk_${randomBytes(8).toString('hex')}`;
  private readonly sender: WebhookSender;
  private readonly queues: EndpointQueues;
  private readonly inFlight = new Set<Promise<void>>();
  private finished: AttemptOutcome[] = [];
  private running = false;
  private loop: Promise<void> | null = null;
  private kicked = false;
  private wake: (() => void) | null = null;

  constructor(
    private readonly claims: DeliveryClaims,
    private readonly outcomes: DeliveryOutcomes,
    urls: UrlGuard,
    @Inject(SECRET_BOX) private readonly box: SecretBox,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.sender = new WebhookSender(urls.policy, urls.resolver, config.WEBHOOK_TIMEOUT_MS, config.WEBHOOK_CONCURRENCY);
    this.queues = new EndpointQueues(config.WEBHOOK_CONCURRENCY, config.WEBHOOK_ENDPOINT_CONCURRENCY);
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

  /** Stops claiming, gives back queued leases, lets requests in flight finish (bounded by the timeout) and records their outcomes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.kick();
    await this.loop;
    const queued = this.queues.drain().map((d) => d.id);
    await this.claims.release(this.id, queued).catch((err: Error) => this.logger.warn(`releasing ${queued.length} lease(s) failed, they run out instead: ${err.message}`));
    await Promise.all(this.inFlight);
    await this.recordFinished();
    this.sender.close();
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.kicked = false;
      await this.recordFinished();
      // Held rows (queued or in flight) stay within twice the pool, so queues never outgrow what the pool sends within a lease.
      const room = 2 * this.config.WEBHOOK_CONCURRENCY - this.queues.held;
      if (room > 0 && this.running) {
        try {
          const claimed = await this.claims.claim(this.id, room, this.clock.now());
          const opened = new Map<string, string>();
          for (const delivery of claimed) {
            delivery.secrets = delivery.secrets.map((s) => this.open(s, opened));
            this.queues.add(delivery);
          }
          this.pump();
        } catch (err) {
          this.logger.warn(`claiming deliveries failed: ${(err as Error).message}`);
        }
      }
      await this.sleep(this.config.WEBHOOK_POLL_MS);
    }
  }

  /** Starts every queued delivery a free slot (of the pool and of its endpoint) allows. */
  private pump(): void {
    if (!this.running) return;
    const now = this.clock.now().getTime();
    for (let next = this.queues.next(); next; next = this.queues.next()) {
      // Too little lease left for a whole attempt: leave it to whoever claims it when the lease runs out.
      if (next.leasedUntil.getTime() - now < this.config.WEBHOOK_TIMEOUT_MS + 10_000) this.queues.done(next);
      else this.dispatch(next);
    }
  }

  /** Records the attempts finished so far; if that fails their leases run out and they are attempted again. */
  private async recordFinished(): Promise<void> {
    if (!this.finished.length) return;
    const batch = this.finished;
    this.finished = [];
    try {
      await this.outcomes.record(batch);
    } catch (err) {
      this.logger.error(`recording ${batch.length} attempt(s) failed: ${(err as Error).message}`);
    }
  }

  private dispatch(claimed: ClaimedDelivery): void {
    const job = this.attempt(claimed).catch((err: Error) => this.logger.error(`delivery ${claimed.id}: ${err.message}`));
    this.inFlight.add(job);
    void job.finally(() => {
      this.inFlight.delete(job);
      this.queues.done(claimed);
      this.pump();
      this.kick();
    });
  }

  private async attempt(claimed: ClaimedDelivery): Promise<void> {
    const attemptedAt = this.clock.now();
    const body = webhookBody(claimed.event);
    const headers = webhookHeaders(claimed.secrets, claimed.event.id, attemptedAt, body);
    const result = await this.sender.send(claimed.url, headers, body);
    this.finished.push({ deliveryId: claimed.id, attemptedAt, result });
  }

  /** Decrypts a sealed secret once per claim, however many deliveries of its endpoint the claim brought. */
  private open(sealed: string, opened: Map<string, string>): string {
    let secret = opened.get(sealed);
    if (secret === undefined) {
      secret = this.box.open(sealed);
      opened.set(sealed, secret);
    }
    return secret;
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
