// PASS IAE (domaine §2). Depuis le 1er décembre 2021, tout salarié d'une AI doit avoir un PASS
// IAE valide, quel que soit l'utilisateur. Le PASS est délivré par la plateforme de l'État
// (les emplois de l'inclusion), qui fait foi sur ses dates : l'application refait le même
// calcul pour prévenir et alerter, et le bureau peut corriger la date de fin pour recopier ce
// qu'affiche la plateforme (`override`).

import { addDays, addMonths, compareIso, daysBetween, isBetween, isIsoDate } from '../base/dates';

// ─── Numéro ──────────────────────────────────────────────────────────────────────────────

/** Retire les espaces (y compris insécables) et met en majuscules : la forme enregistrée. */
export function normalisePassNumber(text: string): string {
  return text.replace(/[\s\u00a0\u202f]/g, '').toUpperCase();
}

/**
 * Vrai si le numéro fait 12 caractères alphanumériques une fois les espaces retirés.
 * La casse de saisie est tolérée (la forme enregistrée est celle de `normalisePassNumber`).
 */
export function checkPassNumber(text: string): boolean {
  return /^[A-Z0-9]{12}$/.test(normalisePassNumber(text));
}

// ─── Motifs ──────────────────────────────────────────────────────────────────────────────

// Codes écrits comme tuples pour que le contrat puisse en faire un `z.enum`, et libellés dans un
// `Record` pour que le compilateur refuse un code sans libellé.
export const SUSPENSION_REASON_CODES = ['contrat_suspendu', 'contrat_rompu', 'fin_contrat', 'autre'] as const;
export type SuspensionReason = (typeof SUSPENSION_REASON_CODES)[number];

export const PROLONGATION_REASON_CODES = ['formation', 'rqth', 'senior', 'difficultes'] as const;
export type ProlongationReason = (typeof PROLONGATION_REASON_CODES)[number];

export type PassReason = SuspensionReason | ProlongationReason;

const SUSPENSION_LABELS: Record<SuspensionReason, string> = {
  contrat_suspendu: 'Contrat suspendu plus de 15 jours',
  contrat_rompu: 'Rupture du contrat',
  fin_contrat: 'Fin de contrat',
  autre: 'Autre motif',
};

const PROLONGATION_LABELS: Record<ProlongationReason, string> = {
  formation: 'Formation à terminer',
  rqth: 'Reconnaissance de travailleur handicapé (RQTH)',
  senior: '50 ans et plus',
  difficultes: 'Difficultés particulières (AI et ACI)',
};

export const SUSPENSION_REASONS: readonly { readonly code: SuspensionReason; readonly label: string }[] =
  SUSPENSION_REASON_CODES.map((code) => ({ code, label: SUSPENSION_LABELS[code] }));

export const PROLONGATION_REASONS: readonly { readonly code: ProlongationReason; readonly label: string }[] =
  PROLONGATION_REASON_CODES.map((code) => ({ code, label: PROLONGATION_LABELS[code] }));

/** Libellé français d'un motif, suspension ou prolongation. */
export function passReasonLabel(reason: PassReason): string {
  return isSuspensionReason(reason) ? SUSPENSION_LABELS[reason] : PROLONGATION_LABELS[reason];
}

function isSuspensionReason(reason: string): reason is SuspensionReason {
  return (SUSPENSION_REASON_CODES as readonly string[]).includes(reason);
}

function isProlongationReason(reason: string): reason is ProlongationReason {
  return (PROLONGATION_REASON_CODES as readonly string[]).includes(reason);
}

// ─── Périodes et date de fin ─────────────────────────────────────────────────────────────

/** Une suspension ou une prolongation, bornes ISO comprises. */
export type PassPeriod = {
  kind: 'suspension' | 'prolongation';
  reason: PassReason;
  start: string;
  end: string;
};

/** Durée initiale d'un PASS : 730 jours, le jour de début compris. */
export const PASS_INITIAL_DAYS = 730;

/**
 * Date de fin (incluse) du PASS. Arithmétique de la plateforme : début + 730 jours − 1 jour,
 * puis chaque suspension ou prolongation repousse la fin de (sa fin − son début) jours — la
 * différence, et non le nombre de jours bornes comprises : c'est ainsi que compte la plateforme.
 * Une date corrigée par le bureau (`override`) l'emporte toujours : la plateforme fait foi.
 */
export function computePassEnd(start: string, periods: readonly PassPeriod[], override?: string | null): string {
  if (override) return override;
  let end = addDays(start, PASS_INITIAL_DAYS - 1);
  for (const period of periods) {
    // Une période à l'envers (signalée par checkPassPeriods) ne doit pas raccourcir le PASS.
    end = addDays(end, Math.max(0, daysBetween(period.start, period.end)));
  }
  return end;
}

// ─── Contrôle des périodes ───────────────────────────────────────────────────────────────

export type PassPeriodIssue = { index: number; field: 'start' | 'end' | 'reason'; message: string };

/** Durées maximales d'une période, en mois. */
export const MAX_SUSPENSION_MONTHS = 36;
export const MAX_PROLONGATION_MONTHS = 12;

/** Cumul maximal des prolongations, en années, par motif (la formation n'a pas de plafond cumulé). */
export const PROLONGATION_CAP_YEARS: Readonly<Partial<Record<ProlongationReason, number>>> = {
  rqth: 3,
  senior: 5,
  difficultes: 3,
};

const CAP_MESSAGES: Readonly<Partial<Record<ProlongationReason, string>>> = {
  rqth: 'Les prolongations RQTH sont limitées à 3 ans au total.',
  senior: 'Les prolongations « 50 ans et plus » sont limitées à 5 ans au total.',
  difficultes: 'Les prolongations pour difficultés particulières sont limitées à 3 ans au total.',
};

/** Nombre de 29 février dans ]start, end] : les jours « en plus » d'une durée calculée par différence. */
function leapDaysIn(start: string, end: string): number {
  let count = 0;
  const firstYear = Number(start.slice(0, 4));
  const lastYear = Number(end.slice(0, 4));
  for (let y = firstYear; y <= lastYear; y++) {
    const feb29 = `${String(y).padStart(4, '0')}-02-29`;
    if (isIsoDate(feb29) && compareIso(start, feb29) < 0 && compareIso(feb29, end) <= 0) count++;
  }
  return count;
}

/**
 * Contrôle les suspensions et prolongations d'un PASS débutant le `start` ; renvoie les
 * problèmes (vide si tout va bien), chacun rattaché à l'index de la période et au champ fautif.
 *
 * Plafond cumulé des prolongations : la plateforme raisonne en années (« 3 ans au total »)
 * alors que les durées se comptent en jours. On compare donc la somme des durées
 * (fin − début), 29 février exclus, à 365 × années. C'est exact pour une suite de
 * prolongations de 12 mois (chacune vaut 365 jours + le 29 février qu'elle contient
 * éventuellement), y compris quand elles ne se suivent pas, là où une tolérance forfaitaire
 * (365 × années + ⌈années / 4⌉) refuserait trois prolongations de 12 mois contenant chacune
 * un 29 février.
 */
export function checkPassPeriods(start: string, periods: readonly PassPeriod[]): PassPeriodIssue[] {
  const issues: PassPeriodIssue[] = [];
  const usable: { index: number; period: PassPeriod }[] = [];

  periods.forEach((period, index) => {
    let ok = true;
    if (!isIsoDate(period.start)) {
      issues.push({ index, field: 'start', message: 'La date de début est invalide.' });
      ok = false;
    }
    if (!isIsoDate(period.end)) {
      issues.push({ index, field: 'end', message: 'La date de fin est invalide.' });
      ok = false;
    }
    if (period.kind === 'suspension' && !isSuspensionReason(period.reason)) {
      issues.push({ index, field: 'reason', message: "Ce motif n'est pas un motif de suspension." });
    }
    if (period.kind === 'prolongation' && !isProlongationReason(period.reason)) {
      issues.push({ index, field: 'reason', message: "Ce motif n'est pas un motif de prolongation." });
    }
    if (!ok) return;

    // Une période d'un jour (fin = début) ne repousserait rien : c'est une erreur de saisie.
    if (compareIso(period.end, period.start) <= 0) {
      issues.push({ index, field: 'end', message: 'La fin doit être postérieure au début.' });
      return;
    }
    if (isIsoDate(start) && compareIso(period.start, start) < 0) {
      issues.push({ index, field: 'start', message: 'Une période ne peut pas commencer avant le début du PASS.' });
    }
    if (period.kind === 'suspension' && compareIso(period.end, addMonths(period.start, MAX_SUSPENSION_MONTHS)) > 0) {
      issues.push({ index, field: 'end', message: `Une suspension dure au plus ${MAX_SUSPENSION_MONTHS} mois.` });
    }
    if (period.kind === 'prolongation' && compareIso(period.end, addMonths(period.start, MAX_PROLONGATION_MONTHS)) > 0) {
      issues.push({ index, field: 'end', message: `Une prolongation dure au plus ${MAX_PROLONGATION_MONTHS} mois.` });
    }
    usable.push({ index, period });
  });

  // Plafonds cumulés : dans l'ordre chronologique, la prolongation qui fait dépasser le plafond
  // (et les suivantes du même motif) est signalée.
  const byStart = [...usable].sort((a, b) => compareIso(a.period.start, b.period.start) || a.index - b.index);
  const used = new Map<ProlongationReason, number>();
  for (const { index, period } of byStart) {
    if (period.kind !== 'prolongation' || !isProlongationReason(period.reason)) continue;
    const years = PROLONGATION_CAP_YEARS[period.reason];
    if (years === undefined) continue;
    const days = daysBetween(period.start, period.end) - leapDaysIn(period.start, period.end);
    const total = (used.get(period.reason) ?? 0) + days;
    used.set(period.reason, total);
    if (total > 365 * years) {
      issues.push({ index, field: 'end', message: CAP_MESSAGES[period.reason] ?? 'Plafond de prolongation dépassé.' });
    }
  }

  // Suspensions qui se chevauchent : on signale la plus tardive de chaque paire, une seule fois.
  // Deux suspensions qui partagent seulement un jour de borne (fin de l'une = début de l'autre)
  // ne se chevauchent pas : avec le calcul « fin − début », elles repoussent la fin du PASS
  // exactement comme une seule suspension couvrant les deux.
  const suspensions = byStart.filter(({ period }) => period.kind === 'suspension');
  const overlapping = new Set<number>();
  for (let j = 1; j < suspensions.length; j++) {
    const later = suspensions[j];
    if (!later) continue;
    for (let i = 0; i < j; i++) {
      const earlier = suspensions[i];
      if (earlier && compareIso(later.period.start, earlier.period.end) < 0) {
        overlapping.add(later.index);
        break;
      }
    }
  }
  for (const index of overlapping) {
    issues.push({ index, field: 'start', message: 'Cette suspension chevauche une autre suspension.' });
  }

  return issues.sort((a, b) => a.index - b.index);
}

// ─── Statut ──────────────────────────────────────────────────────────────────────────────

export type PassStatus = 'a_venir' | 'valide' | 'suspendu' | 'expire';

export const PASS_STATUS_LABELS: Readonly<Record<PassStatus, string>> = {
  a_venir: 'À venir',
  valide: 'Valide',
  suspendu: 'Suspendu',
  expire: 'Expiré',
};

/**
 * Statut du PASS le jour `day`. `end` est la date de fin déjà calculée (ou corrigée) :
 * on ne la recalcule pas ici pour respecter la correction du bureau.
 */
export function passStatus(start: string, end: string, periods: readonly PassPeriod[], day: string): PassStatus {
  if (compareIso(day, start) < 0) return 'a_venir';
  if (compareIso(day, end) > 0) return 'expire';
  const suspended = periods.some((p) => p.kind === 'suspension' && isBetween(day, p.start, p.end));
  return suspended ? 'suspendu' : 'valide';
}

/** Vrai si le PASS permet une mise à disposition le jour `day`. */
export function passValidOn(start: string, end: string, periods: readonly PassPeriod[], day: string): boolean {
  return passStatus(start, end, periods, day) === 'valide';
}

/**
 * Premier jour où un nouveau PASS peut être demandé : après l'expiration (lendemain de la
 * fin), un délai de carence de 2 ans s'applique.
 */
export function waitingPeriodEnd(end: string): string {
  return addMonths(addDays(end, 1), 24);
}
