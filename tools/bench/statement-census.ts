import { createRequire } from 'node:module';

interface QueryingClient {
  query(...args: unknown[]): unknown;
}

/** What the database clients of this process sent: statements (BEGIN and COMMIT included) and transactions. */
export interface StatementCount {
  statements: number;
  /** Explicit transactions plus statements sent outside one (each its own transaction). */
  transactions: number;
}

/**
 * Counts the SQL statements and transactions every `pg` client in this process sends, from the client
 * side (PostgreSQL here has no pg_stat_statements, and pg_stat_database's counters lag by up to a
 * second and include other sessions). Both copies of `pg` are patched: the top-level one and
 * MikroORM's own. Clients in `ignored` (the bench's own probes) are not counted.
 */
export class StatementCensus {
  private count: StatementCount = { statements: 0, transactions: 0 };
  private readonly inTransaction = new WeakSet<object>();
  private readonly ignored = new WeakSet<object>();

  constructor() {
    const note = (client: object, text: string) => this.note(client, text);
    for (const Client of pgClientClasses()) {
      const original = Client.prototype.query;
      Client.prototype.query = function (this: QueryingClient, ...args: unknown[]) {
        note(this, statementText(args[0]));
        return original.apply(this, args);
      };
    }
  }

  /** Leaves a client out of the count (one the bench uses to watch, not the service). */
  ignore(client: object): void {
    this.ignored.add(client);
  }

  snapshot(): StatementCount {
    return { ...this.count };
  }

  private note(client: object, text: string): void {
    if (this.ignored.has(client)) return;
    this.count.statements++;
    const verb = /^\s*(\w+)/.exec(text)?.[1]?.toLowerCase() ?? '';
    if (verb === 'begin' || verb === 'start') this.inTransaction.add(client);
    else if (verb === 'commit' || verb === 'rollback') {
      // A ROLLBACK TO SAVEPOINT stays inside the transaction.
      if (/^\s*rollback\s+to\b/i.test(text)) return;
      this.inTransaction.delete(client);
      this.count.transactions++;
    } else if (!this.inTransaction.has(client)) this.count.transactions++;
  }
}

/** The Client class of each distinct copy of `pg` this process may load. */
function pgClientClasses(): { prototype: QueryingClient }[] {
  const classes = new Set<{ prototype: QueryingClient }>();
  const from = [__filename];
  try {
    from.push(require.resolve('@mikro-orm/postgresql'));
  } catch {
    // MikroORM not installed: the top-level pg only.
  }
  for (const origin of from) {
    try {
      classes.add(createRequire(origin)('pg').Client);
    } catch {
      // No pg reachable from there.
    }
  }
  return [...classes];
}

function statementText(first: unknown): string {
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && typeof (first as { text?: unknown }).text === 'string')
    return (first as { text: string }).text;
  return '';
}
