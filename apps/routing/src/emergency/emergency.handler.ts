import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreateEmergencyAddressReply,
  CreateEmergencyAddressRequestSchema,
  EmergencyAddress,
  EmergencyAddressList,
  EmergencyAddressListRequestSchema,
  EmergencyAddressRefRequestSchema,
  NumberEmergency,
  NumberRefCallerRequestSchema,
  parseOrThrow,
  RoutingPatterns,
  SetNumberEmergencyRequestSchema,
} from '@did/contracts';
import { EmergencyAddressesService } from './emergency-addresses.service';
import { NumberEmergencyService } from './number-emergency.service';

@Controller()
export class EmergencyHandler {
  constructor(
    private readonly addresses: EmergencyAddressesService,
    private readonly numbers: NumberEmergencyService,
  ) {}

  @MessagePattern(RoutingPatterns.EmergencyAddressCreate)
  create(@Payload() data: unknown): Promise<CreateEmergencyAddressReply> {
    return this.addresses.create(parseOrThrow(CreateEmergencyAddressRequestSchema, data));
  }

  @MessagePattern(RoutingPatterns.EmergencyAddressList)
  list(@Payload() data: unknown): Promise<EmergencyAddressList> {
    return this.addresses.list(parseOrThrow(EmergencyAddressListRequestSchema, data));
  }

  @MessagePattern(RoutingPatterns.EmergencyAddressGet)
  get(@Payload() data: unknown): Promise<EmergencyAddress> {
    return this.addresses.get(parseOrThrow(EmergencyAddressRefRequestSchema, data));
  }

  @MessagePattern(RoutingPatterns.EmergencyAddressDelete)
  delete(@Payload() data: unknown): Promise<EmergencyAddress> {
    return this.addresses.delete(parseOrThrow(EmergencyAddressRefRequestSchema, data));
  }

  @MessagePattern(RoutingPatterns.NumberEmergencyGet)
  numberGet(@Payload() data: unknown): Promise<NumberEmergency> {
    return this.numbers.get(parseOrThrow(NumberRefCallerRequestSchema, data));
  }

  @MessagePattern(RoutingPatterns.NumberEmergencySet)
  numberSet(@Payload() data: unknown): Promise<NumberEmergency> {
    return this.numbers.set(parseOrThrow(SetNumberEmergencyRequestSchema, data));
  }

  @MessagePattern(RoutingPatterns.NumberEmergencyClear)
  numberClear(@Payload() data: unknown): Promise<NumberEmergency> {
    return this.numbers.clear(parseOrThrow(NumberRefCallerRequestSchema, data));
  }
}
