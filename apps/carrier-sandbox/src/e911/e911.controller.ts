import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { type E911Validation, E911ValidateBody } from '@did/contracts';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { E911Service } from './e911.service';

@Controller('v1/e911')
export class E911Controller {
  constructor(private readonly e911: E911Service) {}

  /** 200 either way: `valid` with the normalized address, or a reason and suggestions. */
  @Post('validate')
  @HttpCode(200)
  validate(@Body(new ZodValidationPipe(E911ValidateBody)) body: E911ValidateBody): E911Validation {
    return this.e911.validate(body.address);
  }
}
