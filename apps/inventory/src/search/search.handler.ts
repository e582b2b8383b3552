import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AvailableSummaryReply, AvailableSummaryRequestSchema, InventoryPatterns, parseOrThrow } from '@did/contracts';
import { SearchService } from './search.service';

/** `inventory.search` itself is answered by SearchResponder (a plain NATS subscription). */
@Controller()
export class SearchHandler {
  constructor(private readonly search: SearchService) {}

  @MessagePattern(InventoryPatterns.Summary)
  summary(@Payload() data: unknown): Promise<AvailableSummaryReply> {
    return this.search.summary(parseOrThrow(AvailableSummaryRequestSchema, data, 'query'));
  }
}
