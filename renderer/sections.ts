import type { IconName } from './components/Icon';

// The navigation of the whole product. `ready: false` sections say plainly that they are not
// built yet, and what they will do, rather than showing made-up data.
export interface Section {
  path: string;
  label: string;
  icon: IconName;
  ready: boolean;
  /** What the section will do, shown while it is not built. */
  purpose: string;
}

export const SECTIONS: Section[] = [
  { path: '/', label: 'Tableau de bord', icon: 'home', ready: true, purpose: '' },
  {
    path: '/salaries',
    label: 'Salariés',
    icon: 'people',
    ready: true,
    purpose: "Inscrire les salariés en parcours, suivre leur PASS IAE et leur diagnostic d'éligibilité.",
  },
  {
    path: '/utilisateurs',
    label: 'Utilisateurs',
    icon: 'building',
    ready: true,
    purpose: 'Enregistrer les utilisateurs (particuliers, entreprises, collectivités…) et leurs adhésions.',
  },
  {
    path: '/missions',
    label: 'Missions',
    icon: 'briefcase',
    ready: true,
    purpose: 'Créer les mises à disposition et imprimer leurs contrats, dans le respect des règles.',
  },
  {
    path: '/heures',
    label: 'Heures',
    icon: 'clock',
    ready: true,
    purpose: 'Saisir les heures du mois à partir des relevés signés, limites légales vérifiées.',
  },
  {
    path: '/facturation',
    label: 'Facturation',
    icon: 'invoice',
    ready: false,
    purpose: 'Émettre les factures du mois, les avoirs, et suivre les paiements.',
  },
  {
    path: '/suivi',
    label: 'Suivi',
    icon: 'path',
    ready: false,
    purpose: "Suivre l'accompagnement : entretiens, freins, formations et sorties.",
  },
  {
    path: '/rapports',
    label: 'Rapports',
    icon: 'chart',
    ready: false,
    purpose: "Imprimer les relevés, l'état des heures pour la paie, le suivi ASP et le rapport d'activité.",
  },
  {
    path: '/sauvegardes',
    label: 'Sauvegardes',
    icon: 'save',
    ready: false,
    purpose: 'Sauvegarder les données et restaurer une sauvegarde en deux clics.',
  },
  { path: '/parametres', label: 'Paramètres', icon: 'gear', ready: true, purpose: '' },
];
