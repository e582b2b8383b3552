import { Body, Controller, Delete, Get, Put, UseGuards } from '@nestjs/common';
import { LoopbackOnlyGuard } from '../admin/loopback-only.guard';
import { type CarrierFaults, UpdateCarrierFaultsBody } from '@did/contracts';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { FaultsService } from './faults.service';

/** Read and change the fault controls at run time. Not under /v1, so faults never hide it. */
@Controller('admin/faults')
@UseGuards(LoopbackOnlyGuard)
export class AdminFaultsController {
  constructor(private readonly faults: FaultsService) {}

  @Get()
  get(): CarrierFaults {
    return this.faults.current();
  }

  /** Changes the fields given; the others keep their value. */
  @Put()
  update(@Body(new ZodValidationPipe(UpdateCarrierFaultsBody)) body: UpdateCarrierFaultsBody): CarrierFaults {
    return this.faults.update(body);
  }

  /** Back to the configured values. */
  @Delete()
  reset(): CarrierFaults {
    return this.faults.reset();
  }
}
