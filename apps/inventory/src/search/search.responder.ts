import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { NatsConnection } from 'nats';
import { InventoryPatterns, parseOrThrow, SearchAvailableRequestSchema } from '@did/contracts';
import { MESSAGING_OPTIONS, MessagingOptions, NATS_CONNECTION, PlainResponder } from '@did/messaging';
import { SearchService } from './search.service';

/**
 * Answers `inventory.search` on a plain NATS subscription (PlainResponder), not through Nest's
 * per-message pipeline: every search box keystroke of every console and API client lands here, and
 * the search itself is two raw statements on pooled connections (no ORM request context needed).
 */
@Injectable()
export class SearchResponder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly responder = new PlainResponder(InventoryPatterns.Search, (data) => this.search.search(parseOrThrow(SearchAvailableRequestSchema, data, 'query')));

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly search: SearchService,
  ) {}

  onApplicationBootstrap(): void {
    this.responder.start(this.nc, this.options);
  }

  onApplicationShutdown(): void {
    this.responder.stop();
  }
}
