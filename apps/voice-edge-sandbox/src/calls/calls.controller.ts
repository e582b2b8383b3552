import { Body, Controller, Post } from '@nestjs/common';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { CallOutcome, CallsService, MessageOutcome } from './calls.service';
import { PlaceCallBody, SendMessageBody } from './dto/place-call.body';

/** Places one call or sends one message now, as a test or a person at the console would make one happen. */
@Controller()
export class CallsController {
  constructor(private readonly calls: CallsService) {}

  /** 201 with routing's decision and the record published (a refused call's record costs nothing). */
  @Post('calls')
  placeCall(@Body(new ZodValidationPipe(PlaceCallBody)) body: PlaceCallBody): Promise<CallOutcome> {
    return this.calls.placeCall(body);
  }

  /** 201 with the record published, or `sent: false` when routing has messaging off for the number. */
  @Post('messages')
  sendMessage(@Body(new ZodValidationPipe(SendMessageBody)) body: SendMessageBody): Promise<MessageOutcome> {
    return this.calls.sendMessage(body);
  }
}
