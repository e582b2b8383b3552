import { LedgerEntryKind } from '@did/contracts';
import { partnerShortfall, resalePostings, ResellerCharge } from '../src/wallets/reseller-charges';

const charge: ResellerCharge = {
  kind: LedgerEntryKind.OrderCharge,
  buyerAccountId: 'acc_tenant',
  partnerId: 'acc_partner',
  currency: 'USD',
  buyerCents: 300,
  partnerCents: 250,
  key: 'order:nor_1',
  description: 'Number order nor_1',
  reference: 'nor_1',
};
const row = (p: ReturnType<typeof resalePostings>[number]) => [
  p.walletId,
  p.side,
  p.kind,
  p.amountCents,
  p.idempotencyKey,
  p.tenantAccountId ?? null,
];

describe('resalePostings: the entries of one resale charge, in lock order', () => {
  it('a charge: the tenant pays, its payment is credited to the partner before the partner pays the platform price; the sum is -platform price', () => {
    const postings = resalePostings(charge, { buyer: 'wal_b', partner: 'wal_a' }, -1);
    expect(postings.map(row)).toEqual([
      ['wal_a', 'tenant_payment', 'tenant_payment', 300, 'order:nor_1:tenant-payment', 'acc_tenant'],
      ['wal_a', 'platform_price', 'order_charge', -250, 'order:nor_1:partner', 'acc_tenant'],
      ['wal_b', 'buyer', 'order_charge', -300, 'order:nor_1', null],
    ]);
    expect(postings.reduce((s, p) => s + p.amountCents, 0)).toBe(-250);
  });

  it('a refund: the same keys reversed, the partner credited the platform price before it gives the payment back', () => {
    const postings = resalePostings(
      { ...charge, kind: LedgerEntryKind.Refund, key: 'refund:nor_1:+1' },
      { buyer: 'wal_a', partner: 'wal_b' },
      1,
    );
    expect(postings.map(row)).toEqual([
      ['wal_a', 'buyer', 'refund', 300, 'refund:nor_1:+1', null],
      ['wal_b', 'platform_price', 'refund', 250, 'refund:nor_1:+1:partner', 'acc_tenant'],
      ['wal_b', 'tenant_payment', 'tenant_payment', -300, 'refund:nor_1:+1:tenant-payment', 'acc_tenant'],
    ]);
  });

  it('a partner buying for itself: one entry; zero amounts (a trial cycle) post nothing', () => {
    expect(resalePostings({ ...charge, partnerId: null }, { buyer: 'wal_b', partner: null }, -1).map(row)).toEqual([
      ['wal_b', 'buyer', 'order_charge', -300, 'order:nor_1', null],
    ]);
    expect(
      resalePostings({ ...charge, buyerCents: 0, partnerCents: 0 }, { buyer: 'wal_b', partner: 'wal_a' }, -1),
    ).toEqual([]);
  });

  it("partnerShortfall: only a partner price above the tenant payment needs the partner's own money", () => {
    expect(partnerShortfall(300, 250)).toBe(0);
    expect(partnerShortfall(40, 50)).toBe(10);
  });
});
