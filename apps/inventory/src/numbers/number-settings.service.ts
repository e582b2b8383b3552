import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  AssignNumberRequest,
  DomainError,
  ErrorCode,
  ErrorType,
  Events,
  FieldViolation,
  NumberState,
  RegistryNumber,
  RegistryPatch,
  UpdateRegistryNumberRequest,
} from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { NUMBERS, sql } from '../db/sql';
import { Connection } from '../connections/entities/connection.entity';
import { numberRef, visibleToSql } from '../registry/number-ref';
import { lockNumbers, NumberRow, ownerScopeOf, readNumbers } from '../registry/number-rows';
import { presentLive } from './registry-number.presenter';

const SERVICE = 'inventory';

/** Column of each registry field a PATCH may change. */
const COLUMN: Record<keyof RegistryPatch, string> = {
  customer_reference: 'customer_reference',
  description: 'description',
  tags: 'tags',
  connection_id: 'connection_id',
};

/**
 * What the owner (or its partner, or the tenant it is assigned to) sets on a number in the registry:
 * customer reference, description, tags and connection, and (partners) which tenant it is assigned
 * to. Numbers that are porting in can be configured ahead of the port; pending and released ones cannot.
 */
@Injectable()
export class NumberSettingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: JetStreamEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Every check of `update`, without writing: the gateway validates every owner of a PATCH before applying any. */
  async validate(request: UpdateRegistryNumberRequest): Promise<RegistryNumber> {
    const em = this.em.fork();
    const [row] = await this.visible(em, request, false);
    await this.check(em, row, request);
    return presentLive(row);
  }

  async update(request: UpdateRegistryNumberRequest): Promise<RegistryNumber> {
    const changed = await this.em.fork().transactional(async (em) => {
      const [row] = await this.visible(em, request, true);
      await this.check(em, row, request);
      const fields = (Object.keys(request.patch) as (keyof RegistryPatch)[]).filter(
        (f) => request.patch[f] !== undefined,
      );
      const now = this.clock.now();
      const sets = fields.map((f) => `${COLUMN[f]} = ?`);
      await sql(em, `update ${NUMBERS} set ${[...sets, 'updated_at = ?'].join(', ')} where e164 = ?`, [
        ...fields.map((f) => request.patch[f]),
        now,
        row.e164,
      ]);
      const changes = Object.fromEntries(fields.map((f) => [f, request.patch[f]]));
      await appendToOutbox(
        em,
        SERVICE,
        Events.NumberUpdated,
        {
          number_id: row.number_id as string,
          phone_number: row.e164,
          account_id: row.owner_account_id as string,
          changes,
          updated_at: now.toISOString(),
        },
        // The connection the number is on after this change: a move is heard on the connection it joins.
        {
          ...ownerScopeOf(row),
          connectionId: request.patch.connection_id !== undefined ? request.patch.connection_id : row.connection_id,
        },
        now,
      );
      return row.e164;
    });
    this.events.publishSoon();
    const [row] = await readNumbers(this.em.fork(), 'e164 = ?', [changed]);
    return presentLive(row);
  }

  /**
   * A partner gives one of its numbers (or one a tenant of it bought) to a tenant, or takes it back
   * (null: back to the buyer when a tenant bought it, else unassigned). The gateway has checked the
   * tenant is the partner's. Billing stays with the buyer.
   */
  async assign(request: AssignNumberRequest): Promise<RegistryNumber> {
    if (request.partner_id !== null)
      throw new DomainError(
        ErrorType.Forbidden,
        ErrorCode.PartnerOnly,
        'Only a partner assigns numbers to its tenants.',
      );
    const e164 = await this.em.fork().transactional(async (em) => {
      const ref = numberRef(request.number);
      const [row] = await lockNumbers(
        em,
        `${ref.column} = ? and owner_account_id is not null and (owner_account_id = ? or owner_partner_id = ?)`,
        [ref.value, request.account_id, request.account_id],
      );
      if (!row) throw notFound(request.number);
      assertConfigurable(row);
      const tenant = request.tenant_account_id ?? (row.owner_partner_id ? row.owner_account_id : null);
      if (tenant === row.tenant_account_id) return row.e164;
      const now = this.clock.now();
      await sql(em, `update ${NUMBERS} set tenant_account_id = ?, updated_at = ? where e164 = ?`, [
        tenant,
        now,
        row.e164,
      ]);
      await appendToOutbox(
        em,
        SERVICE,
        Events.NumberAssigned,
        {
          number_id: row.number_id as string,
          phone_number: row.e164,
          owner_account_id: row.owner_account_id as string,
          tenant_account_id: tenant,
          previous_tenant_account_id: row.tenant_account_id,
          assigned_at: now.toISOString(),
        },
        // The tenant it now belongs to hears of it (its partner too, through partner_id); an unassignment goes to the owner.
        tenant && tenant !== row.owner_account_id
          ? {
              accountId: tenant,
              partnerId: row.owner_partner_id ?? (row.owner_account_id as string),
              connectionId: row.connection_id,
            }
          : ownerScopeOf(row),
        now,
      );
      return row.e164;
    });
    this.events.publishSoon();
    const [row] = await readNumbers(this.em.fork(), 'e164 = ?', [e164]);
    return presentLive(row);
  }

  private async visible(em: EntityManager, request: UpdateRegistryNumberRequest, lock: boolean): Promise<NumberRow[]> {
    const ref = numberRef(request.number);
    const visible = visibleToSql(request.account_id);
    const where = `${ref.column} = ? and ${visible.where}`;
    const rows = lock
      ? await lockNumbers(em, where, [ref.value, ...visible.params])
      : await readNumbers(em, where, [ref.value, ...visible.params]);
    if (!rows.length) throw notFound(request.number);
    assertConfigurable(rows[0]);
    return rows;
  }

  /** The connection must be one of the caller's or the owner's; every violation is reported at once. */
  private async check(em: EntityManager, row: NumberRow, request: UpdateRegistryNumberRequest): Promise<void> {
    const violations: FieldViolation[] = [];
    const connectionId = request.patch.connection_id;
    if (connectionId) {
      const accounts = [request.account_id, row.owner_account_id as string];
      const found = await em.findOne(Connection, { id: connectionId, accountId: { $in: accounts } });
      if (!found)
        violations.push({
          field: 'connection_id',
          rule: 'exists',
          message: `no connection ${connectionId} on this account`,
        });
    }
    if (violations.length)
      throw new DomainError(
        ErrorType.Unprocessable,
        ErrorCode.ConnectionNotFound,
        `Connection ${connectionId} does not exist on this account.`,
        violations,
      );
  }
}

function assertConfigurable(row: NumberRow): void {
  if (row.state === NumberState.PendingPurchase) {
    throw new DomainError(
      ErrorType.Conflict,
      ErrorCode.NumberNotYetActive,
      `${row.e164} is not active yet; configure it once the carrier has activated it.`,
    );
  }
  if (row.state !== NumberState.Active && row.state !== NumberState.PortingIn) {
    throw new DomainError(
      ErrorType.Conflict,
      ErrorCode.NumberReleased,
      `${row.e164} was released; it can no longer be configured.`,
    );
  }
}

function notFound(ref: string): DomainError {
  return new DomainError(ErrorType.NotFound, ErrorCode.NumberNotFound, `No number ${ref} on this account.`);
}
