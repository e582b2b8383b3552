import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  DefaultsGetRequestSchema,
  DefaultsSetRequestSchema,
  parseOrThrow,
  RoutingPatterns,
  TenantDefaults,
} from '@did/contracts';
import { DefaultsService } from './defaults.service';

@Controller()
export class DefaultsHandler {
  constructor(private readonly defaults: DefaultsService) {}

  @MessagePattern(RoutingPatterns.DefaultsGet)
  get(@Payload() data: unknown): Promise<TenantDefaults> {
    return this.defaults.get(parseOrThrow(DefaultsGetRequestSchema, data));
  }

  @MessagePattern(RoutingPatterns.DefaultsSet)
  set(@Payload() data: unknown): Promise<TenantDefaults> {
    return this.defaults.set(parseOrThrow(DefaultsSetRequestSchema, data));
  }
}
