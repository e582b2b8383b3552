import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CarrierLookupRequestSchema, NumberLifecyclePatterns, NumberLookupResult, NumberRefRequestSchema, parseOrThrow, RegistryNumber } from '@did/contracts';
import { ReleasesService } from '../releases/releases.service';
import { CarrierLookups } from './carrier-lookups.service';
import { OwnedNumbersService } from './owned-numbers.service';

@Controller()
export class NumbersHandler {
  constructor(
    private readonly numbers: OwnedNumbersService,
    private readonly releases: ReleasesService,
    private readonly lookups: CarrierLookups,
  ) {}

  @MessagePattern(NumberLifecyclePatterns.Get)
  get(@Payload() data: unknown): Promise<RegistryNumber> {
    return this.numbers.get(parseOrThrow(NumberRefRequestSchema, data));
  }

  @MessagePattern(NumberLifecyclePatterns.Release)
  release(@Payload() data: unknown): Promise<RegistryNumber> {
    return this.releases.release(parseOrThrow(NumberRefRequestSchema, data));
  }

  @MessagePattern(NumberLifecyclePatterns.CarrierLookup)
  lookup(@Payload() data: unknown): Promise<NumberLookupResult> {
    return this.lookups.lookup(parseOrThrow(CarrierLookupRequestSchema, data, 'query'));
  }
}
