import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { type CarrierCountriesResponse, CarrierFeedQuery } from '@did/contracts';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { FeedService } from './feed.service';

@Controller('v1/inventory')
export class FeedController {
  constructor(private readonly feed: FeedService) {}

  @Get('countries')
  countries(): CarrierCountriesResponse {
    return { data: this.feed.countries() };
  }

  /** One `CarrierFeedNumber` per line (`application/x-ndjson`), streamed. */
  @Get('feed')
  stream(@Query(new ZodValidationPipe(CarrierFeedQuery, 'query')) query: CarrierFeedQuery): StreamableFile {
    return new StreamableFile(this.feed.feed(query), { type: 'application/x-ndjson' });
  }
}
