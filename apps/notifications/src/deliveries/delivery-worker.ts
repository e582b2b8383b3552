import { randomBytes } from 'node:crypto';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CLOCK, Clock } from '@did/service-kit';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../config';
import { UrlGuard } from '../endpoints/url-guard.service';
import { countAttempts } from '../metrics/webhook-attempts';
import { SECRET_BOX, SecretBox } from '@did/service-kit';
import { secretKey, webhookHeaders } from '../signing/webhook-signature';
import { ClaimedDelivery, DeliveryClaims } from './delivery-claims';
import { AttemptOutcome, DeliveryOutcomes } from './delivery-outcomes.service';
import { EndpointQueues } from './endpoint-queues';
import { WakeSignal } from './wake-signal';
import { logAttempt, sendInTrace, traceOfAttempt, withTraceHeader } from './delivery-trace';
import { webhookBody } from './webhook-body';
import { WebhookSender } from './webhook-sender';

/** Outcomes the recorder writes at once without waiting for more. */
const RECORD_BATCH = 64;
/** How long the recorder lets a partial batch gather. */
const RECORD_LINGER_MS = 10;

/**
 * Sends due deliveries with a pool of WEBHOOK_CONCURRENCY requests, at most
 * WEBHOOK_ENDPOINT_CONCURRENCY to one endpoint. Work comes only from the database (claimed under an
 * endpoint lease), so a restart or a second replica loses nothing, and doubles nothing unless a worker
 * dies between sending and recording.
 *
 * Two loops do the database work side by side, each on its own connection, so neither waits for the
 * other's round trip: one records every attempt finished since its last batch, the other claims due
 * rows (one statement) into per-endpoint queues. Every claimed delivery stays in `held` until its
 * attempt is recorded, and the claim reads none of them again; attempts finished but not yet recorded
 * no longer count against their endpoint's share (they no longer take a request). Requests start from
 * the queues as soon as a slot frees. The loops are woken when deliveries are committed or an attempt ends, and
 * poll in case a wake-up was elsewhere.
 *
 * Both loops work in batches, because each statement has a fixed cost (PostgreSQL CPU, a round trip)
 * that dwarfs its cost per row: an ended attempt wakes the claimer only when its endpoint's queue is
 * down to half of what it may hold and no claim is already on its way, and the recorder lets
 * outcomes gather for RECORD_LINGER_MS unless RECORD_BATCH are already waiting. Neither delays a
 * request: the queues stay ahead of the requests, and an outcome is only written later.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DeliveryWorker');
  /** This process's name on its endpoint leases. */
  readonly id = `wk_${randomBytes(8).toString('hex')}`;
  private readonly sender: WebhookSender;
  private readonly queues: EndpointQueues;
  private readonly inFlight = new Set<Promise<void>>();
  /** Deliveries claimed and not yet recorded (queued, in flight or finished), with their endpoints: the claim skips them. */
  private readonly held = new Map<string, string>();
  /** Finished attempts not yet handed to the recorder. */
  private finished: AttemptOutcome[] = [];
  /** When idle endpoint leases were last given back (see the claim loop). */
  private gaveBackAt = 0;
  private running = false;
  private claiming = false;
  private recorderRunning = false;
  private claimer: Promise<void> | null = null;
  private recorder: Promise<void> | null = null;
  private readonly claimWake = new WakeSignal();
  private readonly recordWake = new WakeSignal();

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
    this.recorderRunning = true;
    this.claimer = this.claimLoop();
    this.recorder = this.recordLoop();
  }

  /** Look for due deliveries now rather than at the next poll. */
  kick(): void {
    this.claimWake.notify();
  }

  /**
   * Stops claiming, drops what is queued (unsent, it stays due), lets requests in flight finish (bounded
   * by the timeout), records their outcomes, and then gives the endpoint leases back: released earlier,
   * another worker could send again what is in flight here.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.claimWake.notify();
    await this.claimer;
    this.queues.drain();
    await Promise.all(this.inFlight);
    this.recorderRunning = false;
    this.recordWake.notify();
    await this.recorder;
    await this.claims
      .giveBack(this.id)
      .catch((err: Error) =>
        this.logger.warn(`giving back endpoint leases failed, they run out instead: ${err.message}`),
      );
    this.sender.close();
  }

  private async claimLoop(): Promise<void> {
    while (this.running) {
      // Held rows (queued or in flight) stay within four times the pool: deep enough for large claims, small enough that a fast pool sends them well within a lease.
      // With no room the claim still runs, to renew this worker's endpoint leases.
      const room = Math.max(0, 4 * this.config.WEBHOOK_CONCURRENCY - this.queues.queuedOrActive);
      try {
        this.claiming = true;
        const holdings = { ids: [...this.held.keys()], load: this.queues.load(), endpoints: this.heldEndpoints() };
        const now = this.clock.now();
        const claimed = await this.claims.claim(this.id, room, now, holdings).finally(() => (this.claiming = false));
        // Full: the leases of endpoints this worker holds nothing of go back (once a poll interval), for a replica with room.
        if (room === 0 && now.getTime() - this.gaveBackAt >= this.config.WEBHOOK_POLL_MS) {
          this.gaveBackAt = now.getTime();
          await this.claims.giveBack(this.id, holdings.endpoints);
        }
        const opened = new Map<string, Buffer>();
        const unopenable = new Set<string>();
        for (const delivery of claimed) {
          try {
            delivery.keys = delivery.sealedSecrets.map((s) => this.open(s, opened));
          } catch (err) {
            // A secret sealed with another WEBHOOK_SECRETS_KEY: this replica is misconfigured, the customer did nothing wrong.
            // Not attempted and not counted against the endpoint's retries; it stays due for a replica that can open it.
            if (!unopenable.has(delivery.endpointId))
              this.logger.error(
                `endpoint ${delivery.endpointId}: signing secret cannot be opened (is WEBHOOK_SECRETS_KEY the one it was sealed with?): ${(err as Error).message}`,
              );
            unopenable.add(delivery.endpointId);
            continue;
          }
          this.held.set(delivery.id, delivery.endpointId);
          this.queues.add(delivery);
        }
        // Its lease goes back at once, so another replica can take the endpoint.
        if (unopenable.size) await this.claims.giveBack(this.id, this.heldEndpoints());
        this.pump();
      } catch (err) {
        this.logger.warn(`claiming deliveries failed: ${(err as Error).message}`);
      }
      if (this.running) await this.claimWake.wait(this.config.WEBHOOK_POLL_MS);
    }
  }

  /** Records finished attempts a batch at a time until shutdown, and then whatever finished last. */
  private async recordLoop(): Promise<void> {
    for (;;) {
      await this.recordFinished();
      if (!this.recorderRunning && !this.finished.length) return;
      await this.recordWake.wait(this.config.WEBHOOK_POLL_MS);
      if (this.recorderRunning && this.finished.length < RECORD_BATCH)
        await new Promise((resolve) => setTimeout(resolve, RECORD_LINGER_MS));
    }
  }

  /** Starts every queued delivery a free slot (of the pool and of its endpoint) allows. */
  private pump(): void {
    if (!this.running) return;
    const now = this.clock.now().getTime();
    for (let next = this.queues.next(); next; next = this.queues.next()) {
      // Too little lease left (as of its claim) for a whole attempt: unsent, it stays due, and the next claim reads it again.
      if (next.leasedUntil.getTime() - now < this.config.WEBHOOK_TIMEOUT_MS + 10_000) {
        this.queues.done(next);
        this.held.delete(next.id);
      } else this.dispatch(next);
    }
  }

  /** Records the attempts finished so far; if that fails they are still due, and the next claim sends them again (same webhook-id). */
  private async recordFinished(): Promise<void> {
    if (!this.finished.length) return;
    const recording = this.finished;
    this.finished = [];
    // Counted once per attempt made, recorded or not (an attempt whose recording fails is sent again, and counted again).
    countAttempts(recording.map((o) => o.result));
    try {
      await this.outcomes.record(recording);
    } catch (err) {
      this.logger.error(`recording ${recording.length} attempt(s) failed: ${(err as Error).message}`);
    } finally {
      for (const outcome of recording) this.held.delete(outcome.deliveryId);
    }
  }

  private dispatch(claimed: ClaimedDelivery): void {
    // An attempt that throws before its request is recorded as failed: left unrecorded, its row would stay held (never read again) until a restart.
    const job = this.attempt(claimed).catch((err: Error) =>
      this.unsent(claimed, this.clock.now(), `internal error: ${err.message}`),
    );
    this.inFlight.add(job);
    void job.finally(() => {
      this.inFlight.delete(job);
      this.queues.done(claimed);
      this.pump();
      if (this.finished.length === 1 || this.finished.length >= RECORD_BATCH) this.recordWake.notify();
      if (!this.claiming && this.queues.waitingFor(claimed.endpointId) * 2 <= this.claims.perEndpoint)
        this.claimWake.notify();
    });
  }

  private async attempt(claimed: ClaimedDelivery): Promise<void> {
    const attemptedAt = this.clock.now();
    const body = webhookBody(claimed.event);
    const trace = traceOfAttempt(claimed);
    const headers = withTraceHeader(webhookHeaders(claimed.keys, claimed.event.id, attemptedAt, body), trace);
    const result = await sendInTrace(claimed, trace, () => this.sender.send(claimed.url, headers, body));
    logAttempt(claimed, result, trace);
    this.finished.push({ deliveryId: claimed.id, attemptedAt, result, traceId: trace?.traceId ?? null });
  }

  /** The endpoints of the deliveries this worker holds (queued, in flight or finished, not yet recorded). */
  private heldEndpoints(): string[] {
    return [...new Set(this.held.values())];
  }

  /** Records an attempt that could not be made, as a failure with `error`, so the retry schedule applies to it. */
  private unsent(delivery: ClaimedDelivery, at: Date, error: string): void {
    this.logger.error(`delivery ${delivery.id}: ${error}`);
    this.finished.push({ deliveryId: delivery.id, attemptedAt: at, result: { error, latencyMs: 0 } });
    this.recordWake.notify();
  }

  /** Decrypts a sealed secret into its HMAC key once per claim, however many deliveries of its endpoint the claim brought. */
  private open(sealed: string, opened: Map<string, Buffer>): Buffer {
    let key = opened.get(sealed);
    if (key === undefined) {
      key = secretKey(this.box.open(sealed));
      opened.set(sealed, key);
    }
    return key;
  }
}
