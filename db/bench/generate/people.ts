import type { TaskKind } from '../../contract/reference';
import { LEVEL_1_CODES, LEVEL_2_CODES } from '../../rules/eligibility';
import { computePassEnd, type PassPeriod, type PassReason } from '../../rules/pass-iae';
import { dayOf, isoOf } from './calendar';
import { birthplace, nirFor, passNumber } from './identifiers';
import { COMMUNES, MEN_FIRST_NAMES, REFERENTS, STREETS, SURNAMES, WOMEN_FIRST_NAMES } from './names';
import type { Random } from './random';
import type { DiagnosisPlan, PassPlan, WorkerPlan } from './types';

// The workers: who they are, their PASS IAE and eligibility diagnosis, and the span of days
// when they may work (their parcours, within the PASS and the residence permit).

const SKILLS: TaskKind[] = ['menage', 'repassage', 'jardinage', 'espaces_verts', 'manutention', 'demenagement', 'bricolage', 'nettoyage_locaux', 'plonge', 'garde_enfants', 'aide_courses'];
const AVAILABILITY = ['Lundi, mardi et jeudi', 'Matins uniquement', 'Tous les jours sauf le mercredi', 'Après 9 h (enfants à l’école)', 'Temps plein', 'Week-end possible'];
const NOTES = ['Souhaite une formation CACES.', 'Permis en cours.', 'Suivi santé : éviter le port de charges lourdes.', 'Parle arabe et français.', 'Cherche un CDI dans la restauration.'];
const AUTHORS = ['France Travail – agence de Vénissieux', 'Mission locale de Villeurbanne', 'Maison du Rhône de Givors', 'PLIE Uni-Est', 'SPIP du Rhône', 'CCAS de Bron'];

/** A name as the office typed it: often in capitals, sometimes with a typographic apostrophe. */
export function typed(rng: Random, name: string): string {
  const n = rng.chance(0.15) ? name.replace("'", '’') : name;
  return rng.chance(0.45) ? n.toLocaleUpperCase('fr-FR') : n;
}

function asciiLower(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

export function phoneNumber(rng: Random, mobile: boolean): string {
  const pairs = Array.from({ length: 4 }, () => String(rng.int(0, 99)).padStart(2, '0'));
  return `${mobile ? rng.pick(['06', '07']) : rng.pick(['04', '09'])} ${pairs.join(' ')}`;
}

export function emailFor(rng: Random, first: string, last: string): string {
  return `${asciiLower(first)}.${asciiLower(last)}${rng.chance(0.3) ? rng.int(1, 99) : ''}@${rng.pick(['laposte.net', 'orange.fr', 'gmail.com', 'free.fr', 'hotmail.fr', 'sfr.fr'])}`;
}

export function streetAddress(rng: Random): string {
  return `${rng.int(1, 180)}${rng.chance(0.08) ? ' bis' : ''} ${rng.pick(STREETS)}`;
}

/** A moment of a day as the app writes it (`toISOString`), during office hours. */
export function timestampOn(rng: Random, day: number): string {
  return `${isoOf(day)}T${String(rng.int(7, 16)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}.000Z`;
}

function diagnosisOn(rng: Random, day: number): DiagnosisPlan {
  const byPrescriber = rng.chance(0.7);
  let criteria: string[];
  if (byPrescriber) criteria = rng.chance(0.5) ? [] : [rng.pick(LEVEL_1_CODES)];
  else if (rng.chance(0.5)) criteria = [rng.pick(LEVEL_1_CODES)];
  else {
    // Two level-2 criteria that do not exclude each other (senior/jeune cannot both hold).
    const first = rng.pick(LEVEL_2_CODES);
    let second = rng.pick(LEVEL_2_CODES);
    while (second === first || (first === 'senior' && second === 'jeune') || (first === 'jeune' && second === 'senior')) second = rng.pick(LEVEL_2_CODES);
    criteria = [first, second];
  }
  return {
    date: isoOf(day),
    authorKind: byPrescriber ? 'prescripteur' : 'structure',
    authorName: byPrescriber ? rng.pick(AUTHORS) : null,
    criteria,
    createdAt: timestampOn(rng, day),
  };
}

export interface PeopleSpan {
  firstDay: number;
  today: number;
}

export function planWorkers(rng: Random, count: number, referentCount: number, span: PeopleSpan): WorkerPlan[] {
  const referents = REFERENTS.slice(0, referentCount);
  const nirs = new Set<string>();
  const workers: WorkerPlan[] = [];
  let passSequence = 0;
  for (let id = 1; id <= count; id++) {
    const woman = rng.chance(0.55);
    const firstName = rng.pick(woman ? WOMEN_FIRST_NAMES : MEN_FIRST_NAMES);
    const birthName = rng.pick(SURNAMES);
    const candidate = rng.chance(0.06);
    // The parcours: mostly within the PASS's two years, longer with a prolongation.
    const prolonged = !candidate && rng.chance(0.15);
    const length = prolonged ? rng.int(760, 1080) : rng.int(120, 730);
    // No earlier than the app accepts a date of the office's work (ten years ago: db/contract/bounds.ts).
    const entry = candidate ? span.today + 30 : rng.int(Math.max(span.firstDay - length + 60, span.today - 3640), span.today - 5);
    const birth = entry - rng.int(18 * 365 + 5, 62 * 365);
    const birthDate = isoOf(birth);
    const age = (entry - birth) / 365.25;
    const nationality = rng.weighted([['france', 78], ['ue', 7], ['hors_ue', 15]] as const);
    const bornAbroad = nationality === 'hors_ue' || (nationality === 'ue' ? rng.chance(0.8) : rng.chance(0.1));
    let nir: string | null = null;
    if (rng.chance(nationality === 'france' ? 0.95 : 0.7)) {
      const where = birthplace(rng, bornAbroad);
      for (let order = rng.int(1, 990); nir === null || nirs.has(nir); order = (order % 999) + 1) nir = nirFor(woman ? 2 : 1, birthDate, where, order);
      nirs.add(nir);
    }
    const home = rng.pick(COMMUNES);
    const createdDay = candidate ? span.today - rng.int(1, 120) : entry - rng.int(3, 40);

    let pass: PassPlan | null = null;
    let diagnosis: DiagnosisPlan | null = null;
    const suspensions: [number, number][] = [];
    let activeTo = entry + length - 1;
    if (!candidate) {
      const passStart = entry - rng.int(0, 25);
      const periods: PassPeriod[] = [];
      if (rng.chance(0.06)) {
        const s = passStart + rng.int(60, 400);
        const e = s + rng.int(15, 120);
        periods.push({ kind: 'suspension', reason: rng.pick(['contrat_suspendu', 'autre'] as const), start: isoOf(s), end: isoOf(e) });
        suspensions.push([s, e]);
      }
      if (prolonged) {
        const base = dayOf(computePassEnd(isoOf(passStart), periods));
        const reason: PassReason = age >= 50 && rng.chance(0.5) ? 'senior' : rng.pick(['formation', 'difficultes', 'rqth'] as const);
        periods.push({ kind: 'prolongation', reason, start: isoOf(base), end: isoOf(base + Math.max(30, Math.min(365, activeTo - base + rng.int(20, 60)))) });
      }
      const computed = computePassEnd(isoOf(passStart), periods);
      const override = rng.chance(0.03) ? isoOf(dayOf(computed) + rng.int(1, 10)) : null;
      const end = override ?? computed;
      passSequence++;
      pass = {
        id: passSequence,
        number: passNumber(isoOf(passStart), passSequence),
        startDate: isoOf(passStart),
        endDateOverride: override,
        createdAt: timestampOn(rng, Math.max(passStart, createdDay)),
        periods: periods.map((p) => ({ kind: p.kind, reason: p.reason, startDate: p.start, endDate: p.end })),
        end,
      };
      activeTo = Math.min(activeTo, dayOf(end));
      diagnosis = diagnosisOn(rng, passStart - rng.int(0, 30));
    } else if (rng.chance(0.5)) diagnosis = diagnosisOn(rng, createdDay + rng.int(0, 10));

    let permitNumber: string | null = null;
    let permitExpiry: string | null = null;
    if (nationality === 'hors_ue') {
      permitNumber = String(rng.int(1_000_000_000, 9_999_999_999));
      const expiry = entry + rng.int(200, 2400);
      permitExpiry = isoOf(expiry);
      activeTo = Math.min(activeTo, expiry);
    }
    // Some leave the office's books late: still « en parcours » with their PASS over.
    const exited = !candidate && activeTo < span.today && !rng.chance(0.02);
    const status = candidate ? 'candidat' : exited ? 'sorti' : 'en_parcours';
    const married = woman && age > 28 && rng.chance(0.2);
    workers.push({
      id,
      civility: woman ? 'Mme' : 'M.',
      birthName: typed(rng, birthName),
      usageName: married ? typed(rng, rng.pick(SURNAMES)) : null,
      firstName,
      birthDate,
      nir,
      nationality,
      permitNumber,
      permitExpiry,
      addressLine1: rng.chance(0.95) ? streetAddress(rng) : null,
      addressLine2: rng.chance(0.1) ? `Bâtiment ${rng.pick(['A', 'B', 'C'])}, appartement ${rng.int(1, 90)}` : null,
      postalCode: home.postalCode,
      city: home.city,
      qpv: rng.chance(0.25),
      phone: rng.chance(0.9) ? phoneNumber(rng, true) : null,
      email: rng.chance(0.55) ? emailFor(rng, firstName, birthName) : null,
      orienteur: rng.weighted([['france_travail', 35], ['mission_locale', 15], ['departement', 15], ['plie', 10], ['ccas', 8], ['spip', 4], ['cap_emploi', 4], ['spontanee', 7], ['autre', 2]] as const),
      educationLevel: rng.weighted([['aucun', 20], ['college', 25], ['cap_bep', 30], ['bac', 18], ['bac_plus', 7]] as const),
      drivingLicence: rng.chance(0.45),
      vehicle: rng.chance(0.3),
      skills: [...new Set(Array.from({ length: rng.int(1, 4) }, () => rng.pick(SKILLS)))],
      availability: rng.chance(0.5) ? rng.pick(AVAILABILITY) : null,
      referent: rng.chance(0.97) ? rng.pick(referents) : null,
      status,
      entryDate: candidate ? null : isoOf(entry),
      exitDate: exited ? isoOf(activeTo) : null,
      notes: rng.chance(0.1) ? rng.pick(NOTES) : null,
      archivedAt: exited && activeTo < span.today - 3 * 365 && rng.chance(0.4) ? timestampOn(rng, activeTo + 730) : null,
      createdAt: timestampOn(rng, createdDay),
      updatedAt: timestampOn(rng, exited ? activeTo : createdDay),
      pass,
      diagnosis,
      activeFrom: entry,
      activeTo: candidate ? entry - 1 : activeTo,
      suspensions,
    });
  }
  return workers;
}
