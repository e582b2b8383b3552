import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomBytes } from 'node:crypto';
import { CLOCK, Clock, randomId } from '@did/service-kit';
import { SANDBOX_CHARGES, sql } from '../db/sql';
import { outcomeOf, SandboxOutcome } from './sandbox-cards';

/** What a processor answers to a charge it did answer. */
export type ChargeResult =
  | { status: 'succeeded'; chargeId: string }
  | { status: 'declined'; chargeId: string; declineCode: string; message: string };

/** The processor did not answer in time: the card may or may not have been charged. Ask again with the same idempotency key. */
export class ProcessorTimeoutError extends Error {
  constructor() {
    super('the card processor did not answer in time');
    this.name = 'ProcessorTimeoutError';
  }
}

const OUTCOMES: readonly SandboxOutcome[] = ['succeed', 'decline', 'insufficient_funds', 'timeout'];

interface ChargeRow {
  charge_id: string;
  token: string;
  amount_cents: string;
  status: string;
  decline_code: string | null;
}

/**
 * A card processor emulator with a real processor's contract: a card becomes a token once, and a
 * charge with an idempotency key it has seen returns the first outcome instead of charging again. Its
 * memory is its own table, outside the caller's transaction, as a remote processor's would be.
 */
@Injectable()
export class SandboxCardProcessor {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A token for a validated card number; the number itself is not kept anywhere. */
  tokenize(digits: string): string {
    // The sandbox's "vault" is the token itself: the behaviour and a fingerprint, never the number.
    const fingerprint = createHash('sha256').update(digits).update(randomBytes(8)).digest('hex').slice(0, 16);
    return `tok_sandbox_${outcomeOf(digits)}_${fingerprint}`;
  }

  async charge(request: {
    token: string;
    amountCents: number;
    currency: string;
    idempotencyKey: string;
  }): Promise<ChargeResult> {
    const outcome = this.outcomeOfToken(request.token);
    const chargeId = randomId('ch');
    const status = outcome === 'succeed' || outcome === 'timeout' ? 'succeeded' : 'declined';
    const declineCode =
      outcome === 'decline' ? 'card_declined' : outcome === 'insufficient_funds' ? 'insufficient_funds' : null;
    // A fresh fork with no transaction: the processor's record commits on its own, like a remote system's.
    const em = this.em.fork();
    const inserted = await sql<ChargeRow>(
      em,
      `insert into ${SANDBOX_CHARGES} (idempotency_key, charge_id, token, amount_cents, currency, status, decline_code, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (idempotency_key) do nothing returning charge_id, token, amount_cents, status, decline_code`,
      [
        request.idempotencyKey,
        chargeId,
        request.token,
        request.amountCents,
        request.currency,
        status,
        declineCode,
        this.clock.now(),
      ],
    );
    if (inserted.length) {
      // The card is charged; for the timeout card the answer is what gets lost.
      if (outcome === 'timeout') throw new ProcessorTimeoutError();
      return this.resultOf(inserted[0]);
    }
    const [seen] = await sql<ChargeRow>(
      em,
      `select charge_id, token, amount_cents, status, decline_code from ${SANDBOX_CHARGES} where idempotency_key = ?`,
      [request.idempotencyKey],
    );
    if (seen.token !== request.token || Number(seen.amount_cents) !== request.amountCents)
      throw new Error(`processor idempotency key ${request.idempotencyKey} reused with other parameters`);
    return this.resultOf(seen);
  }

  private resultOf(row: ChargeRow): ChargeResult {
    if (row.status === 'succeeded') return { status: 'succeeded', chargeId: row.charge_id };
    const declineCode = row.decline_code ?? 'card_declined';
    const message =
      declineCode === 'insufficient_funds' ? 'The card has insufficient funds.' : 'The card was declined.';
    return { status: 'declined', chargeId: row.charge_id, declineCode, message };
  }

  private outcomeOfToken(token: string): SandboxOutcome {
    const outcome = OUTCOMES.find((o) => token.startsWith(`tok_sandbox_${o}_`));
    if (!outcome) throw new Error('not a sandbox card token');
    return outcome;
  }
}
