import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  assertTransition,
  Events,
  NumberState,
  NumberType,
  PortInNumbersRequest,
  PortInReply,
  PreparePortInRequest,
  ServiceName,
} from '@did/contracts';
import { appendToOutbox } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { NUMBERS, sql } from '../db/sql';
import { nationalNumberOf } from '../registry/national-number';
import { lockNumbers, numberFactsOf, NumberRow, ownerScopeOf, readNumbers } from '../registry/number-rows';

/** The carrier numbers port onto (the gaining side: ours). */
const GAINING_CARRIER = 'Sandbox Telecom';
const CURRENCY: Record<string, string> = { US: 'USD', CA: 'CAD', GB: 'GBP', IN: 'INR' };

/**
 * Numbers porting in from another carrier. While a port order is worked they are the account's as
 * porting_in (a row is inserted: the registry never had them), so routing, E911 and tags can be set
 * in advance; on completion they become active with source `ported`; a port that fails deletes the
 * rows it inserted. Every move locks rows in e164 order and is idempotent per number id, and is announced
 * (number.porting_in, number.activated + number.ported_in, number.port_abandoned) so routing can follow.
 */
@Injectable()
export class PortingInService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async prepare(request: PreparePortInRequest): Promise<PortInReply> {
    const now = this.clock.now();
    return this.em.transactional(async (em) => {
      const wanted = [...request.numbers].sort((a, b) => a.phone_number.localeCompare(b.phone_number));
      const rows = new Map(
        (await lockNumbers(em, 'e164 = any(?)', [wanted.map((n) => n.phone_number)])).map((r) => [r.e164, r]),
      );
      const done: string[] = [];
      const refused: PortInReply['refused'] = [];
      const inserts: typeof wanted = [];
      for (const n of wanted) {
        const row = rows.get(n.phone_number);
        if (!row) inserts.push(n);
        else if (row.state === NumberState.PortingIn && row.number_id === n.number_id) done.push(n.phone_number);
        else
          refused.push({
            phone_number: n.phone_number,
            reason: row.owner_account_id ? 'owned on this platform already' : 'already served by this platform',
          });
      }
      if (inserts.length) {
        await sql(
          em,
          `insert into ${NUMBERS} (e164, country_code, number_type, national_number, capabilities, carrier, wholesale_setup_cents, wholesale_monthly_cents, wholesale_currency,
             state, number_id, owner_account_id, owner_partner_id, tenant_account_id, source, purchased_at, tags, created_at, updated_at)
           select v.e164, v.country_code, v.number_type, v.national_number, v.capabilities::text[], ?, 0, 0, v.currency, 'porting_in', v.number_id, ?, ?, ?, 'ported', ?, '{}', ?, ?
           from jsonb_to_recordset(?::jsonb) as v(e164 text, country_code text, number_type text, national_number text, capabilities text, currency text, number_id text)`,
          [
            GAINING_CARRIER,
            request.account_id,
            request.partner_id,
            request.partner_id ? request.account_id : null,
            now,
            now,
            now,
            JSON.stringify(
              inserts.map((n) => ({
                e164: n.phone_number,
                country_code: n.country_code,
                number_type: n.number_type,
                national_number: nationalNumberOf(n.phone_number, n.country_code) ?? n.phone_number.slice(1),
                capabilities: `{${capabilitiesOf(n.number_type).join(',')}}`,
                currency: CURRENCY[n.country_code] ?? 'USD',
                number_id: n.number_id,
              })),
            ),
          ],
        );
        done.push(...inserts.map((n) => n.phone_number));
        // Only the rows this call inserted are announced: a retried prepare finds them and says nothing twice.
        for (const row of await readNumbers(em, `e164 = any(?) and state = 'porting_in'`, [
          inserts.map((n) => n.phone_number),
        ])) {
          await appendToOutbox(
            em,
            ServiceName.Inventory,
            Events.NumberPortingIn,
            {
              ...numberFactsOf(row),
              capabilities: row.capabilities,
              port_order_id: request.port_order_id,
              porting_since: now.toISOString(),
            },
            ownerScopeOf(row),
            now,
          );
        }
      }
      return { port_order_id: request.port_order_id, done: done.sort(), refused };
    });
  }

  async complete(request: PortInNumbersRequest): Promise<PortInReply> {
    const now = this.clock.now();
    return this.em.transactional(async (em) => {
      const rows = await lockNumbers(em, 'number_id = any(?) and owner_account_id = ?', [
        request.number_ids,
        request.account_id,
      ]);
      const porting = rows.filter((r) => r.state === NumberState.PortingIn);
      assertTransition(NumberState.PortingIn, NumberState.Active);
      if (porting.length) {
        await sql(
          em,
          `update ${NUMBERS} set state = 'active', activated_at = ?, source = 'ported', updated_at = ? where e164 = any(?) and state = 'porting_in'`,
          [now, now, porting.map((r) => r.e164)],
        );
      }
      for (const row of porting) await this.announce(em, row, request.port_order_id, now);
      return {
        port_order_id: request.port_order_id,
        done: rows
          .filter((r) => r.state === NumberState.PortingIn || r.state === NumberState.Active)
          .map((r) => r.e164),
        refused: [],
      };
    });
  }

  async abandon(request: PortInNumbersRequest): Promise<PortInReply> {
    return this.em.transactional(async (em) => {
      const rows = await lockNumbers(em, `number_id = any(?) and owner_account_id = ? and state = 'porting_in'`, [
        request.number_ids,
        request.account_id,
      ]);
      // Only ports insert porting_in rows (a number the registry knew is refused), so deleting leaves no trace of a number that never came.
      if (rows.length)
        await sql(em, `delete from ${NUMBERS} where e164 = any(?) and state = 'porting_in'`, [rows.map((r) => r.e164)]);
      const now = this.clock.now();
      for (const row of rows) {
        await appendToOutbox(
          em,
          ServiceName.Inventory,
          Events.NumberPortAbandoned,
          { ...numberFactsOf(row), port_order_id: request.port_order_id, abandoned_at: now.toISOString() },
          ownerScopeOf(row),
          now,
        );
      }
      return { port_order_id: request.port_order_id, done: rows.map((r) => r.e164), refused: [] };
    });
  }

  /** number.activated (order_id null: ordering's purchase outcomes ignore it) and number.ported_in with the port order id. */
  private async announce(em: EntityManager, row: NumberRow, portOrderId: string, now: Date): Promise<void> {
    const scope = ownerScopeOf(row);
    const facts = numberFactsOf(row);
    await appendToOutbox(
      em,
      ServiceName.Inventory,
      Events.NumberActivated,
      { ...facts, capabilities: row.capabilities, order_id: null, activated_at: now.toISOString() },
      scope,
      now,
    );
    const { number_type: _type, ...base } = facts;
    await appendToOutbox(
      em,
      ServiceName.Inventory,
      Events.NumberPortedIn,
      { ...base, port_order_id: portOrderId, activated_at: now.toISOString() },
      scope,
      now,
    );
  }
}

function capabilitiesOf(type: NumberType): string[] {
  return type === 'local' || type === 'mobile' ? ['voice', 'sms'] : ['voice'];
}
