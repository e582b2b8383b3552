import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  EmergencyStatus,
  ErrorCode,
  ErrorType,
  Events,
  NumberEmergency,
  NumberRefCallerRequest,
  ServiceName,
  SetNumberEmergencyRequest,
} from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock, randomId } from '@did/service-kit';
import { ROUTING_CONFIG, RoutingConfig } from '../config';
import { NUMBER_EMERGENCY, NUMBERS, sql } from '../db/sql';
import { configurableOrThrow, scopeOf, visibleOrThrow } from '../numbers/number-access';
import { loadStateByRef, RoutingState, userAccountOf } from '../numbers/routing-state';
import { CacheBus } from '../resolve/cache-bus';
import { EmergencyAddressesService } from './emergency-addresses.service';

/** Countries whose carrier offers E911 (the sandbox validates US and Canadian addresses only). */
const E911_COUNTRIES = new Set(['US', 'CA']);

interface EmergencyRow {
  number_id: string;
  status: EmergencyStatus;
  emergency_address_id: string | null;
  failure_reason: string | null;
  updated_at: Date;
}

/**
 * A number's 911 service. PUT starts provisioning at the carrier and DELETE starts removing it; the
 * E911 loop ({@link EmergencyProvisioner}) completes both. Every change of state is a
 * number.emergency_updated event, and resolve sees it at once.
 */
@Injectable()
export class NumberEmergencyService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: JetStreamEvents,
    private readonly cacheBus: CacheBus,
    private readonly addresses: EmergencyAddressesService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ROUTING_CONFIG) private readonly config: RoutingConfig,
  ) {}

  async get(request: NumberRefCallerRequest): Promise<NumberEmergency> {
    const em = this.em.fork();
    const state = visibleOrThrow(request.caller, request.number_id, await loadStateByRef(em, request.number_id));
    return present(state, await this.row(em, state.numberId));
  }

  async set(request: SetNumberEmergencyRequest): Promise<NumberEmergency> {
    const addressId = request.emergency.emergency_address_id;
    return this.change(request, async (em, state, current) => {
      if (!E911_COUNTRIES.has(state.countryCode)) {
        throw new DomainError(
          ErrorType.Unprocessable,
          ErrorCode.EmergencyNotSupported,
          `E911 is offered for US and Canadian numbers; ${state.e164} is a ${state.countryCode} number.`,
        );
      }
      const address = await this.addresses.find(em, request.caller, addressId, true);
      if (address.country_code !== state.countryCode) {
        throw new DomainError(
          ErrorType.Unprocessable,
          ErrorCode.EmergencyAddressInvalid,
          `A ${state.countryCode} number needs a ${state.countryCode} emergency address; this one is in ${address.country_code}.`,
          [
            {
              field: 'emergency_address_id',
              rule: `country:${state.countryCode}`,
              message: `must be an address in ${state.countryCode}`,
            },
          ],
        );
      }
      // A repeated PUT of what is already there (or on its way) changes nothing.
      if (
        current &&
        current.emergency_address_id === addressId &&
        (current.status === 'provisioning' || current.status === 'active')
      )
        return null;
      return { status: 'provisioning', addressId };
    });
  }

  async clear(request: NumberRefCallerRequest): Promise<NumberEmergency> {
    return this.change(request, async (_em, _state, current) => {
      if (!current || current.status === 'disabled' || current.status === 'deprovisioning') return null;
      return { status: 'deprovisioning', addressId: current.emergency_address_id };
    });
  }

  /** A released number loses its 911 service (inside the projection's transaction); returns whether anything changed. */
  async deprovisionReleased(em: EntityManager, numberId: string): Promise<boolean> {
    const [state] = await sql<{ number_id: string }>(
      em,
      `select number_id from ${NUMBER_EMERGENCY} where number_id = ? and status in ('provisioning', 'active', 'failed') for update`,
      [numberId],
    );
    if (!state) return false;
    const found = await loadStateByRef(em, numberId);
    const current = await this.row(em, numberId);
    if (!found || !current) return false;
    await this.write(em, found, current, { status: 'deprovisioning', addressId: current.emergency_address_id });
    return true;
  }

  private async change(
    request: NumberRefCallerRequest,
    decide: (
      em: EntityManager,
      state: RoutingState,
      current: EmergencyRow | null,
    ) => Promise<{ status: EmergencyStatus; addressId: string | null } | null>,
  ): Promise<NumberEmergency> {
    const outcome = await this.em.fork().transactional(async (em) => {
      const found = await loadStateByRef(em, request.number_id);
      if (found) await sql(em, `select 1 from ${NUMBERS} where number_id = ? for update`, [found.numberId]);
      const state = configurableOrThrow(visibleOrThrow(request.caller, request.number_id, found));
      const current = await this.row(em, state.numberId);
      const next = await decide(em, state, current);
      if (next) await this.write(em, state, current, next);
      return { state, changed: !!next, row: await this.rowAfter(em, state.numberId, current, next) };
    });
    if (outcome.changed) {
      this.cacheBus.announce({ e164s: [outcome.state.e164] });
      this.events.publishSoon();
    }
    return present(outcome.state, outcome.row);
  }

  private async write(
    em: EntityManager,
    state: RoutingState,
    current: EmergencyRow | null,
    next: { status: EmergencyStatus; addressId: string | null },
  ): Promise<void> {
    const now = this.clock.now();
    const due = new Date(now.getTime() + this.config.E911_PROVISIONING_DELAY_MS);
    await sql(
      em,
      `insert into ${NUMBER_EMERGENCY} (number_id, status, emergency_address_id, failure_reason, request_id, requested_at, due_at, attempts, updated_at) values (?, ?, ?, null, ?, ?, ?, 0, ?)
       on conflict (number_id) do update set status = excluded.status, emergency_address_id = excluded.emergency_address_id, failure_reason = null, request_id = excluded.request_id,
         requested_at = excluded.requested_at, due_at = excluded.due_at, attempts = 0, updated_at = excluded.updated_at`,
      [state.numberId, next.status, next.addressId, randomId('e911'), now, due, now],
    );
    await appendToOutbox(
      em,
      ServiceName.Routing,
      Events.NumberEmergencyUpdated,
      {
        number_id: state.numberId,
        phone_number: state.e164,
        account_id: userAccountOf(state),
        status: next.status,
        previous_status: current?.status ?? 'disabled',
        emergency_address_id: next.addressId,
        failure_reason: null,
        updated_at: now.toISOString(),
      },
      scopeOf(state),
      now,
    );
  }

  private async rowAfter(
    em: EntityManager,
    numberId: string,
    current: EmergencyRow | null,
    next: unknown,
  ): Promise<EmergencyRow | null> {
    return next ? this.row(em, numberId) : current;
  }

  private async row(em: EntityManager, numberId: string): Promise<EmergencyRow | null> {
    const [row] = await sql<EmergencyRow>(
      em,
      `select number_id, status, emergency_address_id, failure_reason, updated_at from ${NUMBER_EMERGENCY} where number_id = ?`,
      [numberId],
    );
    return row ?? null;
  }
}

function present(state: RoutingState, row: EmergencyRow | null): NumberEmergency {
  return {
    record_type: 'number_emergency',
    number_id: state.numberId,
    phone_number: state.e164,
    status: row?.status ?? 'disabled',
    emergency_address_id: row?.status === 'disabled' ? null : (row?.emergency_address_id ?? null),
    failure_reason: row?.failure_reason ?? null,
    updated_at: row ? new Date(row.updated_at).toISOString() : null,
  };
}
