// Les travaux interdits aux salariés en contrat à durée déterminée et aux intérimaires, donc aux
// salariés d'une association intermédiaire (article L4154-1 du Code du travail ; la liste est
// celle de l'article D4154-1). Ce ne sont pas les tâches ordinaires de l'association : ce sont
// des expositions à des agents chimiques dangereux ou aux rayonnements ionisants. La DREETS peut
// exceptionnellement accorder une dérogation (articles D4154-2 à D4154-6).
//
// À vérifier (domaine, « à vérifier ») : la liste est recopiée de l'article tel que publié ; elle
// est proposée en réglage, tout coché par défaut, et le bureau peut décocher un travail couvert
// par une dérogation. Le formulaire de mission demande si la mission y expose le salarié : oui
// bloque la mise à disposition (db/rules/placement-checks.ts).

export const FORBIDDEN_WORK = [
  { code: 'amiante', article: '1°', label: 'Amiante : entretien ou maintenance sur des flocages ou calorifugeages ; confinement, retrait ou démolition' },
  {
    code: 'amines_aromatiques',
    article: '2°',
    label: 'Amines aromatiques : benzidine (ses homologues, sels et dérivés chlorés), dianisidine, 4-aminobiphényle',
  },
  { code: 'arsenite_sodium', article: '3°', label: 'Arsénite de sodium' },
  { code: 'hydrogene_arsenie', article: '4°', label: "Arséniure d'hydrogène (hydrogène arsénié)" },
  { code: 'auramine_magenta', article: '5°', label: 'Auramine et magenta (fabrication)' },
  { code: 'beryllium', article: '6°', label: 'Béryllium et ses sels' },
  { code: 'naphtylamine', article: '7°', label: 'Bêta-naphtylamine, chlornaphazine, o-toluidine (orthotoluidine)' },
  { code: 'brome', article: '8°', label: 'Brome liquide ou gazeux (hors composés)' },
  { code: 'cadmium_fusion', article: '9°', label: 'Cadmium : travaux de métallurgie et de fusion' },
  { code: 'cadmium_composes', article: '10°', label: 'Composés minéraux solubles du cadmium' },
  { code: 'chlore', article: '11°', label: 'Chlore gazeux (hors composés)' },
  { code: 'chloromethane', article: '12°', label: 'Chlorométhane (chlorure de méthyle)' },
  { code: 'chlorure_vinyle', article: '13°', label: 'Chlorure de vinyle, lors de la polymérisation' },
  { code: 'mercure', article: '14°', label: 'Dichlorure de mercure, oxycyanure de mercure et dérivés alkylés du mercure' },
  { code: 'dioxyde_manganese', article: '15°', label: 'Dioxyde de manganèse (bioxyde de manganèse)' },
  { code: 'fluor', article: '16°', label: 'Fluor gazeux et acide fluorhydrique' },
  { code: 'iode', article: '17°', label: 'Iode solide ou vapeur (hors composés)' },
  { code: 'phosgene', article: '18°', label: 'Oxychlorure de carbone (phosgène)' },
  { code: 'paraquat', article: '19°', label: 'Paraquat' },
  { code: 'phosphore', article: '20°', label: "Phosphore, pentafluorure de phosphore, phosphure d'hydrogène (hydrogène phosphoré)" },
  { code: 'poussieres_lin', article: '21°', label: "Poussières de lin : travaux exposant à leur inhalation" },
  { code: 'metaux_durs', article: '22°', label: 'Poussières de métaux durs' },
  {
    code: 'rayonnements_ionisants',
    article: '23°',
    label: 'Rayonnements ionisants : travaux là où le débit de dose peut dépasser 2 millisieverts par heure (zone contrôlée orange ou rouge)',
  },
  { code: 'sulfure_carbone', article: '24°', label: 'Sulfure de carbone' },
  { code: 'tetrachloroethane', article: '25°', label: 'Tétrachloroéthane' },
  { code: 'tetrachloromethane', article: '26°', label: 'Tétrachlorométhane (tétrachlorure de carbone)' },
  { code: 'desinsectisation_bois', article: '27°', label: 'Travaux de désinsectisation des bois' },
] as const satisfies readonly { code: string; article: string; label: string }[];

export type ForbiddenWorkCode = (typeof FORBIDDEN_WORK)[number]['code'];

export const forbiddenWorkCodes = FORBIDDEN_WORK.map((w) => w.code) as [ForbiddenWorkCode, ...ForbiddenWorkCode[]];

/** The works refused, from those the office unticked (a derogation): every other work of the list, in the article's order. */
export function refusedWork(unticked: readonly string[]): ForbiddenWorkCode[] {
  return forbiddenWorkCodes.filter((c) => !unticked.includes(c));
}
