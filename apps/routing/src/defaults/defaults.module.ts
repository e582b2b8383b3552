import { Module } from '@nestjs/common';
import { DefaultsHandler } from './defaults.handler';
import { DefaultsService } from './defaults.service';

/** Account defaults: default CNAM, unconfigured-number behaviour, recording, max channels. */
@Module({ controllers: [DefaultsHandler], providers: [DefaultsService] })
export class DefaultsModule {}
