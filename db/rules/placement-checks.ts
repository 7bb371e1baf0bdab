// Contrôles avant d'enregistrer une mise à disposition (domaine §3), sur des données simples :
// l'appelant (serveur ou écran) rassemble le PASS, le titre de séjour, l'utilisateur et le
// territoire ; ce module dit ce qui bloque et ce qui mérite une confirmation.

import { formatDate } from '../base/format';
import { addMonths, compareIso, isIsoDate } from '../base/dates';
import { passStatus, type PassPeriod } from './pass-iae';
import { evaluateEligibility, type CriterionCode, type DiagnosisAuthorKind } from './eligibility';
import type { RuleIssue } from './issues';
import { searchKey } from '../base/search';

export type PlacementIssue = Pick<RuleIssue, 'code' | 'severity' | 'message' | 'ask'>;

export type PlacementCheckInput = {
  start: string;
  end: string;
  /** The placement's task: its code (compared with the layoff's post) and its label (quoted). */
  task: { code: string; label: string };
  /** La mission exposerait le salarié à un des travaux de l'article D4154-1 (la liste des réglages). */
  forbiddenWork: boolean;
  /** The worker's latest eligibility diagnosis; null: none recorded. */
  eligibility: { date: string; authorKind: DiagnosisAuthorKind; criteria: readonly CriterionCode[] } | null;
  /** `end` : la date de fin déjà calculée (ou corrigée par le bureau), comme pour `passStatus`. */
  workerPass: { start: string; end: string; periods: readonly PassPeriod[] } | null;
  workerNationality: 'france' | 'ue' | 'hors_ue';
  /** Fin de validité (incluse) du titre de séjour / de l'autorisation de travail. */
  permitExpiry: string | null;
  client: {
    kind: string;
    lastLayoffDate: string | null;
    /**
     * The layoff's post: `task`, the task-kind code (null when it was never chosen from the
     * list); `label`, the words to quote (the task's label, or the text typed before, to review).
     */
    lastLayoffPost: { task: string | null; label: string } | null;
    membershipYears: readonly number[];
  };
  placeCity: string | null;
  placePostalCode: string | null;
  /** Communes de la convention ; vide = pas de territoire défini, pas de contrôle. */
  territory: readonly { postalCode: string; city: string }[];
};

/** Délai après un licenciement économique pendant lequel le poste équivalent est interdit (L5132-7). */
export const LAYOFF_MONTHS = 6;

// « St » et « Ste » valent « Saint » et « Sainte » dans un nom de commune.
function cityKey(city: string): string {
  return searchKey(city)
    .split(' ')
    .map((w) => (w === 'st' ? 'saint' : w === 'ste' ? 'sainte' : w))
    .join(' ');
}

function postalKey(code: string): string {
  return code.replace(/\s/g, '');
}

/**
 * Le lieu est-il dans le territoire ? Par la commune quand elle est connue (même commune, et même
 * code postal si les deux en ont un : plusieurs communes portent le même nom), sinon par le code
 * postal seul.
 */
export function placeInTerritory(
  city: string | null,
  postalCode: string | null,
  territory: readonly { postalCode: string; city: string }[],
): boolean {
  const cityK = city ? cityKey(city) : '';
  const postalK = postalCode ? postalKey(postalCode) : '';
  return territory.some((t) => {
    const tPostal = postalKey(t.postalCode);
    if (cityK !== '') {
      if (cityKey(t.city) !== cityK) return false;
      return postalK === '' || tPostal === '' || tPostal === postalK;
    }
    return postalK !== '' && tPostal === postalK;
  });
}

/**
 * Les problèmes d'une mise à disposition avant son enregistrement : les bloquants d'abord, puis
 * les alertes à confirmer, chacun avec un code stable et un message en français.
 */
export function checkPlacement(input: PlacementCheckInput): PlacementIssue[] {
  const issues: PlacementIssue[] = [];
  const block = (code: string, message: string) => issues.push({ code, severity: 'blocking', message });
  const warn = (code: string, message: string, ask?: string) => issues.push({ code, severity: 'warning', message, ...(ask ? { ask } : {}) });
  const { start, end } = input;

  if (!isIsoDate(start)) block('date_debut_invalide', 'La date de début de la mission est invalide.');
  if (!isIsoDate(end)) block('date_fin_invalide', 'La date de fin de la mission est invalide.');
  if (issues.length > 0) return issues;

  const datesOk = compareIso(start, end) <= 0;
  if (!datesOk) {
    block('dates_inversees', `La fin de la mission (${formatDate(end)}) est avant son début (${formatDate(start)}).`);
  }

  // ── PASS IAE ──
  const pass = input.workerPass;
  if (!pass) {
    block('pass_absent', 'Pas de PASS IAE : une mise à disposition exige un PASS IAE valide. Enregistrez le PASS du salarié avant la mission.');
  } else {
    const validity = `valide du ${formatDate(pass.start)} au ${formatDate(pass.end)}`;
    const status = passStatus(pass.start, pass.end, pass.periods, start);
    if (status === 'a_venir') {
      block('pass_a_venir', `Le PASS IAE n'est pas encore valide le ${formatDate(start)} : il commence le ${formatDate(pass.start)} (${validity}).`);
    } else if (status === 'expire') {
      block('pass_expire', `Le PASS IAE a expiré le ${formatDate(pass.end)}, avant le début de la mission (${validity}).`);
    } else if (status === 'suspendu') {
      const s = pass.periods.find((p) => p.kind === 'suspension' && compareIso(p.start, start) <= 0 && compareIso(start, p.end) <= 0);
      const when = s ? ` (suspension du ${formatDate(s.start)} au ${formatDate(s.end)})` : '';
      block('pass_suspendu', `Le PASS IAE est suspendu le ${formatDate(start)}${when} : pas de mise à disposition pendant une suspension.`);
    }
    if (datesOk && compareIso(pass.end, start) >= 0 && compareIso(pass.end, end) < 0) {
      warn(
        'pass_fin_avant_mission',
        `Le PASS IAE se termine le ${formatDate(pass.end)}, avant la fin de la mission : les heures après cette date seront refusées.`,
      );
    }
    if (datesOk) {
      // Suspensions qui commencent pendant la mission (celle du premier jour est déjà bloquante).
      for (const p of pass.periods) {
        if (p.kind !== 'suspension' || compareIso(p.start, start) <= 0 || compareIso(p.start, end) > 0) continue;
        warn(
          'pass_suspendu_pendant',
          `Le PASS IAE est suspendu du ${formatDate(p.start)} au ${formatDate(p.end)}, pendant la mission : les heures de ces jours seront refusées.`,
        );
      }
    }
  }

  // ── Éligibilité (domaine §2) : le dernier diagnostic ──
  const diagnosis = input.eligibility;
  if (!diagnosis) {
    warn(
      'diagnostic_absent',
      "Aucun diagnostic d'éligibilité n'est enregistré pour ce salarié.",
      "Vérifiez qu'il remplit la règle (1 critère de niveau 1, 2 critères de niveau 2, ou un diagnostic par un prescripteur habilité) et enregistrez son diagnostic, ou confirmez.",
    );
  } else {
    const verdict = evaluateEligibility({ authorKind: diagnosis.authorKind, criteria: diagnosis.criteria });
    if (!verdict.eligible) {
      const by = diagnosis.authorKind === 'prescripteur' ? 'par un prescripteur habilité' : "par l'association";
      block(
        'non_eligible',
        `Le dernier diagnostic d'éligibilité (du ${formatDate(diagnosis.date)}, ${by}) ne permet pas la mise à disposition : ${verdict.reason} Enregistrez un diagnostic à jour avant la mission.`,
      );
    }
  }

  // ── Titre de séjour ──
  if (input.workerNationality === 'hors_ue') {
    const expiry = input.permitExpiry;
    if (!expiry) {
      warn('titre_sejour_inconnu', "Aucune fin de validité du titre de séjour n'est enregistrée.", "Vérifiez l'autorisation de travail du salarié.");
    } else if (compareIso(expiry, start) < 0) {
      block('titre_sejour_expire', `Le titre de séjour a expiré le ${formatDate(expiry)}, avant le début de la mission : pas de mise à disposition sans autorisation de travail valide.`);
    } else if (datesOk && compareIso(expiry, end) < 0) {
      warn(
        'titre_sejour_fin_avant_mission',
        `Le titre de séjour expire le ${formatDate(expiry)}, avant la fin de la mission : obtenez son renouvellement, sinon les heures après cette date seront refusées.`,
      );
    }
  }

  // ── Licenciement économique (L5132-7) ──
  // Tout utilisateur qui a déclaré un licenciement (en pratique une entreprise). Un licenciement
  // postérieur à la fin de la mission ne la concerne pas. Le même poste est interdit ; un autre
  // poste peut lui être équivalent : l'utilisateur le confirme.
  const layoff = input.client.lastLayoffDate;
  if (layoff && compareIso(layoff, addMonths(start, -LAYOFF_MONTHS)) >= 0 && compareIso(layoff, datesOk ? end : start) <= 0) {
    const post = input.client.lastLayoffPost;
    const ask = `Une mise à disposition sur un poste équivalent est interdite pendant ${LAYOFF_MONTHS} mois (article L5132-7) : confirmez que le poste est différent.`;
    if (post?.task && post.task === input.task.code) {
      block(
        'licenciement_meme_poste',
        `Licenciement économique le ${formatDate(layoff)} sur le poste « ${post.label} » : pas de mise à disposition sur ce poste chez cet utilisateur pendant les ${LAYOFF_MONTHS} mois qui suivent (article L5132-7). Choisissez une autre tâche ou d'autres dates.`,
      );
    } else if (post?.task) {
      warn('licenciement_economique', `Licenciement économique le ${formatDate(layoff)} sur le poste « ${post.label} » ; la mission porte sur « ${input.task.label} ».`, ask);
    } else {
      const words = post ? `« ${post.label} », à choisir dans la liste des tâches sur la fiche de l'utilisateur` : 'non précisé';
      warn('licenciement_economique', `Licenciement économique le ${formatDate(layoff)} (poste : ${words}) ; la mission porte sur « ${input.task.label} ».`, ask);
    }
  }

  // ── Adhésion ──
  const year = Number(start.slice(0, 4));
  if (!input.client.membershipYears.includes(year)) {
    warn('adhesion_absente', `Pas d'adhésion enregistrée pour ${year} pour cet utilisateur.`, 'Enregistrez la cotisation ou confirmez.');
  }

  // ── Travaux interdits (L4154-1, liste de l'article D4154-1) ──
  if (input.forbiddenWork) {
    block(
      'travaux_interdits',
      "La mission exposerait le salarié à des travaux interdits aux salariés en contrat à durée déterminée (article D4154-1 du Code du travail) : pas de mise à disposition, sauf dérogation accordée par la DREETS.",
    );
  }

  // ── Territoire de la convention ──
  if (input.territory.length > 0) {
    const city = input.placeCity?.trim() || null;
    const postal = input.placePostalCode?.trim() || null;
    if (!city && !postal) {
      warn('lieu_inconnu', "Le lieu de la mission n'est pas renseigné : impossible de vérifier qu'il est dans le territoire de la convention.", 'Confirmez la mise à disposition.');
    } else if (!placeInTerritory(city, postal, input.territory)) {
      const place = [postal, city].filter(Boolean).join(' ');
      warn('hors_territoire', `${place} n'est pas dans le territoire de la convention.`, 'Confirmez la mise à disposition hors territoire.');
    }
  }

  // Les bloquants d'abord, dans l'ordre des règles (tri stable).
  return issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1));
}
