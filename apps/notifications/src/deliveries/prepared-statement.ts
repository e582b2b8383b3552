import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';

interface PgClient {
  query<R>(query: { name: string; text: string; values: unknown[] }): Promise<{ rows: R[] }>;
}

/**
 * A statement the delivery worker runs many times a second, prepared once per pooled connection (a
 * pg named statement) instead of parsed and planned on every call: the claim's plan alone cost about
 * 0.5 ms of PostgreSQL CPU a call. Parameters are `$1`, `$2`, ...; the text must not change (its
 * name is its hash).
 */
export class PreparedStatement<R> {
  private readonly name: string;

  constructor(private readonly text: string) {
    this.name = `notif_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
  }

  async run(orm: MikroORM, values: unknown[]): Promise<R[]> {
    const client = orm.em.getConnection().getKnex().client;
    const connection = (await client.acquireConnection()) as PgClient;
    try {
      return (await connection.query<R>({ name: this.name, text: this.text, values })).rows;
    } finally {
      client.releaseConnection(connection);
    }
  }
}
