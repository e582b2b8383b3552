import { Module } from '@nestjs/common';
import { EndpointsHandler } from './endpoints.handler';
import { EndpointsService } from './endpoints.service';
import { UrlGuard } from './url-guard.service';

@Module({ controllers: [EndpointsHandler], providers: [EndpointsService, UrlGuard], exports: [UrlGuard] })
export class EndpointsModule {}
