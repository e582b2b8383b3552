import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AssignNumberRequestSchema,
  CarrierLookupRequestSchema,
  ListOwnedNumbersRequestSchema,
  NumberLifecyclePatterns,
  NumberLookupResult,
  NumberRefRequestSchema,
  OwnedNumberPatterns,
  parseOrThrow,
  RegistryNumber,
  RegistryNumberList,
  UpdateRegistryNumberRequestSchema,
} from '@did/contracts';
import { ReleasesService } from '../releases/releases.service';
import { CarrierLookups } from './carrier-lookups.service';
import { NumberSettingsService } from './number-settings.service';
import { OwnedNumbersList } from './owned-numbers-list';
import { OwnedNumbersService } from './owned-numbers.service';

@Controller()
export class NumbersHandler {
  constructor(
    private readonly numbers: OwnedNumbersService,
    private readonly releases: ReleasesService,
    private readonly lookups: CarrierLookups,
    private readonly lists: OwnedNumbersList,
    private readonly settings: NumberSettingsService,
  ) {}

  @MessagePattern(OwnedNumberPatterns.List)
  list(@Payload() data: unknown): Promise<RegistryNumberList> {
    return this.lists.list(parseOrThrow(ListOwnedNumbersRequestSchema, data));
  }

  @MessagePattern(OwnedNumberPatterns.Assign)
  assign(@Payload() data: unknown): Promise<RegistryNumber> {
    return this.settings.assign(parseOrThrow(AssignNumberRequestSchema, data));
  }

  @MessagePattern(OwnedNumberPatterns.ValidateUpdate)
  validateUpdate(@Payload() data: unknown): Promise<RegistryNumber> {
    return this.settings.validate(parseOrThrow(UpdateRegistryNumberRequestSchema, data));
  }

  @MessagePattern(OwnedNumberPatterns.Update)
  update(@Payload() data: unknown): Promise<RegistryNumber> {
    return this.settings.update(parseOrThrow(UpdateRegistryNumberRequestSchema, data));
  }

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
