import { Controller, Get } from '@nestjs/common';
import { residentSetBytes } from '@did/service-kit';
import { ActiveNumbers } from '../numbers/active-numbers';

/** Liveness over HTTP, where the sandbox is reached. */
@Controller('health')
export class HttpHealthController {
  constructor(private readonly numbers: ActiveNumbers) {}

  @Get()
  health(): { status: 'ok'; service: string; active_numbers: number; rss_bytes: number } {
    return {
      status: 'ok',
      service: 'voice-edge-sandbox',
      active_numbers: this.numbers.size,
      rss_bytes: residentSetBytes(),
    };
  }
}
