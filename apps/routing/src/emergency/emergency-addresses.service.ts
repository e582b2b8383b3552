import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  CreateEmergencyAddressReply,
  CreateEmergencyAddressRequest,
  DomainError,
  EMERGENCY_REASON_FIELDS,
  EmergencyAddress,
  EmergencyAddressList,
  EmergencyAddressListRequest,
  EmergencyAddressRefRequest,
  ErrorCode,
  ErrorType,
  Events,
  RoutingCaller,
  ServiceName,
} from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock, randomId } from '@did/service-kit';
import { EMERGENCY_ADDRESSES, NUMBER_EMERGENCY, sql } from '../db/sql';
import { AddressRow, fromCarrier, presentAddress, toCarrier } from './address-mapping';
import { CarrierE911Client, CarrierUnavailableError } from './carrier-e911.client';

/** Numbers whose 911 service uses an address: it cannot be deleted while there are any. */
const IN_USE = `(select count(*)::int from ${NUMBER_EMERGENCY} e where e.emergency_address_id = a.id and e.status in ('provisioning', 'active'))`;

/** Emergency addresses of an account (and its tenants', for a partner), validated by the carrier when created. */
@Injectable()
export class EmergencyAddressesService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: JetStreamEvents,
    private readonly carrier: CarrierE911Client,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(request: CreateEmergencyAddressRequest): Promise<CreateEmergencyAddressReply> {
    let verdict;
    try {
      verdict = await this.carrier.validate(toCarrier(request.address));
    } catch (err) {
      if (err instanceof CarrierUnavailableError)
        throw new DomainError(
          ErrorType.Unavailable,
          ErrorCode.CarrierUnavailable,
          'The carrier cannot validate emergency addresses right now; retry shortly.',
        );
      throw err;
    }
    if (!verdict.valid || !verdict.address) {
      const reason = verdict.reason ?? 'address_not_found';
      return {
        outcome: 'rejected',
        reason,
        field: EMERGENCY_REASON_FIELDS[reason] ?? 'street_address',
        message: `The carrier cannot route 911 calls to this address (${reason.replace(/_/g, ' ')}).`,
        suggestions: verdict.suggestions.map(fromCarrier),
      };
    }
    const a = fromCarrier(verdict.address);
    const now = this.clock.now();
    const row: AddressRow = {
      id: randomId('ead'),
      account_id: request.caller.account_id,
      partner_id: request.caller.partner_id,
      street_address: a.street_address,
      extended_address: a.extended_address ?? null,
      locality: a.locality,
      administrative_area: a.administrative_area,
      postal_code: a.postal_code,
      country_code: a.country_code,
      created_at: now,
      deleted_at: null,
    };
    await this.em.fork().transactional(async (em) => {
      await sql(
        em,
        `insert into ${EMERGENCY_ADDRESSES} (id, account_id, partner_id, street_address, extended_address, locality, administrative_area, postal_code, country_code, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          row.id,
          row.account_id,
          row.partner_id,
          row.street_address,
          row.extended_address,
          row.locality,
          row.administrative_area,
          row.postal_code,
          row.country_code,
          now,
        ],
      );
      await appendToOutbox(
        em,
        ServiceName.Routing,
        Events.EmergencyAddressCreated,
        {
          emergency_address_id: row.id,
          account_id: row.account_id,
          country_code: row.country_code,
          created_at: now.toISOString(),
        },
        scope(request.caller),
        now,
      );
    });
    this.events.publishSoon();
    return { outcome: 'created', address: presentAddress(row) };
  }

  async list(request: EmergencyAddressListRequest): Promise<EmergencyAddressList> {
    const rows = await sql<AddressRow>(
      this.em.fork(),
      `select a.*, ${IN_USE} as number_count from ${EMERGENCY_ADDRESSES} a where (a.account_id = ? or a.partner_id = ?) and a.deleted_at is null order by a.created_at, a.id`,
      [request.caller.account_id, request.caller.account_id],
    );
    return { data: rows.map(presentAddress) };
  }

  async get(request: EmergencyAddressRefRequest): Promise<EmergencyAddress> {
    return presentAddress(await this.find(this.em.fork(), request.caller, request.emergency_address_id));
  }

  /** 409 emergency_address_in_use while a number's 911 service uses it. */
  async delete(request: EmergencyAddressRefRequest): Promise<EmergencyAddress> {
    const now = this.clock.now();
    const row = await this.em.fork().transactional(async (em) => {
      const found = await this.find(em, request.caller, request.emergency_address_id, true);
      if (Number(found.number_count) > 0) {
        throw new DomainError(
          ErrorType.Conflict,
          ErrorCode.EmergencyAddressInUse,
          `${found.number_count} number(s) use this address for 911; move or remove their emergency service first.`,
        );
      }
      await sql(em, `update ${EMERGENCY_ADDRESSES} set deleted_at = ? where id = ?`, [now, found.id]);
      await appendToOutbox(
        em,
        ServiceName.Routing,
        Events.EmergencyAddressDeleted,
        { emergency_address_id: found.id, account_id: found.account_id, deleted_at: now.toISOString() },
        { accountId: found.account_id, partnerId: found.partner_id },
        now,
      );
      return found;
    });
    this.events.publishSoon();
    return presentAddress(row);
  }

  /** A live address the caller may use (its own, or a tenant's for a partner), else 404 emergency_address_not_found. */
  async find(em: EntityManager, caller: RoutingCaller, id: string, lock = false): Promise<AddressRow> {
    const [row] = await sql<AddressRow>(
      em,
      `select a.*, ${IN_USE} as number_count from ${EMERGENCY_ADDRESSES} a where a.id = ? and a.deleted_at is null and (a.account_id = ? or a.partner_id = ?)${lock ? ' for update of a' : ''}`,
      [id, caller.account_id, caller.account_id],
    );
    if (!row)
      throw new DomainError(
        ErrorType.NotFound,
        ErrorCode.EmergencyAddressNotFound,
        `No emergency address ${id} on this account.`,
      );
    return row;
  }
}

function scope(caller: RoutingCaller) {
  return { accountId: caller.account_id, partnerId: caller.partner_id };
}
