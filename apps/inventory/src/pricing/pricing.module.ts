import { Module } from '@nestjs/common';
import { PriceTables } from './price-tables';

/** Buyer prices, owned by ordering and cached here briefly for search. */
@Module({ providers: [PriceTables], exports: [PriceTables] })
export class PricingModule {}
