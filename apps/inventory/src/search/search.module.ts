import { Module } from '@nestjs/common';
import { PricingModule } from '../pricing/pricing.module';
import { SearchHandler } from './search.handler';
import { SearchResponder } from './search.responder';
import { SearchService } from './search.service';

@Module({ imports: [PricingModule], controllers: [SearchHandler], providers: [SearchService, SearchResponder] })
export class SearchModule {}
