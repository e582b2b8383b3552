import { Controller, Get, HttpCode, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator';
import { HealthService, ServicesHealth } from './health.service';

@ApiTags('Health')
@Public()
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Liveness of the gateway and its database' })
  async live(): Promise<{ status: 'ok'; service: 'gateway'; rss_bytes: number }> {
    return this.health.gateway();
  }

  @Get('services')
  @HttpCode(200)
  @ApiOperation({ summary: 'Readiness of every service behind the gateway (503 if one does not answer)' })
  async services(@Res({ passthrough: true }) reply: FastifyReply): Promise<ServicesHealth> {
    const result = await this.health.services();
    if (result.status !== 'ok') void reply.status(503);
    return result;
  }
}
