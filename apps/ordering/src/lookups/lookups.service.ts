import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  ErrorCode,
  ErrorType,
  LedgerEntryKind,
  LookupType,
  NumberLifecyclePatterns,
  NumberLookup,
  NumberLookupRequest,
  NumberLookupResultSchema,
  SUPPORTED_COUNTRIES,
} from '@did/contracts';
import { JetStreamEvents, RpcClient } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { PRICE_LISTS, sql } from '../db/sql';
import { FundsService } from '../payments/funds.service';
import { ResellerCharges } from '../wallets/reseller-charges';
import { WalletsService } from '../wallets/wallets.service';

/**
 * Number lookups (carrier and line type, or caller name) through inventory's carrier adapter, each
 * charged its platform fee. The carrier is asked first and the fee debited only for an answer, so a
 * failed or invalid lookup costs nothing; a balance that cannot pay gets 402 and no result.
 */
@Injectable()
export class LookupsService {
  constructor(
    private readonly em: EntityManager,
    private readonly rpc: RpcClient,
    private readonly events: JetStreamEvents,
    private readonly wallets: WalletsService,
    private readonly funds: FundsService,
    private readonly charges: ResellerCharges,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async lookup(request: NumberLookupRequest): Promise<NumberLookup> {
    const { caller, query } = request;
    const wallet = await this.wallets.ensureBuyer(caller);
    const result = await this.rpc.request(
      NumberLifecyclePatterns.CarrierLookup,
      { phone_number: query.phone_number, type: query.type },
      { reply: NumberLookupResultSchema },
    );
    if (!result.valid) {
      throw new DomainError(
        ErrorType.InvalidRequest,
        ErrorCode.ValidationFailed,
        `${query.phone_number} is not a valid, assigned phone number; nothing was charged.`,
        [{ field: 'phone_number', rule: 'valid_number', message: 'not a valid phone number' }],
      );
    }
    const fee = await this.feeFor(result.country_code, query.type, wallet.currency);
    const key = `lookup:${request.lookup_id}`;
    if (fee > 0) {
      // Not marked up: the tenant's payment credited to the partner covers the partner's fee, so only the buyer may need a recharge.
      await this.funds.ensureFunds(caller.account_id, fee, key);
      await this.em.fork().transactional((em) =>
        this.charges.debit(em, {
          kind: LedgerEntryKind.LookupFee,
          buyerAccountId: caller.account_id,
          partnerId: caller.partner_id,
          currency: wallet.currency,
          buyerCents: fee,
          // Lookup fees are platform fees: not marked up, the partner pays the same.
          partnerCents: fee,
          key,
          description: `${query.type === LookupType.CallerName ? 'Caller name' : 'Carrier'} lookup of ${query.phone_number}`,
          reference: request.lookup_id,
        }),
      );
      this.events.publishSoon();
    }
    return {
      ...result,
      record_type: 'number_lookup',
      id: request.lookup_id,
      type: query.type,
      fee_cents: fee,
      currency: wallet.currency,
      looked_up_at: this.clock.now().toISOString(),
    };
  }

  /** The platform lookup fee of the looked-up number's country in the buyer's currency (the US list for countries the platform does not sell in). */
  private async feeFor(country: string | null, type: LookupType, currency: string): Promise<number> {
    const listed = country && (SUPPORTED_COUNTRIES as readonly string[]).includes(country) ? country : 'US';
    const column = type === LookupType.CallerName ? 'lookup_caller_name_cents' : 'lookup_carrier_cents';
    const rows = await sql<{ fee: number; currency: string }>(
      this.em.fork(),
      `select ${column} as fee, currency from ${PRICE_LISTS} where country_code = ? order by number_type`,
      [listed],
    );
    const row = rows.find((r) => r.currency === currency) ?? rows.find((r) => r.currency === 'USD');
    if (!row)
      throw new DomainError(ErrorType.NotFound, ErrorCode.PriceNotFound, `No lookup fee is listed for ${listed}.`);
    if (row.currency !== currency) {
      throw new DomainError(
        ErrorType.Unprocessable,
        ErrorCode.CurrencyMismatch,
        `Lookups of ${listed} numbers are priced in ${row.currency}; this account pays in ${currency} (no FX).`,
      );
    }
    return row.fee;
  }
}
