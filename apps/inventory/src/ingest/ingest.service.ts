import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { CarrierFeedNumber } from '@did/contracts';
import { CLOCK, Clock } from '@did/service-kit';
import { INVENTORY_CONFIG, InventoryConfig } from '../config';
import { FeedRequest, readCarrierFeed } from './carrier-feed.client';
import { ingestRows, IngestResult } from './ingest-rows';

/** Loads carrier inventory into the registry. */
@Injectable()
export class IngestService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(INVENTORY_CONFIG) private readonly config: InventoryConfig,
  ) {}

  ingestRows(rows: AsyncIterable<CarrierFeedNumber> | Iterable<CarrierFeedNumber>): Promise<IngestResult> {
    return ingestRows(this.em, rows, this.clock.now());
  }

  /** Reads the carrier's feed over HTTP and loads it. */
  ingestFromCarrier(request: FeedRequest): Promise<IngestResult> {
    return this.ingestRows(readCarrierFeed(this.config.CARRIER_SANDBOX_URL, request));
  }
}
