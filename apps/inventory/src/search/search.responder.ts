import { Injectable } from '@nestjs/common';
import { InventoryPatterns, parseOrThrow, SearchAvailableRequestSchema } from '@did/contracts';
import { PlainResponders } from '@did/messaging';
import { SearchService } from './search.service';

/**
 * Answers `inventory.search` on a plain NATS subscription (PlainResponder), not through Nest's
 * per-message pipeline: every search box keystroke of every console and API client lands here, and
 * the search itself is two raw statements on pooled connections (no ORM request context needed).
 */
@Injectable()
export class SearchResponder {
  constructor(responders: PlainResponders, search: SearchService) {
    responders.answer(InventoryPatterns.Search, (data) =>
      search.search(parseOrThrow(SearchAvailableRequestSchema, data, 'query')),
    );
  }
}
