import { z } from 'zod';
import { call } from './define';
import type { ExportFile } from './exports';

// A person's rights over their data (GDPR, issue 13): everything held on a worker, as JSON or
// as a printable document; the anonymisation of workers whose path ended long ago.

/** Every table's rows that concern one worker, by table name, as stored. */
export interface PersonFile {
  workerId: number;
  name: string;
  /** When the file was made. */
  madeAt: string;
  tables: { table: string; label: string; rows: Record<string, unknown>[] }[];
}

export interface AnonymisationCandidate {
  id: number;
  name: string;
  exitDate: string;
}

export interface AnonymisationResult {
  anonymised: number;
}

const workerId = z.object({ workerId: z.number().int().positive() });

export const personalDataContract = {
  /** The person's file as the print view shows it (the print is recorded in the journal). */
  'personalData.file': call<PersonFile>()(workerId, { write: false, permission: 'personal-data.manage' }),
  /** The same, as a JSON file to hand over. */
  'personalData.export': call<ExportFile>()(workerId, { write: false, permission: 'personal-data.manage' }),
  /** Workers whose exit is older than the set number of years, not anonymised yet. */
  'personalData.candidates': call<AnonymisationCandidate[]>()(z.object({}).strict(), { write: false, permission: 'personal-data.manage' }),
  'personalData.anonymise': call<AnonymisationResult>()(
    z.object({ ids: z.array(z.number().int().positive()).min(1, { error: 'Choisissez au moins une personne.' }).max(5000) }),
    { write: true, permission: 'personal-data.manage' },
  ),
};
