import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Balance,
  CreatePaymentMethodRequestSchema,
  ListPaymentMethodsRequestSchema,
  parseOrThrow,
  PaymentMethod,
  PaymentMethodList,
  PaymentMethodPatterns,
  PaymentMethodRefRequestSchema,
  SetAutoRechargeRequestSchema,
  TopUp,
  TopUpRequestSchema,
  WalletPatterns,
} from '@did/contracts';
import { FundsService } from './funds.service';
import { PaymentMethodsService } from './payment-methods.service';
import { PaymentsService } from './payments.service';

@Controller()
export class PaymentsHandler {
  constructor(
    private readonly methods: PaymentMethodsService,
    private readonly payments: PaymentsService,
    private readonly funds: FundsService,
  ) {}

  @MessagePattern(PaymentMethodPatterns.Create)
  create(@Payload() data: unknown): Promise<PaymentMethod> {
    return this.methods.create(parseOrThrow(CreatePaymentMethodRequestSchema, data));
  }

  @MessagePattern(PaymentMethodPatterns.List)
  list(@Payload() data: unknown): Promise<PaymentMethodList> {
    return this.methods.list(parseOrThrow(ListPaymentMethodsRequestSchema, data));
  }

  @MessagePattern(PaymentMethodPatterns.Get)
  get(@Payload() data: unknown): Promise<PaymentMethod> {
    return this.methods.get(parseOrThrow(PaymentMethodRefRequestSchema, data));
  }

  @MessagePattern(PaymentMethodPatterns.Delete)
  delete(@Payload() data: unknown): Promise<PaymentMethod> {
    return this.methods.delete(parseOrThrow(PaymentMethodRefRequestSchema, data));
  }

  @MessagePattern(WalletPatterns.TopUp)
  topUp(@Payload() data: unknown): Promise<TopUp> {
    return this.payments.topUp(parseOrThrow(TopUpRequestSchema, data));
  }

  @MessagePattern(WalletPatterns.SetAutoRecharge)
  setAutoRecharge(@Payload() data: unknown): Promise<Balance> {
    return this.funds.setAutoRecharge(parseOrThrow(SetAutoRechargeRequestSchema, data));
  }
}
