import { createContext, useContext } from 'react';
import type { Api } from './api/client';
import type { Account } from './api/types';

export interface ConsoleContext {
  api: Api;
  /** The account the key belongs to. */
  me: Account;
  /** The account acted on: `me`, or one of its tenants (Account-Id). */
  acting: Account;
  /** A partner's tenants (empty for a tenant key). */
  tenants: Account[];
  isPartner: boolean;
  accountName(id: string | null | undefined): string;
  /** Loads the partner's tenants again (after creating one), for the switcher and every name shown. */
  refreshTenants(): Promise<void>;
}

export const Ctx = createContext<ConsoleContext | null>(null);

export function useConsole(): ConsoleContext {
  const value = useContext(Ctx);
  if (!value) throw new Error('useConsole outside the signed-in console');
  return value;
}
