// Ce qui arrive à échéance pour un salarié, combien de jours il reste et quoi faire : le PASS IAE
// (domaine §2 : prolongation demandée avant la fin) et le titre de séjour hors UE (renouvellement
// à la préfecture ; un titre expiré interdit toute mission). Les bandeaux de la fiche du salarié
// et du formulaire de mission, le tableau de bord et le filtre « titre de séjour à renouveler »
// de la liste des salariés s'en servent.

import { addDays, daysBetween } from '../base/dates';
import { formatDate } from '../base/format';
import type { PassStatus } from './pass-iae';

/** Combien de jours avant la fin d'un PASS IAE ou d'un titre de séjour on prévient. */
export const RENEWAL_NOTICE_DAYS = 60;

export interface Notice {
  tone: 'danger' | 'warning';
  /** Ce qui se passe, avec la date et les jours qui restent. */
  text: string;
  /** Ce qu'il faut faire. */
  advice: string;
}

/** 0 → « aujourd'hui », 1 → « demain », 25 → « dans 25 jours ». */
export function daysLeftText(days: number): string {
  if (days <= 0) return "aujourd'hui";
  if (days === 1) return 'demain';
  return `dans ${days} jours`;
}

/** Le dernier jour de validité `end` est-il dans les `RENEWAL_NOTICE_DAYS` jours qui viennent (ou passé) ? */
export function endsSoon(end: string, today: string): boolean {
  return end <= addDays(today, RENEWAL_NOTICE_DAYS);
}

/** Un titre de séjour à renouveler : hors UE, expiré ou expirant dans les 60 jours. */
export function permitToRenew(nationality: string, permitExpiry: string | null, today: string): boolean {
  return nationality === 'hors_ue' && permitExpiry !== null && endsSoon(permitExpiry, today);
}

/** Le bandeau du titre de séjour, s'il expire dans les 60 jours ou a expiré ; null sinon. */
export function permitNotice(nationality: string, permitExpiry: string | null, today: string): Notice | null {
  if (!permitExpiry || !permitToRenew(nationality, permitExpiry, today)) return null;
  if (permitExpiry < today) {
    return {
      tone: 'danger',
      text: `Titre de séjour expiré le ${formatDate(permitExpiry)} : aucune mission ni heure n'est possible.`,
      advice:
        "Dès que le salarié apporte son nouveau titre, ou le récépissé de sa demande de renouvellement qui l'autorise à travailler, enregistrez la nouvelle date de fin sur sa fiche (Modifier).",
    };
  }
  const days = daysBetween(today, permitExpiry);
  return {
    tone: 'warning',
    text: `Titre de séjour valable jusqu'au ${formatDate(permitExpiry)} : il expire ${daysLeftText(days)}.`,
    advice:
      "Le salarié doit en demander le renouvellement à la préfecture sans attendre (en ligne, sur le site de l'ANEF ; en principe au plus tard deux mois avant la fin). Demandez-lui le récépissé ou le nouveau titre et enregistrez la nouvelle date de fin : sans titre valide, aucune heure ne pourra être saisie après cette date.",
  };
}

/** Le bandeau du PASS IAE : expiré, suspendu, ou se terminant dans les 60 jours ; null sinon. */
export function passNotice(pass: { status: PassStatus; end: string } | null, today: string): Notice | null {
  if (!pass) return null;
  if (pass.status === 'expire') {
    return {
      tone: 'danger',
      text: `PASS IAE expiré depuis le ${formatDate(pass.end)} : aucune mission ni heure n'est possible.`,
      advice:
        "Si la plateforme de l'inclusion montre une prolongation, enregistrez-la dans la section PASS IAE ; sinon, préparez la sortie du salarié. Un nouveau PASS ne peut être délivré qu'après un délai de 2 ans.",
    };
  }
  if (pass.status === 'suspendu') {
    return {
      tone: 'warning',
      text: "PASS IAE suspendu aujourd'hui : aucune heure ne peut être saisie pendant la suspension.",
      advice: 'À la reprise du travail, vérifiez la date de fin de la suspension dans la section PASS IAE.',
    };
  }
  if (!endsSoon(pass.end, today)) return null;
  const days = daysBetween(today, pass.end);
  return {
    tone: 'warning',
    text: `PASS IAE valable jusqu'au ${formatDate(pass.end)} : il se termine ${daysLeftText(days)}.`,
    advice:
      "Si le parcours doit continuer, demandez une prolongation au prescripteur ou sur la plateforme de l'inclusion avant cette date (formation en cours, reconnaissance de handicap, 50 ans et plus, difficultés particulières), puis enregistrez-la dans la section PASS IAE. Sinon, préparez la sortie : aucune heure ne pourra être saisie après cette date.",
  };
}
