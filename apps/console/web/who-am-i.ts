import { Api, ok } from './api/client';
import type { Account, Page } from './api/types';

/** The key's own account (`GET /v1/accounts/me` without Account-Id), and a partner's tenants. */
export async function whoAmI(key: string): Promise<{ me: Account; tenants: Account[] }> {
  const api = new Api(key, null);
  const me = await ok(api.client.GET('/v1/accounts/me'));
  const tenants: Account[] = [];
  if (me.type === 'partner') {
    let cursor: string | null = null;
    do {
      const page: Page<Account> = await ok(
        api.client.GET('/v1/accounts', { params: { query: { limit: 100, cursor: cursor ?? undefined } } }),
      );
      tenants.push(...page.data);
      cursor = page.meta.next_cursor;
    } while (cursor && tenants.length < 1000);
  }
  return { me, tenants };
}
