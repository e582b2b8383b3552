import { Controller, Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { healthPattern, HealthReply } from '@did/contracts';
import { residentSetBytes } from '@did/service-kit';

const startedAt = Date.now();

/** A controller answering `<service>.health` over NATS: what the gateway's /health and the launcher ask. */
export function healthControllerFor(service: string, version: string): Type<unknown> {
  @Controller()
  class HealthController {
    @MessagePattern(healthPattern(service))
    health(): HealthReply {
      return {
        service,
        status: 'ok',
        version,
        uptime_seconds: Math.floor((Date.now() - startedAt) / 1000),
        rss_bytes: residentSetBytes(),
      };
    }
  }
  return HealthController;
}
