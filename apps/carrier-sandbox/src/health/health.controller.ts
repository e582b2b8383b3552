import { Controller, Get } from '@nestjs/common';
import { residentSetBytes } from '@did/service-kit';

/** Liveness over HTTP: the carrier is reached over HTTP, so this is what callers and probes check. */
@Controller('health')
export class HttpHealthController {
  @Get()
  health(): { status: 'ok'; service: string; rss_bytes: number } {
    return { status: 'ok', service: 'carrier-sandbox', rss_bytes: residentSetBytes() };
  }
}
