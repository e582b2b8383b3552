import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CsrBody, type CsrResponse, PortabilityBody, type PortabilityResponse } from '@did/contracts';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { PortingService } from './porting.service';

@Controller('v1')
export class PortingController {
  constructor(private readonly porting: PortingService) {}

  @Post('portability')
  @HttpCode(200)
  portability(@Body(new ZodValidationPipe(PortabilityBody)) body: PortabilityBody): PortabilityResponse {
    return { data: this.porting.portability(body.phone_numbers) };
  }

  @Post('csr')
  @HttpCode(200)
  csr(@Body(new ZodValidationPipe(CsrBody)) body: CsrBody): CsrResponse {
    return this.porting.csr(body.phone_number);
  }
}
