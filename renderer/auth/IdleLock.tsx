import { useEffect, useRef } from 'react';
import type { AuthState, SessionAccount } from '../../db/contract/accounts';
import { Field } from '../components/Field';
import { Form, useForm } from '../components/form';
import { Modal } from '../components/feedback';
import { useLatest } from '../components/useLatest';
import { Refusal } from './AuthScreens';

// The idle lock: after the set minutes without a key, a click or a move of the mouse, the
// session locks and a dialog over the app asks for the password. The app stays as it was
// underneath (a modal dialog makes it inert): what was being typed is still there once unlocked.

const CHECK_EVERY_MS = 5_000;
const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** Calls `onIdle` once the page has seen no activity for `minutes`. */
export function useIdle(minutes: number, onIdle: () => void, paused: boolean): void {
  const last = useRef(0);
  const idle = useLatest(onIdle);
  useEffect(() => {
    if (paused) return;
    last.current = Date.now();
    const seen = () => {
      last.current = Date.now();
    };
    for (const e of ACTIVITY) window.addEventListener(e, seen, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last.current >= minutes * 60_000) idle.current();
    }, CHECK_EVERY_MS);
    return () => {
      for (const e of ACTIVITY) window.removeEventListener(e, seen, { capture: true });
      window.clearInterval(timer);
    };
  }, [minutes, paused, idle]);
}

export function LockDialog({ account, onUnlocked, onLogout }: { account: SessionAccount; onUnlocked(state: AuthState): void; onLogout(): void }) {
  const password = useRef<HTMLInputElement>(null);
  const form = useForm({
    call: 'auth.unlock',
    initial: { password: '' },
    toInput: (v) => ({ password: v.password ?? '' }),
    onSaved: onUnlocked,
    savedMessage: 'Déverrouillé',
    showsRefusal: true,
    labels: { password: 'Mot de passe' },
  });
  return (
    // Échap does not close it: only the password does.
    <Modal titleId="lock-title" focus={password} onCancel={() => undefined}>
      <h2 id="lock-title">Passerelle est verrouillé</h2>
      <p>
        {account.name}, Passerelle s'est verrouillé après un moment sans activité. Saisissez votre mot de passe pour reprendre : ce qui était en cours
        de saisie est conservé.
      </p>
      <Form form={form} label="Déverrouiller">
        <Refusal error={form.lastError} />
        <Field {...form.field('password')} required type="password" ref={password} autoComplete="current-password" />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onLogout}>
            Se déconnecter
          </button>
          <button type="submit" className="button button-primary" disabled={form.busy}>
            Déverrouiller
          </button>
        </div>
      </Form>
    </Modal>
  );
}
