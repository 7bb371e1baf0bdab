import { describeFields } from './field-spec';
import { BARRIER_STATES, BARRIERS, INTERVIEW_KINDS } from './reference';
import { EXIT_REASONS } from '../rules/exits';

// The records of a worker's support (domain §6), each described once: db/contract/field-spec.ts
// says what is derived from a description. They are not in the spreadsheet import.

/** An interview with the person: its day, its kind, what was said. */
export const INTERVIEW_FIELDS = describeFields({
  date: { label: "Date de l'entretien", kind: 'date', required: true, csv: false },
  kind: { label: "Type d'entretien", kind: 'choice', options: INTERVIEW_KINDS, message: "Choisissez le type d'entretien.", required: true, csv: false },
  notes: { label: 'Notes', kind: 'multiline', csv: false },
});

/** A barrier to employment worked on during the path, and where it stands. */
export const BARRIER_FIELDS = describeFields({
  barrier: { label: 'Frein', kind: 'choice', options: BARRIERS, message: 'Choisissez le frein.', required: true, csv: false },
  state: { label: 'État', kind: 'choice', options: BARRIER_STATES, message: "Choisissez l'état.", default: 'identifie', csv: false },
  notes: { label: 'Précisions', kind: 'text', max: 300, csv: false },
});

/** An action or a training followed during the path. */
export const TRAINING_FIELDS = describeFields({
  title: { label: 'Intitulé', kind: 'text', max: 160, required: true, csv: false },
  organisme: { label: 'Organisme', kind: 'text', max: 120, csv: false },
  startDate: { label: 'Début', kind: 'date', required: true, csv: false },
  endDate: { label: 'Fin', kind: 'date', csv: false },
  minutes: { label: 'Durée (heures)', kind: 'minutes', csv: false },
  qualifying: { label: 'Formation qualifiante', kind: 'boolean', csv: false },
});

/** The path's objectives and the next interview planned. */
export const PLAN_FIELDS = describeFields({
  objectives: { label: 'Objectifs', kind: 'multiline', csv: false },
  nextInterviewDate: { label: 'Prochain entretien', kind: 'date', csv: false },
});

/** Why the path ended (domain §5): the reason gives the exit's category. */
export const EXIT_REASON_FIELDS = describeFields({
  exitReason: { label: 'Motif de sortie', kind: 'choice', options: EXIT_REASONS, message: 'Choisissez le motif de sortie.', required: true, csv: false },
  exitNotes: { label: 'Précisions sur la sortie', kind: 'multiline', csv: false },
});

/** The end of the path: its day and its reason. */
export const EXIT_FIELDS = describeFields({
  exitDate: { label: 'Date de sortie', kind: 'date', required: true, csv: false },
  ...EXIT_REASON_FIELDS,
});
