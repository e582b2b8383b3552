import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CLOCK, Clock } from '@did/service-kit';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../config';
import { UrlGuard } from '../endpoints/url-guard.service';
import { SECRET_BOX, SecretBox } from '../signing/secret-box';
import { webhookHeaders } from '../signing/webhook-signature';
import { ClaimedDelivery, DeliveryClaims } from './delivery-claims';
import { AttemptOutcome, DeliveryOutcomes } from './delivery-outcomes.service';
import { webhookBody } from './webhook-body';
import { WebhookSender } from './webhook-sender';

/**
 * Sends due deliveries with a pool of WEBHOOK_CONCURRENCY requests. Work comes only from the
 * database (claimed with a lease), so a restart or a second replica loses and doubles nothing.
 *
 * One loop does all the database work, a tick at a time: it records every attempt finished since the
 * last tick (one transaction, which also releases their leases), then claims as many due rows as
 * there are free request slots (one statement). Attempts that finish while a tick runs wait for the
 * next one, so under load each tick serves many deliveries. The loop is woken when deliveries are
 * committed or an attempt ends, and polls in case a wake-up was elsewhere.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DeliveryWorker');
  private readonly sender: WebhookSender;
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

  /** Stops claiming, lets requests in flight finish (bounded by the timeout) and records their outcomes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.kick();
    await this.loop;
    await Promise.all(this.inFlight);
    await this.recordFinished();
    this.sender.close();
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.kicked = false;
      await this.recordFinished();
      const free = this.config.WEBHOOK_CONCURRENCY - this.inFlight.size;
      if (free > 0 && this.running) {
        try {
          const claimed = await this.claims.claim(free, this.clock.now());
          const opened = new Map<string, string>();
          for (const delivery of claimed) this.dispatch(delivery, opened);
        } catch (err) {
          this.logger.warn(`claiming deliveries failed: ${(err as Error).message}`);
        }
      }
      await this.sleep(this.config.WEBHOOK_POLL_MS);
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

  private dispatch(claimed: ClaimedDelivery, opened: Map<string, string>): void {
    const job = this.attempt(claimed, opened).catch((err: Error) => this.logger.error(`delivery ${claimed.id}: ${err.message}`));
    this.inFlight.add(job);
    void job.finally(() => {
      this.inFlight.delete(job);
      this.kick();
    });
  }

  private async attempt(claimed: ClaimedDelivery, opened: Map<string, string>): Promise<void> {
    const attemptedAt = this.clock.now();
    const body = webhookBody(claimed.event);
    const headers = webhookHeaders(claimed.secrets.map((s) => this.open(s, opened)), claimed.event.id, attemptedAt, body);
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
