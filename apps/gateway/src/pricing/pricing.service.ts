import { Injectable } from '@nestjs/common';
import {
  MarkupSet,
  MarkupSetSchema,
  PricingListSchema,
  PricingPatterns,
  Quote,
  QuoteBody,
  QuoteSchema,
  SetMarkupsBody,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { Actor } from '../auth/actor';
import { walletCallerOf } from '../billing/wallet-caller';
import { publicPricing, PublicPricingList } from './public-pricing';

/** Prices, markups and quotes, held by ordering; every call is for the acting account. */
@Injectable()
export class PricingService {
  constructor(private readonly rpc: RpcClient) {}

  async pricing(actor: Actor): Promise<PublicPricingList> {
    return publicPricing(
      await this.rpc.request(
        PricingPatterns.GetPricing,
        { caller: walletCallerOf(actor) },
        { reply: PricingListSchema },
      ),
    );
  }

  quote(actor: Actor, body: QuoteBody): Promise<Quote> {
    return this.rpc.request(PricingPatterns.Quote, { caller: walletCallerOf(actor), body }, { reply: QuoteSchema });
  }

  markups(actor: Actor): Promise<MarkupSet> {
    return this.rpc.request(PricingPatterns.GetMarkups, { caller: walletCallerOf(actor) }, { reply: MarkupSetSchema });
  }

  setMarkups(actor: Actor, body: SetMarkupsBody): Promise<MarkupSet> {
    return this.rpc.request(
      PricingPatterns.SetMarkups,
      { caller: walletCallerOf(actor), body },
      { reply: MarkupSetSchema },
    );
  }
}
