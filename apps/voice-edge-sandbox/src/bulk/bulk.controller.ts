import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { BulkService } from './bulk.service';
import { BulkBody, BulkResult } from './dto/bulk.body';

@Controller('bulk')
export class BulkController {
  constructor(private readonly bulk: BulkService) {}

  /** Answers once every record is stored (or the first publish failed), with the throughput measured. */
  @Post()
  @HttpCode(200)
  publish(@Body(new ZodValidationPipe(BulkBody)) body: BulkBody): Promise<BulkResult> {
    return this.bulk.publish(body);
  }
}
