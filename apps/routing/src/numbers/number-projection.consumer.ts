import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import {
  EventEnvelope,
  Events,
  NumberActivatedV1,
  NumberAssignedV1,
  NumberOrderPlacedV1,
  NumberPortAbandonedV1,
  NumberPortingInV1,
  NumberPurchaseFailedV1,
  NumberReleasedV1,
  NumberUpdatedV1,
} from '@did/contracts';
import { JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { NumberEmergencyService } from '../emergency/number-emergency.service';
import { CacheBus } from '../resolve/cache-bus';
import {
  assignNumber,
  forgetPendingNumber,
  releaseNumber,
  TouchedNumber,
  updateRegistryFields,
  upsertNumber,
} from './number-projection';

/** WARNING: JetStream keeps this consumer's position under this name; renaming it replays the number events (harmless: the projection is idempotent). */
export const NUMBER_PROJECTION_DURABLE = 'routing-numbers';

const TYPES = [
  Events.NumberOrderPlaced,
  Events.NumberActivated,
  Events.NumberPurchaseFailed,
  Events.NumberAssigned,
  Events.NumberReleased,
  Events.NumberUpdated,
  Events.NumberPortingIn,
  Events.NumberPortAbandoned,
].map((e) => e.type);

/**
 * Keeps routing's table of numbers in step with inventory (and ordering's placed orders, which make
 * numbers pending; and ports, which make them porting_in): who owns and uses each number, what it can
 * do and whether it is live. Each change drops the
 * resolve answers it touches once its transaction has committed.
 */
@Injectable()
export class NumberProjectionConsumer implements OnModuleInit {
  constructor(
    private readonly events: JetStreamEvents,
    private readonly cacheBus: CacheBus,
    private readonly emergency: NumberEmergencyService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.events.consume({
      durable: NUMBER_PROJECTION_DURABLE,
      eventTypes: TYPES,
      handler: (event, em) => this.project(event, em),
    });
  }

  async project(event: EventEnvelope, em: EntityManager): Promise<void> {
    const touched = await this.apply(event, em);
    if (!touched) return;
    // The projection commits with the inbox row after this handler returns: announce then, so no replica
    // reloads the old state after dropping it. A rolled-back change has nothing to announce.
    const trx = em.getTransactionContext<Knex.Transaction>();
    const announce = () => this.cacheBus.announce({ e164s: [touched.e164], account_ids: touched.accounts });
    if (trx?.executionPromise) trx.executionPromise.then(announce, () => undefined);
    else announce();
  }

  private async apply(event: EventEnvelope, em: EntityManager): Promise<TouchedNumber | null> {
    const now = this.clock.now();
    switch (event.type) {
      case Events.NumberOrderPlaced.type: {
        const order = NumberOrderPlacedV1.parse(event.data);
        let last: TouchedNumber | null = null;
        for (const n of order.phone_numbers) {
          last = await upsertNumber(
            em,
            {
              numberId: n.number_id,
              e164: n.phone_number,
              ownerAccountId: order.account_id,
              ownerPartnerId: event.partner_id,
              countryCode: order.country_code,
              numberType: order.number_type,
              status: 'pending',
            },
            now,
          );
        }
        return last;
      }
      case Events.NumberActivated.type: {
        const n = NumberActivatedV1.parse(event.data);
        return upsertNumber(
          em,
          {
            numberId: n.number_id,
            e164: n.phone_number,
            ownerAccountId: n.account_id,
            ownerPartnerId: event.partner_id,
            countryCode: n.country_code,
            numberType: n.number_type,
            capabilities: n.capabilities,
            status: 'active',
            activatedAt: new Date(n.activated_at),
          },
          now,
        );
      }
      case Events.NumberPortingIn.type: {
        const n = NumberPortingInV1.parse(event.data);
        // The porter owns it (a tenant porting its own number uses it too); never resolved until number.activated makes it active.
        return upsertNumber(
          em,
          {
            numberId: n.number_id,
            e164: n.phone_number,
            ownerAccountId: n.account_id,
            ownerPartnerId: event.partner_id,
            countryCode: n.country_code,
            numberType: n.number_type,
            capabilities: n.capabilities,
            status: 'porting_in',
          },
          now,
        );
      }
      case Events.NumberPortAbandoned.type: {
        const a = NumberPortAbandonedV1.parse(event.data);
        // The number never came: like a release, final for this number id (a later port mints a new one); its 911 service is withdrawn.
        const touched = await releaseNumber(em, a.number_id, new Date(a.abandoned_at), now);
        await this.emergency.deprovisionReleased(em, a.number_id);
        return touched;
      }
      case Events.NumberPurchaseFailed.type: {
        await forgetPendingNumber(em, NumberPurchaseFailedV1.parse(event.data).number_id);
        return null;
      }
      case Events.NumberAssigned.type: {
        const a = NumberAssignedV1.parse(event.data);
        const touched = await assignNumber(em, a.number_id, a.tenant_account_id, now);
        // Inventory assigns only active numbers, so their activation is on the stream before this: retry until we have it.
        if (!touched) throw new Error(`number.assigned for ${a.number_id}, which routing does not know yet`);
        return touched;
      }
      case Events.NumberReleased.type: {
        const r = NumberReleasedV1.parse(event.data);
        const touched = await releaseNumber(em, r.number_id, new Date(r.released_at), now);
        await this.emergency.deprovisionReleased(em, r.number_id);
        return touched;
      }
      case Events.NumberUpdated.type: {
        const u = NumberUpdatedV1.parse(event.data);
        const e164 = await updateRegistryFields(em, u.number_id, u.changes, now);
        return e164 ? { e164, accounts: [] } : null;
      }
      default:
        return null;
    }
  }
}
