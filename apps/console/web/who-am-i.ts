import { Api } from './api/client';
import type { Account, Balance, Page } from './api/types';

/**
 * The key's own account. The API has no "me" route: the wallet answers with the account id of the
 * key (without Account-Id), and the account route gives its type and name.
 */
export async function whoAmI(key: string): Promise<{ me: Account; tenants: Account[] }> {
  const api = new Api(key, null);
  const balance = await api.get<Balance>('/balance');
  const me = await api.get<Account>(`/accounts/${encodeURIComponent(balance.account_id)}`);
  const tenants: Account[] = [];
  if (me.type === 'partner') {
    let cursor: string | null = null;
    do {
      const page: Page<Account> = await api.get<Page<Account>>('/accounts', { limit: 100, cursor });
      tenants.push(...page.data);
      cursor = page.meta.next_cursor;
    } while (cursor && tenants.length < 1000);
  }
  return { me, tenants };
}
