import type { Api } from '../../api/client';
import { useConsole } from '../../context';
import { dateTime, money } from '../../format';
import { useResource } from '../../use-resource';
import { currentDebt } from './debt';

/**
 * Says when the wallet owes unpaid usage, and that calls are refused until a top-up settles it. `api`
 * names another wallet's account (a partner looking at its tenant); the acting account's by default.
 */
export function DebtNotice({ version, api: other }: { version: number; api?: Api }) {
  const { api: own, isPartner } = useConsole();
  const api = other ?? own;
  const debt = useResource(() => currentDebt(api), [version, api.actingAccountId]);
  const owed = debt.data;
  if (!owed || owed.owed_cents <= 0) return null;
  return (
    <div className="debt" role="alert" data-testid="wallet-debt">
      <p>
        <strong>This wallet owes {money(owed.owed_cents, owed.currency)} of unpaid usage</strong> (since{' '}
        {dateTime(owed.changed_at)}): calls and messages the balance could not cover.
      </p>
      <p>
        New calls to {isPartner && !other ? "your numbers and your tenants' numbers" : 'these numbers'} are refused
        (emergency calls still go through) until a top-up settles the debt: the next top-up or auto-recharge pays it
        first, then the rest is credited to the balance.
      </p>
    </div>
  );
}
