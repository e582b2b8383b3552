import { Module } from '@nestjs/common';
import { NumberRegistry } from './registry.service';

@Module({ providers: [NumberRegistry], exports: [NumberRegistry] })
export class RegistryModule {}
