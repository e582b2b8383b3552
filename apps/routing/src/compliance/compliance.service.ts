import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  COMPLIANCE_REQUIREMENTS,
  ComplianceStatus,
  Events,
  missingCompliance,
  NumberCompliance,
  NumberRefCallerRequest,
  ServiceName,
  SetComplianceBody,
  SetComplianceRequest,
} from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { NUMBER_COMPLIANCE, NUMBERS, sql } from '../db/sql';
import { configurableOrThrow, scopeOf, visibleOrThrow } from '../numbers/number-access';
import { loadStateByRef, RoutingState, userAccountOf } from '../numbers/routing-state';

interface Row {
  end_user: SetComplianceBody['end_user'];
  document_ids: string[];
  updated_at: Date;
}

/**
 * End-user details and documents a number's country requires (COMPLIANCE_REQUIREMENTS, e.g. IN).
 * They can be filed while the number is still pending, since such numbers are not to be activated
 * before their requirements are met; number.compliance_updated tells inventory when they are.
 */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: JetStreamEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(request: NumberRefCallerRequest): Promise<NumberCompliance> {
    const em = this.em.fork();
    const state = visibleOrThrow(request.caller, request.number_id, await loadStateByRef(em, request.number_id));
    const [row] = await sql<Row>(
      em,
      `select end_user, document_ids, updated_at from ${NUMBER_COMPLIANCE} where number_id = ?`,
      [state.numberId],
    );
    return present(state, row ?? null);
  }

  async set(request: SetComplianceRequest): Promise<NumberCompliance> {
    const now = this.clock.now();
    const body = request.compliance;
    const state = await this.em.fork().transactional(async (em) => {
      const found = await loadStateByRef(em, request.number_id);
      if (found) await sql(em, `select 1 from ${NUMBERS} where number_id = ? for update`, [found.numberId]);
      const number = configurableOrThrow(visibleOrThrow(request.caller, request.number_id, found), {
        allowPending: true,
      });
      const missing = missingCompliance(number.countryCode, body);
      const status = statusOf(number.countryCode, missing);
      await sql(
        em,
        `insert into ${NUMBER_COMPLIANCE} (number_id, end_user, document_ids, status, missing, updated_at) values (?, ?::jsonb, ?::jsonb, ?, ?::jsonb, ?)
         on conflict (number_id) do update set end_user = excluded.end_user, document_ids = excluded.document_ids, status = excluded.status, missing = excluded.missing, updated_at = excluded.updated_at`,
        [
          number.numberId,
          JSON.stringify(body.end_user),
          JSON.stringify(body.document_ids),
          status,
          JSON.stringify(missing),
          now,
        ],
      );
      await appendToOutbox(
        em,
        ServiceName.Routing,
        Events.NumberComplianceUpdated,
        {
          number_id: number.numberId,
          phone_number: number.e164,
          account_id: userAccountOf(number),
          country_code: number.countryCode,
          status,
          missing,
          updated_at: now.toISOString(),
        },
        scopeOf(number),
        now,
      );
      return number;
    });
    this.events.publishSoon();
    return present(state, { end_user: body.end_user, document_ids: body.document_ids, updated_at: now });
  }
}

function statusOf(country: string, missing: string[]): ComplianceStatus {
  if (!COMPLIANCE_REQUIREMENTS[country]) return 'not_required';
  return missing.length ? 'missing' : 'met';
}

function present(state: RoutingState, row: Row | null): NumberCompliance {
  const body = row ? { end_user: row.end_user, document_ids: row.document_ids } : null;
  const missing = missingCompliance(state.countryCode, body);
  return {
    record_type: 'number_compliance',
    number_id: state.numberId,
    phone_number: state.e164,
    country_code: state.countryCode,
    status: statusOf(state.countryCode, missing),
    missing,
    end_user: row?.end_user ?? {},
    document_ids: row?.document_ids ?? [],
    updated_at: row ? new Date(row.updated_at).toISOString() : null,
  };
}
