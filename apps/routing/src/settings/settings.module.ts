import { Module } from '@nestjs/common';
import { SettingsHandler } from './settings.handler';
import { SettingsService } from './settings.service';

/** Number settings: get_many, validate, apply. */
@Module({ controllers: [SettingsHandler], providers: [SettingsService] })
export class SettingsModule {}
