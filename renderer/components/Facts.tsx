import type { ReactNode } from 'react';

/** One line of a record page's `<dl className="facts">`: the label, and the value or a dash when there is none. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children || <span className="muted">—</span>}</dd>
    </>
  );
}
