import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { JSONCodec, NatsConnection, Subscription } from 'nats';
import { CacheInvalidation, CacheInvalidationSchema, routingCacheSubject } from '@did/contracts';
import { MESSAGING_OPTIONS, MessagingOptions, NATS_CONNECTION } from '@did/messaging';
import { ResolveCache } from './resolve-cache';

const codec = JSONCodec<unknown>();

/**
 * Tells every routing replica what changed, so each drops those resolve answers. This replica's own
 * cache is invalidated before announce() returns (a write is visible to the next resolve here); the
 * others hear it over core NATS within milliseconds. Losing one such message costs staleness up to
 * RESOLVE_CACHE_TTL_MS, never data, so fire-and-forget is enough.
 */
@Injectable()
export class CacheBus implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CacheBus');
  private readonly origin = randomUUID();
  private subscription: Subscription | null = null;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly cache: ResolveCache,
  ) {}

  onApplicationBootstrap(): void {
    this.subscription = this.nc.subscribe(routingCacheSubject(this.options.prefix), {
      callback: (err, msg) => {
        if (err) return;
        const body = codec.decode(msg.data) as { origin?: string; what?: unknown };
        if (body.origin === this.origin) return;
        const parsed = CacheInvalidationSchema.safeParse(body.what);
        // Unreadable: drop everything rather than keep what might be stale.
        this.cache.invalidate(parsed.success ? parsed.data : { all: true });
      },
    });
  }

  onApplicationShutdown(): void {
    this.subscription?.unsubscribe();
  }

  announce(what: CacheInvalidation): void {
    this.cache.invalidate(what);
    try {
      this.nc.publish(routingCacheSubject(this.options.prefix), codec.encode({ origin: this.origin, what }));
    } catch (err) {
      this.logger.warn(`cannot announce a cache invalidation: ${(err as Error).message}`);
    }
  }
}
