import { ok } from '../../api/client';
import type { Api } from '../../api/client';
import type { EventRecord, WalletDebtChanged } from '../../api/types';
import type { Page } from '../../api/types';

const DAY_MS = 86_400_000;
/** Windows searched, newest first: the latest change is in the first window that has any. */
const WINDOWS_DAYS = [7, 90, null] as const;
const MAX_PAGES = 20;

/**
 * What the acting account's wallet owes for usage its balance could not pay. GET /v1/balance does
 * not say (BalanceSchema has no owed_cents), so this reads the event log instead: the
 * wallet.debt_changed event with the highest sequence is the current debt. The log pages oldest
 * first, so recent windows are read before the whole history. Null: no debt was ever recorded.
 */
export async function currentDebt(api: Api, now = Date.now()): Promise<WalletDebtChanged | null> {
  for (const days of WINDOWS_DAYS) {
    let latest: WalletDebtChanged | null = null;
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page<EventRecord<WalletDebtChanged>> = (await ok(
        api.client.GET('/v1/events', {
          params: {
            query: {
              type: 'wallet.debt_changed',
              occurred_after: days === null ? undefined : new Date(now - days * DAY_MS).toISOString(),
              limit: 100,
              cursor: cursor ?? undefined,
            },
          },
        }),
      )) as unknown as Page<EventRecord<WalletDebtChanged>>;
      for (const e of page.data) if (!latest || e.data.sequence > latest.sequence) latest = e.data;
      cursor = page.meta.next_cursor;
    } while (cursor && ++pages < MAX_PAGES);
    if (latest) return latest;
  }
  return null;
}
