import { Module } from '@nestjs/common';
import { SearchHandler } from './search.handler';
import { SearchService } from './search.service';

@Module({ controllers: [SearchHandler], providers: [SearchService] })
export class SearchModule {}
