import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { UsageDirection } from '@did/contracts';
import { CallsService } from '../calls/calls.service';
import { EDGE_CONFIG, VoiceEdgeSandboxConfig } from '../config';
import { ActiveNumbers } from '../numbers/active-numbers';
import { nextArrivalMs, Random, RANDOM, randomInt } from '../records/random-traffic';
import type { TrafficBody, TrafficRates } from './dto/traffic.body';

type Kind = 'call' | 'message';
/** Calls and messages waiting on routing at once; past this a slow or absent routing drops arrivals instead of piling them up. */
const MAX_IN_FLIGHT = 200;
/** Share of generated calls and messages that are inbound. */
const INBOUND_SHARE = 0.7;
/** A repeated failure is logged at most this often (with how many were left out). */
const FAILURE_LOG_INTERVAL_MS = 60_000;

/**
 * Places calls and messages on random known active numbers at the configured rates, each arriving at
 * random (exponential gaps), so the console and usage see a steady trickle. A failure (routing down, an
 * unknown number) is logged, never retried: a real caller would just hang up.
 */
@Injectable()
export class TrafficService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Traffic');
  private rates: TrafficRates = { calls_per_minute: 0, messages_per_minute: 0 };
  private readonly timers: Record<Kind, NodeJS.Timeout | null> = { call: null, message: null };
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;
  private lastFailure = { message: '', at: 0, suppressed: 0 };

  constructor(
    @Inject(EDGE_CONFIG) private readonly config: VoiceEdgeSandboxConfig,
    private readonly numbers: ActiveNumbers,
    private readonly calls: CallsService,
    @Inject(RANDOM) private readonly random: Random,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.EDGE_DEMO_TRAFFIC) return;
    this.update({
      calls_per_minute: this.config.EDGE_CALLS_PER_MINUTE,
      messages_per_minute: this.config.EDGE_MESSAGES_PER_MINUTE,
    });
    this.logger.log(
      `demo traffic: ${this.rates.calls_per_minute} calls and ${this.rates.messages_per_minute} messages a minute on known active numbers`,
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    for (const kind of ['call', 'message'] as const) this.clear(kind);
    await Promise.allSettled([...this.inFlight]);
  }

  current(): TrafficRates {
    return { ...this.rates };
  }

  update(changes: TrafficBody): TrafficRates {
    this.rates = { ...this.rates, ...changes };
    this.schedule('call');
    this.schedule('message');
    return this.current();
  }

  private rateOf(kind: Kind): number {
    return kind === 'call' ? this.rates.calls_per_minute : this.rates.messages_per_minute;
  }

  private clear(kind: Kind): void {
    const timer = this.timers[kind];
    if (timer) clearTimeout(timer);
    this.timers[kind] = null;
  }

  /** (Re)arms the next arrival of `kind` at its current rate; a rate of 0 leaves it off. */
  private schedule(kind: Kind): void {
    this.clear(kind);
    const rate = this.rateOf(kind);
    if (this.stopped || rate <= 0) return;
    this.timers[kind] = setTimeout(
      () => {
        this.timers[kind] = null;
        this.arrive(kind);
        this.schedule(kind);
      },
      nextArrivalMs(this.random, rate),
    );
  }

  private arrive(kind: Kind): void {
    const number = this.numbers.pick(this.random);
    if (!number || this.inFlight.size >= MAX_IN_FLIGHT) return;
    const direction = this.random() < INBOUND_SHARE ? UsageDirection.Inbound : UsageDirection.Outbound;
    const placed =
      kind === 'call'
        ? this.calls.placeCall({ phone_number: number.phone_number, direction, emergency: false })
        : this.calls.sendMessage({ phone_number: number.phone_number, direction, parts: randomInt(this.random, 1, 3) });
    const done: Promise<void> = placed.then(
      () => undefined,
      (err: Error) => this.reportFailure(kind, number.phone_number, err),
    );
    this.inFlight.add(done);
    void done.finally(() => this.inFlight.delete(done));
  }

  private reportFailure(kind: Kind, phoneNumber: string, err: Error): void {
    const now = Date.now();
    const last = this.lastFailure;
    if (err.message === last.message && now - last.at < FAILURE_LOG_INTERVAL_MS) {
      last.suppressed++;
      return;
    }
    const more = last.suppressed ? ` (${last.suppressed} similar failures not shown)` : '';
    this.logger.warn(`demo ${kind} on ${phoneNumber} failed: ${err.message}${more}`);
    this.lastFailure = { message: err.message, at: now, suppressed: 0 };
  }
}
