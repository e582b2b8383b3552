import { Module } from '@nestjs/common';
import { PricingModule } from '../pricing/pricing.module';
import { SearchHandler } from './search.handler';
import { SearchService } from './search.service';

@Module({ imports: [PricingModule], controllers: [SearchHandler], providers: [SearchService] })
export class SearchModule {}
