import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { EmergencyStatus, Events, ServiceName } from '@did/contracts';
import { appendToOutbox, JetStreamEvents, retryDelayMs } from '@did/messaging';
import { CLOCK, Clock, PeriodicTask } from '@did/service-kit';
import { ROUTING_CONFIG, RoutingConfig } from '../config';
import { EMERGENCY_ADDRESSES, NUMBER_EMERGENCY, NUMBERS, sql } from '../db/sql';
import { scopeOf } from '../numbers/number-access';
import { userAccountOf } from '../numbers/routing-state';
import { CacheBus } from '../resolve/cache-bus';
import { CarrierE911Client, CarrierUnavailableError } from './carrier-e911.client';

const BATCH = 50;
const MAX_BACKOFF_MS = 60_000;

interface DueRow {
  number_id: string;
  e164: string;
  owner_account_id: string;
  owner_partner_id: string | null;
  tenant_account_id: string | null;
  connection_id: string | null;
  status: EmergencyStatus;
  emergency_address_id: string | null;
  request_id: string;
  requested_at: Date;
  attempts: number;
  street_address: string | null;
  extended_address: string | null;
  locality: string;
  administrative_area: string;
  postal_code: string;
  country_code: string;
  deleted_at: Date | null;
}

/**
 * Completes E911 work once it is due (E911_PROVISIONING_DELAY_MS after the request, the carrier's
 * provisioning time). The sandbox has no provisioning endpoint, so provisioning means the carrier
 * validates the stored address once more: valid -> active, refused -> failed with its reason; no answer
 * -> retried with backoff until E911_PROVISIONING_DEADLINE_MS, then failed (carrier_unavailable).
 * Removal completes after the same delay (-> disabled). The carrier is asked outside any transaction;
 * the outcome is written only if the request is still the current one (request_id), so a PUT or
 * DELETE meanwhile, or a second replica doing the same row, never goes backwards.
 */
@Injectable()
export class EmergencyProvisioner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('E911');
  private readonly task: PeriodicTask<number>;

  constructor(
    private readonly em: EntityManager,
    private readonly carrier: CarrierE911Client,
    private readonly events: JetStreamEvents,
    private readonly cacheBus: CacheBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ROUTING_CONFIG) private readonly config: RoutingConfig,
  ) {
    this.task = new PeriodicTask(
      config.E911_POLL_INTERVAL_MS,
      () => this.pass(),
      (err) => this.logger.error(`E911 loop: ${err.message}`),
    );
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }

  /** One pass over due work; returns how many numbers changed state. Concurrent calls share one pass. */
  runOnce(): Promise<number> {
    return this.task.run();
  }

  private async pass(): Promise<number> {
    const now = this.clock.now();
    const due = await sql<DueRow>(
      this.em.fork(),
      `select e.number_id, n.e164, n.owner_account_id, n.owner_partner_id, n.tenant_account_id, n.connection_id, e.status, e.emergency_address_id, e.request_id, e.requested_at, e.attempts,
              a.street_address, a.extended_address, a.locality, a.administrative_area, a.postal_code, a.country_code, a.deleted_at
       from ${NUMBER_EMERGENCY} e join ${NUMBERS} n on n.number_id = e.number_id left join ${EMERGENCY_ADDRESSES} a on a.id = e.emergency_address_id
       where e.status in ('provisioning', 'deprovisioning') and e.due_at <= ? order by e.due_at limit ${BATCH}`,
      [now],
    );
    let changed = 0;
    for (const row of due) {
      const outcome =
        row.status === 'deprovisioning'
          ? ({ status: 'disabled', reason: null } as const)
          : await this.provision(row, now);
      if (outcome && (await this.complete(row, outcome.status, outcome.reason))) changed++;
    }
    if (changed) this.events.publishSoon();
    return changed;
  }

  /** The outcome of a due provisioning, or null when it must wait (carrier unreachable, deadline not reached). */
  private async provision(row: DueRow, now: Date): Promise<{ status: EmergencyStatus; reason: string | null } | null> {
    if (!row.street_address || row.deleted_at) return { status: 'failed', reason: 'address_deleted' };
    try {
      const verdict = await this.carrier.validate({
        street: row.street_address,
        ...(row.extended_address ? { unit: row.extended_address } : {}),
        city: row.locality,
        region: row.administrative_area,
        postal_code: row.postal_code,
        country_code: row.country_code,
      });
      return verdict.valid
        ? { status: 'active', reason: null }
        : { status: 'failed', reason: verdict.reason ?? 'address_not_found' };
    } catch (err) {
      if (!(err instanceof CarrierUnavailableError)) throw err;
      if (now.getTime() - new Date(row.requested_at).getTime() >= this.config.E911_PROVISIONING_DEADLINE_MS)
        return { status: 'failed', reason: 'carrier_unavailable' };
      const wait = retryDelayMs(row.attempts + 1, MAX_BACKOFF_MS, Math.max(this.config.E911_POLL_INTERVAL_MS, 500));
      this.logger.warn(`E911 provisioning of ${row.e164} waits ${wait} ms: ${err.message}`);
      await sql(
        this.em.fork(),
        `update ${NUMBER_EMERGENCY} set attempts = attempts + 1, due_at = ? where number_id = ? and request_id = ?`,
        [new Date(now.getTime() + wait), row.number_id, row.request_id],
      );
      return null;
    }
  }

  private async complete(row: DueRow, status: EmergencyStatus, reason: string | null): Promise<boolean> {
    const now = this.clock.now();
    const done = await this.em.fork().transactional(async (em) => {
      const updated = await sql(
        em,
        `update ${NUMBER_EMERGENCY} set status = ?, failure_reason = ?, due_at = null, updated_at = ? where number_id = ? and request_id = ? and status = ? returning number_id`,
        [status, reason, now, row.number_id, row.request_id, row.status],
      );
      if (!updated.length) return false;
      const owner = {
        ownerAccountId: row.owner_account_id,
        ownerPartnerId: row.owner_partner_id,
        tenantAccountId: row.tenant_account_id,
        connectionId: row.connection_id,
      };
      await appendToOutbox(
        em,
        ServiceName.Routing,
        Events.NumberEmergencyUpdated,
        {
          number_id: row.number_id,
          phone_number: row.e164,
          account_id: userAccountOf(owner),
          status,
          previous_status: row.status,
          emergency_address_id: row.emergency_address_id,
          failure_reason: reason,
          updated_at: now.toISOString(),
        },
        scopeOf(owner),
        now,
      );
      return true;
    });
    if (done) this.cacheBus.announce({ e164s: [row.e164] });
    return done;
  }
}
