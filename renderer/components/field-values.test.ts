import { describe, expect, it } from 'vitest';
import { WORKER_FIELDS } from '../../db/contract/worker-fields';
import { CLIENT_FIELDS } from '../../db/contract/client-fields';
import { clientInput } from '../../db/contract/clients';
import { workerInput } from '../../db/contract/workers';
import { emptyValues, formInput, formValues } from './field-values';

// The form's strings, from a record and back to the call's input, by each field's kind.

describe('the form values of an entity', () => {
  it('start from the defaults of its description', () => {
    const empty = emptyValues(WORKER_FIELDS);
    expect(empty).toMatchObject({ civility: '', nationality: 'france', status: 'candidat', qpv: '', skills: '', notes: '' });
    expect(emptyValues(CLIENT_FIELDS)).toMatchObject({ kind: '', paymentTermsDays: '30', counts480: '' });
  });

  it('show a saved record as typed text, and send it back unchanged', () => {
    const worker = workerInput.parse({
      civility: 'Mme',
      birthName: 'Lefèvre',
      firstName: 'Hélène',
      birthDate: '1985-03-12',
      skills: ['menage', 'garde_enfants'],
      drivingLicence: true,
      entryDate: '2026-01-05',
      status: 'en_parcours',
      nir: '269054958815780',
      phone: '0612345678',
    });
    const shown = formValues(WORKER_FIELDS, worker);
    expect(shown).toMatchObject({ birthDate: '12/03/1985', skills: 'menage,garde_enfants', drivingLicence: '1', vehicle: '', usageName: '', entryDate: '05/01/2026' });
    // Identifiers as on their paper.
    expect(shown).toMatchObject({ nir: '2 69 05 49 588 157 80', phone: '06 12 34 56 78' });
    expect(workerInput.parse(formInput(WORKER_FIELDS, shown))).toEqual(worker);

    const client = clientInput.parse({ kind: 'entreprise', name: 'Boulangerie', siret: '73282932000074', hourlyRateCents: 2250, paymentTermsDays: 45, counts480: true });
    const form = formValues(CLIENT_FIELDS, client);
    expect(form).toMatchObject({ siret: '732 829 320 00074', hourlyRateCents: '22,50', paymentTermsDays: '45', counts480: '1' });
    expect(clientInput.parse(formInput(CLIENT_FIELDS, form))).toEqual(client);
  });
});
