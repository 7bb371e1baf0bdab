import { PASS_STATUS_LABELS, type PassStatus } from '../../db/contract/workers';

// Status shown by a word and a colour together, never colour alone.
export type Tone = 'ok' | 'warn' | 'danger' | 'neutral' | 'info';

export function Badge({ tone, children }: { tone: Tone; children: React.ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

const PASS_TONE: Record<PassStatus | 'aucun', Tone> = {
  valide: 'ok',
  a_venir: 'info',
  suspendu: 'warn',
  expire: 'danger',
  aucun: 'neutral',
};

export function PassBadge({ status }: { status: PassStatus | 'aucun' }) {
  return <Badge tone={PASS_TONE[status]}>{status === 'aucun' ? 'Pas de PASS' : `PASS ${PASS_STATUS_LABELS[status].toLowerCase()}`}</Badge>;
}

/** What needs attention, at the top of a page or a form: one banner each, what happens in bold, then what to do. */
export function NoticeBanners({ notices }: { notices: readonly { tone: 'danger' | 'warning'; text: string; advice: string }[] }) {
  return (
    <>
      {notices.map((n) => (
        <div key={n.text} className={`banner banner-${n.tone} notice-banner`} role="alert">
          <p>
            <strong>{n.text}</strong>
          </p>
          <p>{n.advice}</p>
        </div>
      ))}
    </>
  );
}
