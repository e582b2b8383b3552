import { Injectable, Logger } from '@nestjs/common';
import {
  AccountType,
  BillingManySchema,
  BillingPatterns,
  DomainError,
  ErrorCode,
  ErrorType,
  FieldViolation,
  ListOwnedNumbersQuery,
  NumberBillingSchema,
  NumberLifecyclePatterns,
  OwnedNumberPatterns,
  PatchPhoneNumberBody,
  PhoneNumber,
  REGISTRY_PATCH_FIELDS,
  RegistryNumber,
  RegistryNumberListSchema,
  RegistryNumberSchema,
  ROUTING_SETTINGS_KEYS,
  RoutingPatterns,
  SettingsGetManyReplySchema,
  SettingsPatchReplySchema,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../accounts/entities/account.entity';
import { Actor } from '../auth/actor';
import { actingAccountOf, callerOf } from '../auth/acting-account';
import { walletCallerOf } from '../billing/wallet-caller';
import { composePhoneNumber } from './phone-number.composer';
import { isRoutingBehind, untilRoutingAgrees, whileRoutingCatchesUp } from './routing-catch-up';
import { publicList, PublicList } from '../http/cursor';

/**
 * The PhoneNumber resource, composed from its three owners with parallel requests: the registry
 * (inventory) decides what the caller may see; billing (ordering) and settings (routing) are joined
 * by number id. A PATCH is split by owner and every part is validated before any part is applied.
 */
@Injectable()
export class PhoneNumbersService {
  private readonly logger = new Logger('PhoneNumbers');

  constructor(
    private readonly rpc: RpcClient,
    private readonly em: EntityManager,
  ) {}

  async list(actor: Actor, query: ListOwnedNumbersQuery): Promise<PublicList<PhoneNumber>> {
    const page = await this.rpc.request(
      OwnedNumberPatterns.List,
      { ...callerOf(actor), query },
      { reply: RegistryNumberListSchema },
    );
    // Inventory does not count the numbers matching (that would scan the registry on every page): total is null.
    return publicList(await this.compose(actor, page.data), { next_cursor: page.meta.next_cursor });
  }

  async get(actor: Actor, ref: string): Promise<PhoneNumber> {
    const registry = await this.rpc.request(
      NumberLifecyclePatterns.Get,
      { ...callerOf(actor), number: ref },
      { reply: RegistryNumberSchema },
    );
    return (await this.compose(actor, [registry]))[0];
  }

  async patch(actor: Actor, ref: string, body: PatchPhoneNumberBody): Promise<PhoneNumber> {
    const registryPatch = pick(body, REGISTRY_PATCH_FIELDS);
    const routingPatch = pick(body, ROUTING_SETTINGS_KEYS);
    const caller = callerOf(actor);
    // Every owner checks its part at once; the registry check always runs, since it decides whether the caller may
    // configure the number at all (404, pending, released).
    const hasRouting = Object.keys(routingPatch).length > 0;
    const validateRouting = () =>
      this.rpc.request(
        RoutingPatterns.SettingsValidate,
        { caller, number_id: ref, patch: routingPatch },
        { reply: SettingsPatchReplySchema },
      );
    const [registry, ...others] = await Promise.allSettled([
      this.rpc.request(
        OwnedNumberPatterns.ValidateUpdate,
        { ...caller, number: ref, patch: registryPatch },
        { reply: RegistryNumberSchema },
      ),
      ...(hasRouting ? [validateRouting()] : []),
      ...(body.auto_renew !== undefined
        ? [
            this.rpc.request(
              BillingPatterns.Get,
              { caller: walletCallerOf(actor), number: ref },
              { reply: NumberBillingSchema },
            ),
          ]
        : []),
    ]);
    // Not the caller's number (or not configurable): that answer alone, whatever the other parts said.
    if (registry.status === 'rejected' && !(registry.reason instanceof DomainError && registry.reason.errors?.length))
      throw registry.reason;
    // Inventory says the caller may configure it; a routing that does not know the number (or its activation) yet is
    // behind by an event (an assignment or activation a moment ago), so its answer is awaited rather than passed on.
    if (
      registry.status === 'fulfilled' &&
      hasRouting &&
      others[0].status === 'rejected' &&
      isRoutingBehind(others[0].reason)
    ) {
      others[0] = await whileRoutingCatchesUp(validateRouting).then(
        (value) => ({ status: 'fulfilled', value }) as const,
        (reason: unknown) => ({ status: 'rejected', reason }) as const,
      );
    }
    throwIfAnyFailed([registry, ...others]);
    const id = (registry as PromiseFulfilledResult<RegistryNumber>).value.number_id;

    const writes: Promise<unknown>[] = [];
    if (Object.keys(registryPatch).length)
      writes.push(
        this.rpc.request(
          OwnedNumberPatterns.Update,
          { ...caller, number: id, patch: registryPatch },
          { reply: RegistryNumberSchema },
        ),
      );
    if (Object.keys(routingPatch).length)
      writes.push(
        this.rpc.request(
          RoutingPatterns.SettingsApply,
          { caller, number_id: id, patch: routingPatch },
          { reply: SettingsPatchReplySchema },
        ),
      );
    if (body.auto_renew !== undefined)
      writes.push(
        this.rpc.request(
          BillingPatterns.SetAutoRenew,
          { caller: walletCallerOf(actor), number: id, auto_renew: body.auto_renew },
          { reply: NumberBillingSchema },
        ),
      );
    // Every part was valid a moment ago; a write that still fails (a race, a service down) is reported. Each part is a plain
    // "set these fields", so sending the same PATCH again is safe.
    throwIfAnyFailed(await Promise.allSettled(writes));
    return this.get(actor, id);
  }

  /** A partner assigns one of its (or its tenants') numbers to one of its tenants; null unassigns. */
  async assign(actor: Actor, ref: string, tenantId: string | null): Promise<PhoneNumber> {
    const partner = actingAccountOf(actor);
    if (partner.type !== AccountType.Partner)
      throw new DomainError(
        ErrorType.Forbidden,
        ErrorCode.PartnerOnly,
        'Only a partner assigns numbers to its tenants.',
      );
    if (tenantId !== null) {
      const tenant = await this.em.fork().findOne(Account, { id: tenantId, parentId: partner.id });
      if (!tenant) {
        throw new DomainError(
          ErrorType.Unprocessable,
          ErrorCode.NotYourTenant,
          `Account ${tenantId} is not a tenant of this partner.`,
          [{ field: 'account_id', rule: 'your_tenant', message: 'must be one of your tenants' }],
        );
      }
    }
    // Unassigning: who had it, so the answer can wait until that tenant has lost it in routing too.
    const previousTenant =
      tenantId === null
        ? (
            await this.rpc.request(
              NumberLifecyclePatterns.Get,
              { ...callerOf(actor), number: ref },
              { reply: RegistryNumberSchema },
            )
          ).tenant_account_id
        : null;
    const registry = await this.rpc.request(
      OwnedNumberPatterns.Assign,
      { ...callerOf(actor), number: ref, tenant_account_id: tenantId },
      { reply: RegistryNumberSchema },
    );
    // Read your writes: once the partner has its answer, the new tenant can configure the number and the old one cannot.
    const tenantOf = (id: string) => ({ account_id: id, partner_id: partner.id });
    if (tenantId !== null) await this.untilRoutingShows(registry.number_id, tenantOf(tenantId), true);
    // (A number its tenant bought itself has that tenant as tenant_account_id and keeps it: nothing to wait for.)
    else if (previousTenant && previousTenant !== registry.tenant_account_id)
      await this.untilRoutingShows(registry.number_id, tenantOf(previousTenant), false);
    return (await this.compose(actor, [registry]))[0];
  }

  /**
   * Waits (briefly, see untilRoutingAgrees) until routing, which learns assignments from number.assigned,
   * shows the number to the tenant (or no longer does). The assignment itself is done either way:
   * inventory owns it, and routing catches up a moment later.
   */
  private async untilRoutingShows(
    numberId: string,
    tenant: { account_id: string; partner_id: string },
    shown: boolean,
  ): Promise<void> {
    const agrees = await untilRoutingAgrees(async () => {
      const { data } = await this.rpc.request(
        RoutingPatterns.SettingsGetMany,
        { caller: tenant, number_ids: [numberId] },
        { reply: SettingsGetManyReplySchema },
      );
      return data.length > 0 === shown;
    });
    if (!agrees) this.logger.warn(`routing had not applied the assignment of ${numberId} after its catch-up wait`);
  }

  private async compose(actor: Actor, numbers: RegistryNumber[]): Promise<PhoneNumber[]> {
    if (!numbers.length) return [];
    const ids = numbers.map((n) => n.number_id);
    const [billing, settings] = await Promise.all([
      this.rpc.request(
        BillingPatterns.GetMany,
        { caller: walletCallerOf(actor), number_ids: ids },
        { reply: BillingManySchema },
      ),
      this.rpc.request(
        RoutingPatterns.SettingsGetMany,
        { caller: callerOf(actor), number_ids: ids },
        { reply: SettingsGetManyReplySchema },
      ),
    ]);
    const byId = <T extends { number_id: string }>(rows: T[]) => new Map(rows.map((row) => [row.number_id, row]));
    const [subs, pending, routing] = [byId(billing.data), byId(billing.pending), byId(settings.data)];
    return numbers.map((registry) =>
      composePhoneNumber({
        registry,
        billing: subs.get(registry.number_id),
        pending: pending.get(registry.number_id),
        settings: routing.get(registry.number_id),
      }),
    );
  }
}

function pick<T extends object, K extends keyof T>(body: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => body[k] !== undefined).map((k) => [k, body[k]])) as Partial<Pick<T, K>>;
}

/**
 * Rethrows when any owner refused: field violations of every part are merged into one answer, so a
 * client sees all that is wrong with its PATCH at once; otherwise the first error as it came.
 */
function throwIfAnyFailed(results: PromiseSettledResult<unknown>[]): void {
  const errors = results
    .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    .map((r) => r.reason as unknown);
  if (!errors.length) return;
  const domain = errors.filter((e): e is DomainError => e instanceof DomainError);
  const withFields = domain.filter((e) => e.errors?.length);
  if (withFields.length > 1 && withFields.length === errors.length) {
    const merged: FieldViolation[] = withFields.flatMap((e) => e.errors ?? []);
    throw new DomainError(withFields[0].type, withFields[0].code, withFields.map((e) => e.message).join(' '), merged);
  }
  throw errors[0];
}
