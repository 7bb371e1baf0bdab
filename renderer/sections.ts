import type { IconName } from './components/Icon';
import type { Permission } from '../db/contract/roles';
import { splitPath } from './route-match';

// The navigation of the whole product, one line a section. A section whose path has no screen
// in the route table (renderer/routes.tsx) says plainly that it is not built yet, and what it
// will do (`purpose`), rather than showing made-up data. The route table joins each address to
// its section by the first segment: `/salaries/12/modifier` lies in Salariés.
export interface Section {
  path: string;
  label: string;
  icon: IconName;
  /** What the section does, in a sentence: shown while it is not built. */
  purpose: string;
  /** Who sees it (db/contract/roles.ts): the sidebar hides it from the other roles, its addresses refuse them. */
  permission: Permission;
}

export const SECTIONS: readonly Section[] = [
  { path: '/', label: 'Tableau de bord', icon: 'home', purpose: 'Montrer les choses à faire du jour et les chiffres du mois.', permission: 'account' },
  { path: '/salaries', label: 'Salariés', icon: 'people', purpose: "Inscrire les salariés en parcours, suivre leur PASS IAE et leur diagnostic d'éligibilité.", permission: 'workers.read' },
  { path: '/utilisateurs', label: 'Utilisateurs', icon: 'building', purpose: 'Enregistrer les utilisateurs (particuliers, entreprises, collectivités…) et leurs adhésions.', permission: 'clients.read' },
  { path: '/missions', label: 'Missions', icon: 'briefcase', purpose: 'Créer les mises à disposition et imprimer leurs contrats, dans le respect des règles.', permission: 'placements.read' },
  { path: '/heures', label: 'Heures', icon: 'clock', purpose: 'Saisir les heures du mois à partir des relevés signés, limites légales vérifiées.', permission: 'hours.read' },
  { path: '/facturation', label: 'Facturation', icon: 'invoice', purpose: 'Émettre les factures du mois, les avoirs, et suivre les paiements.', permission: 'invoices.read' },
  { path: '/suivi', label: 'Suivi', icon: 'path', purpose: "Suivre l'accompagnement : entretiens, freins, formations et sorties.", permission: 'support.read' },
  { path: '/rapports', label: 'Rapports', icon: 'chart', purpose: "Imprimer les relevés, l'état des heures pour la paie, le suivi ASP et le rapport d'activité.", permission: 'reports.read' },
  { path: '/sauvegardes', label: 'Sauvegardes', icon: 'save', purpose: 'Sauvegarder les données et restaurer une sauvegarde en deux clics.', permission: 'backup.manage' },
  { path: '/parametres', label: 'Paramètres', icon: 'gear', purpose: "Renseigner l'organisation et les règles des missions.", permission: 'settings.read' },
];

/** The section an address lies in (by its first segment), or null. */
export function sectionOf(path: string): Section | null {
  const first = splitPath(path).pathname.split('/').filter(Boolean)[0];
  const wanted = first === undefined ? '/' : `/${first}`;
  return SECTIONS.find((s) => s.path === wanted) ?? null;
}
