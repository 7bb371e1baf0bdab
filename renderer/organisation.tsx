import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Result } from '../db/contract/result';
import type { Organisation } from '../db/contract/settings';
import { send } from './api/client';

// The organisation's settings, read once and shared (its name heads the sidebar).
interface OrganisationState {
  organisation: Organisation | null;
  error: string | null;
  refresh(): Promise<void>;
  set(o: Organisation): void;
}

const Ctx = createContext<OrganisationState | null>(null);

export function OrganisationProvider({ children }: { children: ReactNode }) {
  const [organisation, setOrganisation] = useState<Organisation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const show = useCallback((r: Result<Organisation>) => {
    if (r.ok) {
      setOrganisation(r.value);
      setError(null);
    } else setError(r.error.message);
  }, []);
  const refresh = useCallback(() => send('settings.getOrganisation', {}).then(show), [show]);
  useEffect(() => {
    void send('settings.getOrganisation', {}).then(show);
  }, [show]);
  return <Ctx.Provider value={{ organisation, error, refresh, set: setOrganisation }}>{children}</Ctx.Provider>;
}

export function useOrganisation(): OrganisationState {
  const c = useContext(Ctx);
  if (!c) throw new Error('useOrganisation hors du OrganisationProvider');
  return c;
}
