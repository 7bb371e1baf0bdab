import { createContext, useContext } from 'react';
import type { AuthState, SessionAccount } from '../../db/contract/accounts';
import { allows, type Permission } from '../../db/contract/roles';

// The logged-in account, for the screens: who it is, and what its role may do (the same table
// the back end checks, db/contract/roles.ts: a screen hides what would be refused anyway).

export interface AccountState {
  account: SessionAccount;
  can(permission: Permission): boolean;
  /** The session changed (logged out, locked, a new password): the gate shows what follows. */
  update(state: AuthState): void;
  logout(): void;
  /** Locks now (leaving the PC for a moment). */
  lock(): void;
}

export const AccountContext = createContext<AccountState | null>(null);

export function accountState(account: SessionAccount, update: (s: AuthState) => void): Omit<AccountState, 'logout' | 'lock'> {
  return { account, can: (p) => p === 'public' || allows(p, account.role), update };
}

export function useAccount(): AccountState {
  const c = useContext(AccountContext);
  if (!c) throw new Error('useAccount hors de la porte de connexion (AuthGate)');
  return c;
}
