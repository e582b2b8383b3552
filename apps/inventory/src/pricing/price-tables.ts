import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  BuyerPrice,
  DomainError,
  ErrorType,
  PriceTableRequest,
  PriceTableSchema,
  PricingPatterns,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { INVENTORY_CONFIG, InventoryConfig } from '../config';

interface Entry {
  prices: BuyerPrice[];
  fetchedAt: number;
}

/**
 * The caller's buyer prices for one country, asked of ordering once and kept PRICE_CACHE_TTL_MS per
 * (account, partner, country): a search never makes one request per row. Ordering computes them with
 * the same function it quotes and debits with. When ordering cannot answer, the last table is served
 * for up to PRICE_CACHE_MAX_STALE_MS (a recent truth beats no search); with none, search fails with
 * ordering's 503, because a made-up price would break "what you see is what is debited".
 */
@Injectable()
export class PriceTables {
  private readonly logger = new Logger('PriceTables');
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly rpc: RpcClient,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(INVENTORY_CONFIG) private readonly config: InventoryConfig,
  ) {}

  async forCaller(request: PriceTableRequest): Promise<BuyerPrice[]> {
    const key = `${request.account_id}|${request.partner_id ?? ''}|${request.country_code}`;
    const now = this.clock.now().getTime();
    const cached = this.entries.get(key);
    if (cached && now - cached.fetchedAt < this.config.PRICE_CACHE_TTL_MS) return cached.prices;
    try {
      const { data } = await this.rpc.request(PricingPatterns.PriceTable, request, { reply: PriceTableSchema });
      this.remember(key, { prices: data, fetchedAt: now });
      return data;
    } catch (err) {
      const unreachable =
        err instanceof DomainError && (err.type === ErrorType.Unavailable || err.type === ErrorType.Timeout);
      if (unreachable && cached && now - cached.fetchedAt < this.config.PRICE_CACHE_MAX_STALE_MS) {
        this.logger.warn(
          `ordering unreachable (${err.message}); serving prices fetched ${now - cached.fetchedAt} ms ago`,
        );
        return cached.prices;
      }
      throw err;
    }
  }

  /** Bounded: the oldest entry goes first once the map is full. */
  private remember(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.config.PRICE_CACHE_MAX_ENTRIES)
      this.entries.delete(this.entries.keys().next().value as string);
  }
}
