import { Module } from '@nestjs/common';
import { E911Controller } from './e911.controller';
import { E911Service } from './e911.service';

@Module({ controllers: [E911Controller], providers: [E911Service] })
export class E911Module {}
