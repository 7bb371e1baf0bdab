// Diagnostic d'éligibilité à l'IAE (domaine §2). Une AI peut embaucher sur 1 critère de
// niveau 1 ou 2 critères de niveau 2 ; aucun critère n'est exigé quand le diagnostic a été
// fait par un prescripteur habilité. Ces mêmes critères servent de ventilation au bilan annuel :
// les codes sont donc stables (ils sont enregistrés en base).

// Codes écrits comme tuples (utilisables par `z.enum` dans le contrat) et libellés dans un
// `Record`, pour que le compilateur refuse un code sans libellé.
export const LEVEL_1_CODES = ['rsa', 'ass', 'aah', 'detld'] as const;

export const LEVEL_2_CODES = [
  'niveau_cap',
  'senior',
  'jeune',
  'ase',
  'deld',
  'rqth',
  'parent_isole',
  'sans_domicile',
  'refugie',
  'zrr',
  'qpv',
  'justice',
  'fle',
  'mobilite',
] as const;

export const CRITERION_CODES = [...LEVEL_1_CODES, ...LEVEL_2_CODES] as const;

export type CriterionCode = (typeof CRITERION_CODES)[number];

export type CriterionLevel = 1 | 2;

export type Criterion = { readonly code: CriterionCode; readonly label: string; readonly level: CriterionLevel };

const LABELS: Record<CriterionCode, string> = {
  rsa: 'Bénéficiaire du RSA',
  ass: 'Allocataire ASS',
  aah: "Bénéficiaire de l'AAH",
  detld: "Demandeur d'emploi de très longue durée (24 mois et plus)",
  niveau_cap: 'Niveau CAP/BEP ou infra',
  senior: 'Senior (50 ans et plus)',
  jeune: 'Jeune (moins de 26 ans)',
  ase: "Sortant de l'ASE",
  deld: "Demandeur d'emploi de longue durée (12 à 24 mois)",
  rqth: 'Travailleur handicapé (RQTH)',
  parent_isole: 'Parent isolé',
  sans_domicile: 'Sans domicile ou hébergé',
  refugie: "Réfugié ou demandeur d'asile",
  zrr: 'Résidant en ZRR',
  qpv: 'Résidant en QPV',
  justice: 'Sortant de détention ou sous main de justice',
  fle: 'Français langue étrangère (niveau inférieur à A1)',
  mobilite: 'Problème de mobilité',
};

export const ELIGIBILITY_CRITERIA: readonly Criterion[] = [
  ...LEVEL_1_CODES.map((code): Criterion => ({ code, label: LABELS[code], level: 1 })),
  ...LEVEL_2_CODES.map((code): Criterion => ({ code, label: LABELS[code], level: 2 })),
];

export function criterionLabel(code: CriterionCode): string {
  return LABELS[code];
}

export function criterionLevel(code: CriterionCode): CriterionLevel {
  return (LEVEL_1_CODES as readonly string[]).includes(code) ? 1 : 2;
}

/** Critères qui s'excluent : on ne peut pas être à la fois senior et jeune, ni DETLD et DELD. */
export const EXCLUSIVE_PAIRS: readonly (readonly [CriterionCode, CriterionCode])[] = [
  ['senior', 'jeune'],
  ['detld', 'deld'],
];

export type DiagnosisAuthorKind = 'prescripteur' | 'structure';

export type EligibilityInput = { authorKind: DiagnosisAuthorKind; criteria: readonly CriterionCode[] };

export type EligibilityResult = { eligible: boolean; reason: string; conflicts: [CriterionCode, CriterionCode][] };

function countLabel(count: number, level: CriterionLevel): string {
  return `${count} critère${count > 1 ? 's' : ''} de niveau ${level}`;
}

export function evaluateEligibility(input: EligibilityInput): EligibilityResult {
  // Un critère coché deux fois ne compte qu'une fois.
  const criteria = new Set(input.criteria);

  // Des critères incompatibles révèlent une erreur de saisie : le diagnostic n'est pas
  // recevable, même venant d'un prescripteur, tant qu'elle n'est pas corrigée.
  const conflicts: [CriterionCode, CriterionCode][] = EXCLUSIVE_PAIRS.filter(([a, b]) => criteria.has(a) && criteria.has(b)).map(
    ([a, b]) => [a, b],
  );
  if (conflicts.length > 0) {
    const names = conflicts.map(([a, b]) => `« ${LABELS[a]} » et « ${LABELS[b]} »`).join(' ; ');
    return { eligible: false, reason: `Critères incompatibles : ${names}.`, conflicts };
  }

  if (input.authorKind === 'prescripteur') {
    return {
      eligible: true,
      reason: "Diagnostic réalisé par un prescripteur habilité : aucun critère n'est exigé.",
      conflicts,
    };
  }

  let level1 = 0;
  let level2 = 0;
  for (const code of criteria) {
    if (criterionLevel(code) === 1) level1++;
    else level2++;
  }

  if (level1 >= 1 || level2 >= 2) {
    const parts: string[] = [];
    if (level1 > 0) parts.push(countLabel(level1, 1));
    if (level2 > 0) parts.push(countLabel(level2, 2));
    return { eligible: true, reason: `${parts.join(' et ')}.`, conflicts };
  }

  // Ici : aucun critère de niveau 1 et au plus 1 de niveau 2.
  const current = level2 === 0 ? 'aucun critère' : countLabel(level2, 2);
  return {
    eligible: false,
    reason: `Il faut 1 critère de niveau 1 ou 2 critères de niveau 2 (actuellement : ${current}).`,
    conflicts,
  };
}
