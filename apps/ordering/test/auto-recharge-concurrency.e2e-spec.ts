import { PaymentMethod, PaymentMethodPatterns, WalletCaller, WalletPatterns } from '@did/contracts';
import { FundsService } from '../src/payments/funds.service';
import { OrderingFixture, startOrdering } from './ordering-fixture';

const CARD_OK = '4242424242424242';

describe('auto-recharge under concurrent charges (real PostgreSQL and NATS)', () => {
  let o: OrderingFixture;

  const addCard = (caller: WalletCaller) =>
    o.rpc.request<PaymentMethod>(PaymentMethodPatterns.Create, {
      caller,
      card: { card_number: CARD_OK, exp_month: 12, exp_year: 2030, cvc: '123' },
    });
  const autoRecharges = (caller: WalletCaller) =>
    o.rows<{ amount_cents: string; status: string }>(
      `select amount_cents, status from ordering.payments where account_id = ? and purpose = 'auto_recharge'`,
      [caller.account_id],
    );

  beforeAll(async () => {
    o = await startOrdering({ PAYMENT_RECONCILE_AFTER_MS: '60000' });
  });

  afterAll(async () => {
    await o.close();
  });

  it('charges the card once for eight concurrent charges that one recharge covers', async () => {
    const caller = o.newCaller();
    const pm = await addCard(caller);
    await o.rpc.request(WalletPatterns.SetAutoRecharge, {
      caller,
      settings: { enabled: true, threshold_cents: 0, amount_cents: 1_000, payment_method_id: pm.id },
    });
    const funds = o.app.get(FundsService);

    const checks = await Promise.all(
      Array.from({ length: 8 }, (_, i) => funds.ensureFunds(caller.account_id, 100, `order:concurrent-${i}`)),
    );

    expect(checks).toHaveLength(8);
    checks.forEach((check) => expect(check.covered).toBe(true));
    expect(checks.filter((c) => c.recharge?.status === 'succeeded')).toHaveLength(1);
    expect(await autoRecharges(caller)).toEqual([{ amount_cents: '1000', status: 'succeeded' }]);
  });
});
