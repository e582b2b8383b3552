import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  ErrorCode,
  ErrorType,
  GetMarkupsRequest,
  MarkupSet,
  PartnerMarkup,
  SetMarkupsRequest,
  WalletCaller,
} from '@did/contracts';
import { CLOCK, Clock, sortableId } from '@did/service-kit';
import { PARTNER_MARKUPS, sql } from '../db/sql';

interface MarkupRow extends PartnerMarkup {
  /** As the driver returns it (this pool may hand timestamps back as strings). */
  updated_at: Date | string;
}

const COLUMNS =
  'country_code, number_type, percent_basis_points, setup_cents, monthly_cents, per_minute_cents, connection_cents';

/** Partner markups: a partner reads and replaces its own set; tenants have none and may not see their partner's. */
@Injectable()
export class MarkupsService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The markups of `partnerId`, in a stable order. */
  async of(partnerId: string, em: EntityManager = this.em.fork()): Promise<MarkupRow[]> {
    return sql<MarkupRow>(
      em,
      `select ${COLUMNS}, updated_at from ${PARTNER_MARKUPS} where partner_id = ? order by country_code nulls first, number_type nulls first`,
      [partnerId],
    );
  }

  async get(request: GetMarkupsRequest): Promise<MarkupSet> {
    return present(partnerOf(request.caller), await this.of(partnerOf(request.caller)));
  }

  /** Replaces the whole set in one transaction, so a reader sees the old set or the new one, never a mix. */
  async set(request: SetMarkupsRequest): Promise<MarkupSet> {
    const partnerId = partnerOf(request.caller);
    const now = this.clock.now();
    const rows = await this.em.fork().transactional(async (em) => {
      await sql(em, `delete from ${PARTNER_MARKUPS} where partner_id = ?`, [partnerId]);
      for (const m of request.body.markups) {
        await sql(
          em,
          `insert into ${PARTNER_MARKUPS} (id, partner_id, ${COLUMNS}, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            sortableId('mkp'),
            partnerId,
            m.country_code,
            m.number_type,
            m.percent_basis_points,
            m.setup_cents,
            m.monthly_cents,
            m.per_minute_cents,
            m.connection_cents,
            now,
          ],
        );
      }
      return this.of(partnerId, em);
    });
    return { ...present(partnerId, rows), updated_at: now.toISOString() };
  }
}

/** Only a partner acting as itself manages markups (a partner acting as its tenant through Account-Id is that tenant). */
function partnerOf(caller: WalletCaller): string {
  if (caller.partner_id !== null)
    throw new DomainError(ErrorType.Forbidden, ErrorCode.PartnerOnly, 'Only a partner sets markups, for its tenants.');
  return caller.account_id;
}

function present(partnerId: string, rows: MarkupRow[]): MarkupSet {
  const latest = rows
    .map((r) => new Date(r.updated_at))
    .reduce<Date | null>((max, at) => (max && max >= at ? max : at), null);
  return {
    record_type: 'markup_set',
    partner_id: partnerId,
    markups: rows.map(({ updated_at: _updated, ...m }) => m),
    updated_at: latest ? latest.toISOString() : null,
  };
}
