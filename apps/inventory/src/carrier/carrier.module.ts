import { Module } from '@nestjs/common';
import { CarrierClient } from './carrier.client';

/** The upstream carrier's HTTP API (orders, disconnects, lookups). */
@Module({ providers: [CarrierClient], exports: [CarrierClient] })
export class CarrierModule {}
