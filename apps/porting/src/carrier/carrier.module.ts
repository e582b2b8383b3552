import { Global, Module } from '@nestjs/common';
import { CarrierPortingClient } from './carrier-porting.client';

@Global()
@Module({ providers: [CarrierPortingClient], exports: [CarrierPortingClient] })
export class CarrierModule {}
