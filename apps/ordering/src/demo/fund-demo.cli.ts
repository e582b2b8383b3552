import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { CURRENCIES, Currency, LedgerEntryKind, MAX_AMOUNT_CENTS } from '@did/contracts';
import { MESSAGING_ENTITIES } from '@did/messaging';
import { schemaForService, serviceOrmOptions } from '@did/persistence';
import { systemClock } from '@did/service-kit';
import { OrderingConfig } from '../config';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';
import { Wallet } from '../wallets/entities/wallet.entity';
import { LedgerService } from '../wallets/ledger.service';
import { openWallet } from '../wallets/wallets.service';

/** Fixed per account: however often `npm start` runs, the demo wallet is funded once. */
export const DEMO_FUNDING_KEY = 'demo-funding';

/**
 * `main.js fund-demo --account <id> --amount-cents N [--currency USD]`: opens the account's wallet if
 * account.created has not reached ordering yet, and credits it once with an `adjustment` entry.
 * Events go to the outbox and leave when the service runs.
 */
export async function runFundDemoCli(config: OrderingConfig, argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      account: { type: 'string' },
      'amount-cents': { type: 'string' },
      currency: { type: 'string', default: 'USD' },
      'partner-id': { type: 'string' },
    },
  });
  const accountId = values.account;
  const amountCents = Number(values['amount-cents']);
  const currency = values.currency as Currency;
  if (!accountId) throw new Error('--account is required');
  if (!Number.isInteger(amountCents) || amountCents < 1 || amountCents > MAX_AMOUNT_CENTS)
    throw new Error(`--amount-cents must be an integer from 1 to ${MAX_AMOUNT_CENTS}`);
  if (!CURRENCIES.includes(currency)) throw new Error(`--currency must be one of ${CURRENCIES.join(', ')}`);
  const orm = await MikroORM.init(
    serviceOrmOptions({
      clientUrl: config.DATABASE_URL,
      schema: schemaForService('ordering'),
      entities: [...ENTITIES, ...MESSAGING_ENTITIES],
      migrations: MIGRATIONS,
      poolMax: 2,
    }),
  );
  try {
    const ledger = new LedgerService(systemClock);
    const posted = await orm.em.fork().transactional(async (em) => {
      await openWallet(em, { accountId, partnerId: values['partner-id'] ?? null, currency }, systemClock.now());
      const wallet = await em.findOneOrFail(Wallet, { accountId });
      return ledger.post(em, {
        walletId: wallet.id,
        kind: LedgerEntryKind.Adjustment,
        amountCents,
        idempotencyKey: DEMO_FUNDING_KEY,
        description: 'Demo funding (npm start)',
        reference: 'demo',
      });
    });
    console.log(
      `fund-demo: ${accountId} ${posted.replayed ? 'was already funded' : `credited ${amountCents}`}; balance ${posted.balanceAfterCents} (after entry ${posted.sequence})`,
    );
  } finally {
    await orm.close(true);
  }
}
