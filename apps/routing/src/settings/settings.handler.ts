import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  parseOrThrow,
  RoutingPatterns,
  SettingsGetManyReply,
  SettingsGetManyRequestSchema,
  SettingsPatchReply,
  SettingsPatchRequestSchema,
} from '@did/contracts';
import { SettingsService } from './settings.service';

@Controller()
export class SettingsHandler {
  constructor(private readonly settings: SettingsService) {}

  @MessagePattern(RoutingPatterns.SettingsGetMany)
  getMany(@Payload() data: unknown): Promise<SettingsGetManyReply> {
    return this.settings.getMany(parseOrThrow(SettingsGetManyRequestSchema, data));
  }

  @MessagePattern(RoutingPatterns.SettingsValidate)
  validate(@Payload() data: unknown): Promise<SettingsPatchReply> {
    return this.settings.validate(parseOrThrow(SettingsPatchRequestSchema, data));
  }

  @MessagePattern(RoutingPatterns.SettingsApply)
  apply(@Payload() data: unknown): Promise<SettingsPatchReply> {
    return this.settings.apply(parseOrThrow(SettingsPatchRequestSchema, data));
  }
}
