import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { AuthState } from '../../db/contract/accounts';
import { onSessionProblem, send } from '../api/client';
import { AccountContext, accountState } from './account';
import { FirstRun, Login, NewPassword } from './AuthScreens';
import { LockDialog, useIdle } from './IdleLock';
import { Unreachable } from '../screens/startup/StartupProblem';

// Nothing of the app shows without a logged-in account: the first run asks for the first
// account, then the login screen; an account whose password was reset chooses a new one. Once
// in, the app stays mounted under the idle lock's dialog. A refusal of any call because the
// session ended or locked (the back end decides) brings the matching screen.

export function AuthGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    void send('auth.state', {}).then((r) => (r.ok ? setState(r.value) : setError(r.error.message)));
  }, []);
  useEffect(refresh, [refresh]);
  useEffect(
    () =>
      onSessionProblem((problem) => {
        if (problem === 'locked') setState((s) => (s ? { ...s, locked: true } : s));
        else refresh();
      }),
    [refresh],
  );
  const logout = useCallback(() => {
    void send('auth.logout', {}).then((r) => (r.ok ? setState(r.value) : refresh()));
  }, [refresh]);
  const lock = useCallback(() => {
    void send('auth.lock', {}).then((r) => {
      if (r.ok) setState(r.value);
    });
  }, []);
  const account = state?.account ?? null;
  useIdle(state?.idleLockMinutes ?? 10, lock, !account || state?.locked === true || account.mustChangePassword);

  if (error) return <Unreachable message={error} />;
  if (!state) return <p className="loading">Ouverture de Passerelle…</p>;
  if (state.needsSetup) return <FirstRun onDone={setState} />;
  if (!account) return <Login onDone={setState} />;
  if (account.mustChangePassword) return <NewPassword account={account} onDone={setState} onLogout={logout} />;
  return (
    <AccountContext.Provider value={{ ...accountState(account, setState), logout, lock }}>
      {children}
      {state.locked && <LockDialog account={account} onUnlocked={setState} onLogout={logout} />}
    </AccountContext.Provider>
  );
}
