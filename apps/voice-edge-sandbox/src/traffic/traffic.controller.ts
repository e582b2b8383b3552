import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { TrafficBody, TrafficRates } from './dto/traffic.body';
import { TrafficService } from './traffic.service';

/** The rates of generated traffic, read and changed at run time (a restart brings back the configured ones). */
@Controller('traffic')
export class TrafficController {
  constructor(private readonly traffic: TrafficService) {}

  @Get()
  get(): TrafficRates {
    return this.traffic.current();
  }

  @Post()
  @HttpCode(200)
  update(@Body(new ZodValidationPipe(TrafficBody)) body: TrafficBody): TrafficRates {
    return this.traffic.update(body);
  }
}
