import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  CsrCoverageRequest,
  CsrCoverageResult,
  CsrCoverageRpcReply,
  E164Schema,
  PortabilityCheckReply,
  PortabilityCheckResult,
} from '@did/contracts';
import { CarrierPortingClient } from '../carrier/carrier-porting.client';
import { numbersOnOpenOrders } from './csr-access';
import { CsrBudget } from './csr-budget';

const invalid = { code: 'invalid_phone_number', message: 'not an E.164 number such as +15125550100' };

/** Pre-order checks answered by the carrier; a malformed number gets its own error, never a failed request. */
@Injectable()
export class ChecksService {
  constructor(
    private readonly carrier: CarrierPortingClient,
    private readonly budget: CsrBudget,
    private readonly em: EntityManager,
  ) {}

  async portability(phoneNumbers: string[]): Promise<PortabilityCheckReply> {
    const valid = [...new Set(phoneNumbers.filter((n) => E164Schema.safeParse(n).success))];
    const answers = valid.length ? (await this.carrier.portability(valid)).data : [];
    const byNumber = new Map(answers.map((a) => [a.phone_number, a]));
    const data = phoneNumbers.map((n): PortabilityCheckResult => {
      const a = byNumber.get(n);
      if (!a)
        return {
          phone_number: n,
          portable: false,
          fast_portable: false,
          not_portable_reason: 'invalid_number',
          losing_carrier: null,
          country_code: null,
          number_type: null,
          error: invalid,
        };
      return {
        phone_number: n,
        portable: a.portable,
        fast_portable: a.fast_portable,
        not_portable_reason: a.not_portable_reason,
        losing_carrier: a.losing_carrier?.name ?? null,
        country_code: a.country_code,
        number_type: a.number_type,
        error:
          a.not_portable_reason === 'invalid_number'
            ? { code: 'invalid_phone_number', message: `${n} is not a valid, assigned number` }
            : null,
      };
    });
    return { data };
  }

  /**
   * The losing carrier's CSR of each number on one of the caller's open (draft or exception) port
   * orders: what a customer needs to fill in or fix its own port. Any other number gets
   * `not_on_open_port_order` and nothing else, whether or not it exists, so the route cannot be used to
   * read a stranger's account holder, account number and address. Lookups count against the
   * account's hourly budget; over it, nothing is fetched.
   */
  async csr(request: CsrCoverageRequest): Promise<CsrCoverageRpcReply> {
    const phoneNumbers = request.phone_numbers;
    const valid = [...new Set(phoneNumbers.filter((n) => E164Schema.safeParse(n).success))];
    const eligible = await numbersOnOpenOrders(this.em.fork(), request.caller.account_id, valid);
    const verdict = await this.budget.take(request.caller.account_id, eligible);
    if (!verdict.allowed)
      return {
        data: [],
        rate_limited: { limit_per_hour: verdict.limitPerHour, retry_after_seconds: verdict.retryAfterSeconds },
      };
    const records = new Map(
      await Promise.all([...eligible.keys()].map(async (n) => [n, await this.carrier.csr(n)] as const)),
    );
    const data = phoneNumbers.map((n): CsrCoverageResult => {
      const empty = {
        phone_number: n,
        available: false,
        losing_carrier: null,
        account_name: null,
        account_number: null,
        billing_telephone_number: null,
        service_address: null,
      };
      if (!E164Schema.safeParse(n).success) return { ...empty, reason: 'invalid_phone_number' };
      const csr = records.get(n);
      if (!csr) return { ...empty, reason: 'not_on_open_port_order' };
      return {
        phone_number: n,
        available: csr.available,
        reason: csr.reason,
        losing_carrier: csr.losing_carrier?.name ?? null,
        account_name: csr.account_name,
        account_number: csr.account_number,
        billing_telephone_number: csr.billing_telephone_number,
        service_address: csr.service_address,
      };
    });
    return { data, rate_limited: null };
  }
}
