import { Module } from '@nestjs/common';
import { DisconnectsController } from './disconnects.controller';
import { DisconnectsService } from './disconnects.service';

@Module({ controllers: [DisconnectsController], providers: [DisconnectsService] })
export class DisconnectsModule {}
