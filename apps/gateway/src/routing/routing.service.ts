import { Injectable } from '@nestjs/common';
import {
  CreateEmergencyAddressBody,
  CreateEmergencyAddressReply,
  CreateEmergencyAddressReplySchema,
  DomainError,
  EmergencyAddress,
  EmergencyAddressListSchema,
  EmergencyAddressSchema,
  ErrorCode,
  ErrorType,
  NumberCompliance,
  NumberComplianceSchema,
  NumberEmergency,
  NumberEmergencySchema,
  RoutingCaller,
  RoutingPatterns,
  SetComplianceBody,
  TenantDefaults,
  TenantDefaultsPatch,
  TenantDefaultsSchema,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { AccountsService } from '../accounts/accounts.service';
import { callerOf } from '../auth/acting-account';
import { Actor } from '../auth/actor';
import { problemFor } from '../http/problem';
import { RenderedResponseException } from '../http/error-response';
import { publicList, PublicList } from '../http/cursor';

/** Account defaults, emergency addresses, a number's 911 service and compliance, held by routing; every call is scoped to the caller. */
@Injectable()
export class RoutingService {
  constructor(
    private readonly rpc: RpcClient,
    private readonly accounts: AccountsService,
  ) {}

  async defaults(actor: Actor, accountId: string): Promise<TenantDefaults> {
    return this.rpc.request(
      RoutingPatterns.DefaultsGet,
      { caller: await this.accountCaller(actor, accountId) },
      { reply: TenantDefaultsSchema },
    );
  }

  async setDefaults(actor: Actor, accountId: string, patch: TenantDefaultsPatch): Promise<TenantDefaults> {
    return this.rpc.request(
      RoutingPatterns.DefaultsSet,
      { caller: await this.accountCaller(actor, accountId), patch },
      { reply: TenantDefaultsSchema },
    );
  }

  /** 422 emergency_address_invalid with the carrier's suggestions (a problem+json extension member) when the carrier refuses it. */
  async createAddress(actor: Actor, address: CreateEmergencyAddressBody, instance: string): Promise<EmergencyAddress> {
    const reply: CreateEmergencyAddressReply = await this.rpc.request(
      RoutingPatterns.EmergencyAddressCreate,
      { caller: callerOf(actor), address },
      { reply: CreateEmergencyAddressReplySchema },
    );
    if (reply.outcome === 'created') return reply.address;
    const error = new DomainError(ErrorType.Unprocessable, ErrorCode.EmergencyAddressInvalid, reply.message, [
      { field: reply.field, rule: reply.reason, message: reply.message },
    ]);
    const body = { ...problemFor(error, instance), reason: reply.reason, suggestions: reply.suggestions };
    throw new RenderedResponseException({
      status: 422,
      headers: { 'content-type': 'application/problem+json' },
      body: JSON.stringify(body),
    });
  }

  async addresses(actor: Actor): Promise<PublicList<EmergencyAddress>> {
    const { data } = await this.rpc.request(
      RoutingPatterns.EmergencyAddressList,
      { caller: callerOf(actor) },
      { reply: EmergencyAddressListSchema },
    );
    return publicList(data, { total: data.length });
  }

  address(actor: Actor, id: string): Promise<EmergencyAddress> {
    return this.rpc.request(
      RoutingPatterns.EmergencyAddressGet,
      { caller: callerOf(actor), emergency_address_id: id },
      { reply: EmergencyAddressSchema },
    );
  }

  deleteAddress(actor: Actor, id: string): Promise<EmergencyAddress> {
    return this.rpc.request(
      RoutingPatterns.EmergencyAddressDelete,
      { caller: callerOf(actor), emergency_address_id: id },
      { reply: EmergencyAddressSchema },
    );
  }

  emergency(actor: Actor, numberId: string): Promise<NumberEmergency> {
    return this.rpc.request(
      RoutingPatterns.NumberEmergencyGet,
      { caller: callerOf(actor), number_id: numberId },
      { reply: NumberEmergencySchema },
    );
  }

  setEmergency(actor: Actor, numberId: string, emergencyAddressId: string): Promise<NumberEmergency> {
    return this.rpc.request(
      RoutingPatterns.NumberEmergencySet,
      { caller: callerOf(actor), number_id: numberId, emergency: { emergency_address_id: emergencyAddressId } },
      { reply: NumberEmergencySchema },
    );
  }

  clearEmergency(actor: Actor, numberId: string): Promise<NumberEmergency> {
    return this.rpc.request(
      RoutingPatterns.NumberEmergencyClear,
      { caller: callerOf(actor), number_id: numberId },
      { reply: NumberEmergencySchema },
    );
  }

  compliance(actor: Actor, numberId: string): Promise<NumberCompliance> {
    return this.rpc.request(
      RoutingPatterns.ComplianceGet,
      { caller: callerOf(actor), number_id: numberId },
      { reply: NumberComplianceSchema },
    );
  }

  setCompliance(actor: Actor, numberId: string, compliance: SetComplianceBody): Promise<NumberCompliance> {
    return this.rpc.request(
      RoutingPatterns.ComplianceSet,
      { caller: callerOf(actor), number_id: numberId, compliance },
      { reply: NumberComplianceSchema },
    );
  }

  /** Acting on another account's defaults: the gateway owns the account tree, so it checks access (404 account_not_found) and asks as that account. */
  private async accountCaller(actor: Actor, accountId: string): Promise<RoutingCaller> {
    const account = await this.accounts.get(actor, accountId);
    return { account_id: account.id, partner_id: account.parentId };
  }
}
