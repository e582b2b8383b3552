import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import {
  ConnectionList,
  ConnectionRefRequest,
  ConnectionView,
  CreateConnectionRequest,
  DomainError,
  ErrorCode,
  ErrorType,
  ListConnectionsRequest,
  UpdateConnectionRequest,
} from '@did/contracts';
import { keysetPage } from '@did/persistence';
import { CLOCK, Clock, sortableId } from '@did/service-kit';
import { NUMBERS, sql } from '../db/sql';
import { Connection } from './entities/connection.entity';

const CONNECTIONS = '"inventory"."connections"';

/** Numbers held now that count as "on" a connection (a released number has left it). */
const HELD_STATES_SQL = `state in ('pending_purchase', 'active', 'porting_in')`;

/**
 * An account's connections. The default one is made on first read (one per account, by a partial
 * unique index, so concurrent first reads cannot make two); a connection that still groups numbers,
 * or the default, cannot be deleted.
 */
@Injectable()
export class ConnectionsService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async getDefault(caller: { account_id: string; partner_id: string | null }): Promise<ConnectionView> {
    const em = this.em.fork();
    await this.ensureDefault(em, caller);
    const found = await em.findOneOrFail(Connection, { accountId: caller.account_id, isDefault: true });
    return (await this.present(em, [found]))[0];
  }

  async list(request: ListConnectionsRequest): Promise<ConnectionList> {
    const em = this.em.fork();
    await this.ensureDefault(em, request);
    const page = await keysetPage(em, Connection, { accountId: request.account_id }, request.query);
    return { data: await this.present(em, page.data), meta: { total: page.total, next_cursor: page.nextCursor } };
  }

  async get(request: ConnectionRefRequest): Promise<ConnectionView> {
    const em = this.em.fork();
    return (await this.present(em, [await this.find(em, request)]))[0];
  }

  async create(request: CreateConnectionRequest): Promise<ConnectionView> {
    const em = this.em.fork();
    await this.ensureDefault(em, request);
    const now = this.clock.now();
    const created = em.create(Connection, {
      id: sortableId('con', now),
      accountId: request.account_id,
      partnerId: request.partner_id,
      name: request.body.name,
      isDefault: false,
      active: request.body.active,
      webhookEventUrl: request.body.webhook_event_url ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await em.flush();
    return (await this.present(em, [created]))[0];
  }

  async update(request: UpdateConnectionRequest): Promise<ConnectionView> {
    const em = this.em.fork();
    const found = await this.find(em, request);
    const { body } = request;
    if (body.name !== undefined) found.name = body.name;
    if (body.active !== undefined) found.active = body.active;
    if (body.webhook_event_url !== undefined) found.webhookEventUrl = body.webhook_event_url;
    found.updatedAt = this.clock.now();
    await em.flush();
    return (await this.present(em, [found]))[0];
  }

  async delete(request: ConnectionRefRequest): Promise<ConnectionView> {
    return this.em.fork().transactional(async (em) => {
      const found = await this.find(em, request, true);
      if (found.isDefault)
        throw new DomainError(
          ErrorType.Conflict,
          ErrorCode.DefaultConnectionUndeletable,
          "The account's default connection cannot be deleted.",
        );
      // Numbers are attached under their own row locks; the count under this connection's lock is what the delete trusts.
      const [{ n }] = await sql<{ n: number }>(
        em,
        `select count(*)::int as n from ${NUMBERS} where connection_id = ? and ${HELD_STATES_SQL}`,
        [found.id],
      );
      if (n > 0)
        throw new DomainError(
          ErrorType.Conflict,
          ErrorCode.ConnectionInUse,
          `Connection ${found.id} still groups ${n} number(s); move or detach them first (PATCH /v1/numbers/{id} connection_id).`,
        );
      const view = (await this.present(em, [found]))[0];
      em.remove(found);
      return view;
    });
  }

  private async ensureDefault(
    em: EntityManager,
    caller: { account_id: string; partner_id: string | null },
  ): Promise<void> {
    const now = this.clock.now();
    await sql(
      em,
      `insert into ${CONNECTIONS} (id, account_id, partner_id, name, is_default, active, webhook_event_url, created_at, updated_at)
       values (?, ?, ?, 'Default', true, true, null, ?, ?) on conflict (account_id) where is_default do nothing`,
      [sortableId('con', now), caller.account_id, caller.partner_id, now, now],
    );
  }

  private async find(em: EntityManager, request: ConnectionRefRequest, lock = false): Promise<Connection> {
    const found = await em.findOne(
      Connection,
      { id: request.connection_id, accountId: request.account_id },
      lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
    );
    if (!found)
      throw new DomainError(
        ErrorType.NotFound,
        ErrorCode.ConnectionNotFound,
        `No connection ${request.connection_id} on this account.`,
      );
    return found;
  }

  private async present(em: EntityManager, connections: Connection[]): Promise<ConnectionView[]> {
    if (!connections.length) return [];
    const counts = await sql<{ connection_id: string; n: number }>(
      em,
      `select connection_id, count(*)::int as n from ${NUMBERS} where connection_id = any(?) and ${HELD_STATES_SQL} group by connection_id`,
      [connections.map((c) => c.id)],
    );
    const byId = new Map(counts.map((c) => [c.connection_id, c.n]));
    return connections.map((c) => ({
      id: c.id,
      record_type: 'connection',
      account_id: c.accountId,
      name: c.name,
      is_default: c.isDefault,
      active: c.active,
      webhook_event_url: c.webhookEventUrl,
      number_count: byId.get(c.id) ?? 0,
      created_at: c.createdAt.toISOString(),
      updated_at: c.updatedAt.toISOString(),
    }));
  }
}
