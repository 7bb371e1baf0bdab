import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

// A hash router (it works under Electron's loadFile and in the web host alike), with one
// feature a form needs: a guard that asks before leaving a page with unsaved changes.

type Guard = () => Promise<boolean>;

interface RouterState {
  path: string;
  /** `force` skips the unsaved-changes question (after a save, the changes are saved). */
  navigate(to: string, options?: { force?: boolean }): void;
  setGuard(guard: Guard | null): void;
}

const RouterContext = createContext<RouterState | null>(null);

function currentPath(): string {
  const h = window.location.hash.replace(/^#/, '');
  return h === '' ? '/' : h;
}

export function Router({ children }: { children: ReactNode }) {
  const [path, setPath] = useState(currentPath);
  const guard = useRef<Guard | null>(null);
  const accepted = useRef(currentPath());

  useEffect(() => {
    const onChange = async () => {
      const next = currentPath();
      if (next === accepted.current) return;
      if (guard.current) {
        const target = next;
        // Put the address back while the question is asked.
        window.history.replaceState(null, '', `#${accepted.current}`);
        const ok = await guard.current();
        if (!ok) return;
        guard.current = null;
        accepted.current = target;
        window.history.pushState(null, '', `#${target}`);
        setPath(target);
        return;
      }
      accepted.current = next;
      setPath(next);
    };
    const listener = () => void onChange();
    window.addEventListener('hashchange', listener);
    return () => window.removeEventListener('hashchange', listener);
  }, []);

  const navigate = useCallback((to: string, options?: { force?: boolean }) => {
    if (options?.force) guard.current = null;
    window.location.hash = to;
  }, []);
  const setGuard = useCallback((g: Guard | null) => {
    guard.current = g;
  }, []);

  return <RouterContext.Provider value={{ path, navigate, setGuard }}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterState {
  const r = useContext(RouterContext);
  if (!r) throw new Error('useRouter hors du Router');
  return r;
}

/** While `when` is true, leaving the page asks `ask()` first. */
export function useLeaveGuard(when: boolean, ask: () => Promise<boolean>) {
  const { setGuard } = useRouter();
  useEffect(() => {
    setGuard(when ? ask : null);
    return () => setGuard(null);
  }, [when, ask, setGuard]);
  useEffect(() => {
    if (!when) return;
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [when]);
}

export function Link({ to, children, className, ...rest }: { to: string; children: ReactNode; className?: string } & React.AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a href={`#${to}`} className={className} {...rest}>
      {children}
    </a>
  );
}
