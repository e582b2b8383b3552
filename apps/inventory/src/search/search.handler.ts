import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AvailableSummaryReply, AvailableSummaryRequestSchema, InventoryPatterns, parseOrThrow, SearchAvailableReply, SearchAvailableRequestSchema } from '@did/contracts';
import { SearchService } from './search.service';

@Controller()
export class SearchHandler {
  constructor(private readonly search: SearchService) {}

  @MessagePattern(InventoryPatterns.Search)
  available(@Payload() data: unknown): Promise<SearchAvailableReply> {
    return this.search.search(parseOrThrow(SearchAvailableRequestSchema, data, 'query'));
  }

  @MessagePattern(InventoryPatterns.Summary)
  summary(@Payload() data: unknown): Promise<AvailableSummaryReply> {
    return this.search.summary(parseOrThrow(AvailableSummaryRequestSchema, data, 'query'));
  }
}
