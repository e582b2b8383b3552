import { Injectable } from '@nestjs/common';
import {
  BillingPatterns,
  NumberBilling,
  NumberBillingSchema,
  UpcomingCharges,
  UpcomingChargesSchema,
  UpcomingQuery,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { Actor } from '../auth/actor';
import { walletCallerOf } from '../billing/wallet-caller';

/** A number's billing, held by ordering; every call is scoped to the acting account (the buyer, or its partner). */
@Injectable()
export class NumberBillingService {
  constructor(private readonly rpc: RpcClient) {}

  get(actor: Actor, number: string): Promise<NumberBilling> {
    return this.rpc.request(
      BillingPatterns.Get,
      { caller: walletCallerOf(actor), number },
      { reply: NumberBillingSchema },
    );
  }

  /** Ordering keeps `idempotencyKey` with the period it pays, so a retry answers with that period instead of charging or refusing. */
  renew(actor: Actor, number: string, idempotencyKey: string): Promise<NumberBilling> {
    return this.rpc.request(
      BillingPatterns.Renew,
      { caller: walletCallerOf(actor), number, idempotency_key: idempotencyKey },
      { reply: NumberBillingSchema },
    );
  }

  cancelRenewal(actor: Actor, number: string): Promise<NumberBilling> {
    return this.rpc.request(
      BillingPatterns.CancelRenewal,
      { caller: walletCallerOf(actor), number },
      { reply: NumberBillingSchema },
    );
  }

  resumeRenewal(actor: Actor, number: string): Promise<NumberBilling> {
    return this.rpc.request(
      BillingPatterns.ResumeRenewal,
      { caller: walletCallerOf(actor), number },
      { reply: NumberBillingSchema },
    );
  }

  /** `PATCH /v1/numbers/{id}` with auto_renew. */
  setAutoRenew(actor: Actor, number: string, autoRenew: boolean): Promise<NumberBilling> {
    return this.rpc.request(
      BillingPatterns.SetAutoRenew,
      { caller: walletCallerOf(actor), number, auto_renew: autoRenew },
      { reply: NumberBillingSchema },
    );
  }

  upcoming(actor: Actor, query: UpcomingQuery): Promise<UpcomingCharges> {
    return this.rpc.request(
      BillingPatterns.Upcoming,
      { caller: walletCallerOf(actor), query },
      { reply: UpcomingChargesSchema },
    );
  }
}
