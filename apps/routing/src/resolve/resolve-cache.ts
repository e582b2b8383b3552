import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { CacheInvalidation } from '@did/contracts';
import { loadActiveState, RoutingState, userAccountOf } from '../numbers/routing-state';
import { ROUTING_CONFIG, RoutingConfig } from '../config';

interface Entry {
  state: RoutingState | null;
  loadedAt: number;
}

/**
 * Resolve's memory: the routing state of each number asked about, by E.164 (an unknown number is
 * remembered too, as null). Entries leave on an invalidation naming them, their number or one of
 * their accounts, or after RESOLVE_CACHE_TTL_MS as a bound on a lost invalidation. A load that raced
 * with an invalidation answers its caller but is not kept, so a write is never hidden by an older read.
 */
@Injectable()
export class ResolveCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<RoutingState | null>>();
  private generation = 0;

  constructor(
    private readonly em: EntityManager,
    @Inject(ROUTING_CONFIG) private readonly config: RoutingConfig,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The cached state of `e164`, or a promise of it loaded from the database. */
  get(e164: string): RoutingState | null | Promise<RoutingState | null> {
    const entry = this.entries.get(e164);
    if (entry && Date.now() - entry.loadedAt < this.config.RESOLVE_CACHE_TTL_MS) return entry.state;
    return this.load(e164);
  }

  invalidate(what: CacheInvalidation): void {
    this.generation++;
    if (what.all) {
      this.entries.clear();
      return;
    }
    for (const e164 of what.e164s ?? []) this.entries.delete(e164);
    const numbers = new Set(what.number_ids ?? []);
    const accounts = new Set(what.account_ids ?? []);
    if (!numbers.size && !accounts.size) return;
    for (const [e164, { state }] of this.entries) {
      if (!state) continue;
      if (
        numbers.has(state.numberId) ||
        accounts.has(state.ownerAccountId) ||
        accounts.has(userAccountOf(state)) ||
        (state.ownerPartnerId !== null && accounts.has(state.ownerPartnerId))
      ) {
        this.entries.delete(e164);
      }
    }
  }

  private load(e164: string): Promise<RoutingState | null> {
    const pending = this.loading.get(e164);
    if (pending) return pending;
    const generation = this.generation;
    const promise = loadActiveState(this.em.fork(), e164)
      .then((state) => {
        if (generation === this.generation) this.keep(e164, state);
        return state;
      })
      .finally(() => this.loading.delete(e164));
    this.loading.set(e164, promise);
    return promise;
  }

  private keep(e164: string, state: RoutingState | null): void {
    this.entries.delete(e164);
    if (this.entries.size >= this.config.RESOLVE_CACHE_MAX_ENTRIES) {
      // Oldest first: a Map iterates in insertion order, and a reload re-inserts at the end.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(e164, { state, loadedAt: Date.now() });
  }
}
