import type { Section } from '../sections';

/** A section that is not built yet says so, and what it will do; no made-up data. */
export function NotBuilt({ section }: { section: Section }) {
  return (
    <section className="page">
      <header className="page-header">
        <h1>{section.label}</h1>
      </header>
      <div className="notice">
        <p>
          <strong>Cette partie de Passerelle n'est pas encore disponible.</strong>
        </p>
        <p>Elle permettra de : {section.purpose.charAt(0).toLowerCase() + section.purpose.slice(1)}</p>
      </div>
    </section>
  );
}
