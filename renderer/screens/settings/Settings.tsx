import { OrganisationSettings } from './OrganisationSettings';

// Paramètres: one tab for now (Organisation); later tabs (territory communes, forbidden tasks,
// waivers, staff accounts) join it here.
export function Settings() {
  return (
    <section className="page">
      <header className="page-header">
        <h1>Paramètres</h1>
      </header>
      <div className="tabs" role="tablist" aria-label="Paramètres">
        <button type="button" role="tab" aria-selected="true" className="tab active" id="tab-organisation">
          Organisation
        </button>
      </div>
      <div role="tabpanel" aria-labelledby="tab-organisation">
        <OrganisationSettings />
      </div>
    </section>
  );
}
