import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { type CarrierDisconnect, CarrierDisconnectStatus, CreateCarrierDisconnectBody } from '@did/contracts';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { DisconnectsService } from './disconnects.service';

@Controller('v1/disconnects')
export class DisconnectsController {
  constructor(private readonly disconnects: DisconnectsService) {}

  /** 200: the numbers are out of service upstream (synchronous, unlike activation). */
  @Post()
  @HttpCode(200)
  async create(
    @Body(new ZodValidationPipe(CreateCarrierDisconnectBody)) body: CreateCarrierDisconnectBody,
  ): Promise<CarrierDisconnect> {
    const disconnect = await this.disconnects.create(body);
    return {
      id: disconnect.id,
      reference: disconnect.reference,
      numbers: disconnect.numbers.map((phone_number) => ({
        phone_number,
        status: CarrierDisconnectStatus.Disconnected,
      })),
      disconnected_at: disconnect.disconnectedAt.toISOString(),
    };
  }
}
