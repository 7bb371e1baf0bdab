import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

// Short confirmations that disappear by themselves, and the one confirmation dialog
// (safe choice focused, Échap = cancel) used before anything destructive or irreversible;
// `Modal`, the dialog element it is built on, serves the other dialogs too.

export interface ConfirmOptions {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
}

interface Feedback {
  toast(message: string, kind?: 'success' | 'error'): void;
  confirm(options: ConfirmOptions): Promise<boolean>;
}

const FeedbackContext = createContext<Feedback | null>(null);

interface Toast {
  id: number;
  message: string;
  kind: 'success' | 'error';
}

export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [pending, setPending] = useState<(ConfirmOptions & { resolve: (ok: boolean) => void }) | null>(null);
  const nextId = useRef(1);

  const toast = useCallback((message: string, kind: 'success' | 'error' = 'success') => {
    const id = nextId.current++;
    setToasts((t) => [...t, { id, message, kind }]);
    window.setTimeout(() => setToasts((t) => t.filter((x) => x.id !== id)), kind === 'error' ? 8000 : 4000);
  }, []);

  const confirm = useCallback(
    (options: ConfirmOptions) => new Promise<boolean>((resolve) => setPending({ ...options, resolve })),
    [],
  );

  const close = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };

  return (
    <FeedbackContext.Provider value={{ toast, confirm }}>
      {children}
      <div className="toasts">
        {/* Confirmations are announced politely, errors at once. */}
        <div role="status" aria-live="polite">
          {toasts
            .filter((t) => t.kind === 'success')
            .map((t) => (
              <div key={t.id} className="toast toast-success">
                {t.message}
              </div>
            ))}
        </div>
        <div role="alert">
          {toasts
            .filter((t) => t.kind === 'error')
            .map((t) => (
              <div key={t.id} className="toast toast-error">
                {t.message}
              </div>
            ))}
        </div>
      </div>
      {pending && <ConfirmDialog options={pending} onClose={close} />}
    </FeedbackContext.Provider>
  );
}

/**
 * A modal dialog, open while it is shown: `focus` gets the focus when it opens, and Échap calls
 * `onCancel` (the dialog closes when its owner stops showing it).
 */
export function Modal({
  titleId,
  focus,
  onCancel,
  children,
}: {
  titleId: string;
  focus: RefObject<HTMLElement | null>;
  onCancel(): void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    focus.current?.focus();
  }, [focus]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}

function ConfirmDialog({ options, onClose }: { options: ConfirmOptions; onClose: (ok: boolean) => void }) {
  const safe = useRef<HTMLButtonElement>(null);
  return (
    <Modal titleId="confirm-title" focus={safe} onCancel={() => onClose(false)}>
      <h2 id="confirm-title">{options.title}</h2>
      <div className="dialog-body">{options.body}</div>
      <div className="dialog-actions">
        <button type="button" ref={safe} className="button" onClick={() => onClose(false)}>
          {options.cancelLabel ?? 'Annuler'}
        </button>
        <button
          type="button"
          className={options.danger ? 'button button-danger' : 'button button-primary'}
          onClick={() => onClose(true)}
        >
          {options.confirmLabel}
        </button>
      </div>
    </Modal>
  );
}

export function useFeedback(): Feedback {
  const f = useContext(FeedbackContext);
  if (!f) throw new Error('useFeedback hors du FeedbackProvider');
  return f;
}
