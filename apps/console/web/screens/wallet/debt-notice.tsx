import { useConsole } from '../../context';
import { dateTime, money } from '../../format';
import { useResource } from '../../use-resource';
import { currentDebt } from './debt';

/** Says when the wallet owes unpaid usage, and that calls are refused until a top-up settles it. */
export function DebtNotice({ version }: { version: number }) {
  const { api, isPartner } = useConsole();
  const debt = useResource(() => currentDebt(api), [version]);
  const owed = debt.data;
  if (!owed || owed.owed_cents <= 0) return null;
  return (
    <div className="debt" role="alert" data-testid="wallet-debt">
      <p>
        <strong>This wallet owes {money(owed.owed_cents, owed.currency)} of unpaid usage</strong> (since {dateTime(owed.changed_at)}): calls and messages the balance could not cover.
      </p>
      <p>
        New calls to {isPartner ? "your numbers and your tenants' numbers" : 'these numbers'} are refused (emergency calls still go through) until a top-up settles the debt: the next top-up
        or auto-recharge pays it first, then the rest is credited to the balance.
      </p>
    </div>
  );
}
