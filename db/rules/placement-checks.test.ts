import { describe, expect, it } from 'vitest';
import { checkPlacement, placeInTerritory, type PlacementCheckInput } from './placement-checks';
import type { CriterionCode } from './eligibility';

function input(over: Partial<PlacementCheckInput> = {}): PlacementCheckInput {
  return {
    start: '2026-03-09',
    end: '2026-03-31',
    task: { code: 'menage', label: 'Ménage' },
    forbiddenWork: false,
    eligibility: { date: '2026-01-05', authorKind: 'prescripteur', criteria: [] },
    workerPass: { start: '2025-06-01', end: '2027-05-31', periods: [] },
    workerNationality: 'france',
    permitExpiry: null,
    client: { kind: 'particulier', lastLayoffDate: null, lastLayoffPost: null, membershipYears: [2026] },
    placeCity: 'Saint-Étienne',
    placePostalCode: '42000',
    territory: [],
    ...over,
  };
}

function codes(over: Partial<PlacementCheckInput> = {}): string[] {
  return checkPlacement(input(over)).map((i) => i.code);
}

function issue(over: Partial<PlacementCheckInput>, code: string) {
  return checkPlacement(input(over)).find((i) => i.code === code);
}

describe('checkPlacement', () => {
  it('finds nothing wrong with a regular placement', () => {
    expect(checkPlacement(input())).toEqual([]);
  });

  describe('dates', () => {
    it('blocks an end before the start', () => {
      expect(issue({ end: '2026-03-08' }, 'dates_inversees')).toEqual({
        code: 'dates_inversees',
        severity: 'blocking',
        message: 'La fin de la mission (08/03/2026) est avant son début (09/03/2026).',
      });
    });
    it('accepts a one-day placement', () => {
      expect(codes({ end: '2026-03-09' })).toEqual([]);
    });
    it('blocks invalid dates and stops there', () => {
      expect(codes({ start: '2026-02-30' })).toEqual(['date_debut_invalide']);
    });
  });

  describe('PASS IAE', () => {
    it('blocks a worker without a PASS', () => {
      const i = issue({ workerPass: null }, 'pass_absent');
      expect(i?.severity).toBe('blocking');
      expect(i?.message).toMatch(/^Pas de PASS IAE : /);
    });
    it('blocks a PASS that starts after the placement', () => {
      const i = issue({ workerPass: { start: '2026-03-10', end: '2028-03-09', periods: [] } }, 'pass_a_venir');
      expect(i?.severity).toBe('blocking');
      expect(i?.message).toContain('commence le 10/03/2026');
    });
    it('blocks a PASS that ended the day before the start, without the end-of-PASS warning', () => {
      const list = checkPlacement(input({ workerPass: { start: '2024-03-09', end: '2026-03-08', periods: [] } }));
      expect(list.map((i) => [i.code, i.severity])).toEqual([['pass_expire', 'blocking']]);
      expect(list[0]!.message).toContain('a expiré le 08/03/2026');
      expect(list[0]!.message).toContain('valide du 09/03/2024 au 08/03/2026');
    });
    it('accepts a PASS ending on the start day, with a warning for the later hours', () => {
      const i = issue({ workerPass: { start: '2024-03-10', end: '2026-03-09', periods: [] } }, 'pass_fin_avant_mission');
      expect(i).toEqual({
        code: 'pass_fin_avant_mission',
        severity: 'warning',
        message:
          'Le PASS IAE se termine le 09/03/2026, avant la fin de la mission : les heures après cette date seront refusées.',
      });
      expect(codes({ workerPass: { start: '2024-03-10', end: '2026-03-09', periods: [] } })).toEqual(['pass_fin_avant_mission']);
    });
    it('does not warn when the PASS ends on the last day of the placement', () => {
      expect(codes({ workerPass: { start: '2024-04-01', end: '2026-03-31', periods: [] } })).toEqual([]);
    });
    it('blocks a PASS suspended on the start day', () => {
      const pass = {
        start: '2025-06-01',
        end: '2027-06-30',
        periods: [{ kind: 'suspension' as const, reason: 'contrat_suspendu' as const, start: '2026-03-01', end: '2026-03-09' }],
      };
      const i = issue({ workerPass: pass }, 'pass_suspendu');
      expect(i?.severity).toBe('blocking');
      expect(i?.message).toContain('suspension du 01/03/2026 au 09/03/2026');
    });
    it('warns of a suspension starting during the placement', () => {
      const pass = {
        start: '2025-06-01',
        end: '2027-06-30',
        periods: [{ kind: 'suspension' as const, reason: 'contrat_suspendu' as const, start: '2026-03-20', end: '2026-04-20' }],
      };
      expect(codes({ workerPass: pass })).toEqual(['pass_suspendu_pendant']);
    });
  });

  describe('residence permit', () => {
    const horsUe = { workerNationality: 'hors_ue' as const };
    it('blocks a permit expired before the start', () => {
      const i = issue({ ...horsUe, permitExpiry: '2026-03-08' }, 'titre_sejour_expire');
      expect(i?.severity).toBe('blocking');
      expect(i?.message).toContain('08/03/2026');
    });
    it('accepts a permit valid on the start day but warns it ends before the placement', () => {
      expect(codes({ ...horsUe, permitExpiry: '2026-03-09' })).toEqual(['titre_sejour_fin_avant_mission']);
    });
    it('accepts a permit valid until the end', () => {
      expect(codes({ ...horsUe, permitExpiry: '2026-03-31' })).toEqual([]);
    });
    it('warns when no permit end is recorded', () => {
      expect(codes({ ...horsUe, permitExpiry: null })).toEqual(['titre_sejour_inconnu']);
    });
    it('does not check EU citizens', () => {
      expect(codes({ workerNationality: 'ue', permitExpiry: '2020-01-01' })).toEqual([]);
    });
  });

  describe('economic layoff (L5132-7)', () => {
    const manutention = { task: 'manutention', label: 'Manutention' };
    const client = (lastLayoffDate: string | null, lastLayoffPost: { task: string | null; label: string } | null = manutention) => ({
      client: { kind: 'entreprise', lastLayoffDate, lastLayoffPost, membershipYears: [2026] },
    });
    it('warns of a layoff on another post exactly 6 months before the start, asking to confirm that the post differs', () => {
      expect(issue(client('2025-09-09'), 'licenciement_economique')).toEqual({
        code: 'licenciement_economique',
        severity: 'warning',
        message: 'Licenciement économique le 09/09/2025 sur le poste « Manutention » ; la mission porte sur « Ménage ».',
        ask: 'Une mise à disposition sur un poste équivalent est interdite pendant 6 mois (article L5132-7) : confirmez que le poste est différent.',
      });
    });
    it('refuses a placement on the same task as the layoff within 6 months, whatever is confirmed', () => {
      const same = { ...client('2025-12-02'), task: { code: 'manutention', label: 'Manutention' } };
      expect(checkPlacement(input(same))).toEqual([
        {
          code: 'licenciement_meme_poste',
          severity: 'blocking',
          message:
            "Licenciement économique le 02/12/2025 sur le poste « Manutention » : pas de mise à disposition sur ce poste chez cet utilisateur pendant les 6 mois qui suivent (article L5132-7). Choisissez une autre tâche ou d'autres dates.",
        },
      ]);
      expect(codes({ ...same, start: '2026-06-03', end: '2026-06-30' })).toEqual([]);
    });
    it('says nothing of a layoff one day earlier', () => {
      expect(codes(client('2025-09-08'))).toEqual([]);
    });
    it('warns of a layoff during the placement, and for any kind of client', () => {
      expect(codes(client('2026-03-20'))).toEqual(['licenciement_economique']);
      expect(
        codes({ client: { kind: 'association', lastLayoffDate: '2026-01-15', lastLayoffPost: null, membershipYears: [2026] } }),
      ).toEqual(['licenciement_economique']);
      expect(issue(client('2026-01-15', null), 'licenciement_economique')?.message).toContain('(poste : non précisé)');
    });
    it('quotes a post typed before posts were tasks, to choose on the client, and asks to confirm', () => {
      const i = issue(client('2026-01-15', { task: null, label: 'agent polyvalent' }), 'licenciement_economique');
      expect(i?.severity).toBe('warning');
      expect(i?.message).toBe(
        "Licenciement économique le 15/01/2026 (poste : « agent polyvalent », à choisir dans la liste des tâches sur la fiche de l'utilisateur) ; la mission porte sur « Ménage ».",
      );
    });
    it('ignores a layoff after the placement', () => {
      expect(codes(client('2026-04-01'))).toEqual([]);
    });
  });

  describe('eligibility (the latest diagnosis)', () => {
    const structure = (criteria: CriterionCode[]) => ({ eligibility: { date: '2026-02-10', authorKind: 'structure' as const, criteria } });
    it("refuses a diagnosis by the association that does not meet the rule, saying why", () => {
      expect(checkPlacement(input(structure(['jeune'])))).toEqual([
        {
          code: 'non_eligible',
          severity: 'blocking',
          message:
            "Le dernier diagnostic d'éligibilité (du 10/02/2026, par l'association) ne permet pas la mise à disposition : Il faut 1 critère de niveau 1 ou 2 critères de niveau 2 (actuellement : 1 critère de niveau 2). Enregistrez un diagnostic à jour avant la mission.",
        },
      ]);
      expect(codes(structure([]))).toEqual(['non_eligible']);
    });
    it('accepts 1 level-1 criterion or 2 level-2 criteria from the association', () => {
      expect(codes(structure(['rsa']))).toEqual([]);
      expect(codes(structure(['jeune', 'qpv']))).toEqual([]);
    });
    it('accepts a diagnosis by an authorised prescriber, without any criterion', () => {
      expect(codes({ eligibility: { date: '2026-02-10', authorKind: 'prescripteur', criteria: [] } })).toEqual([]);
    });
    it('warns, to confirm, when no diagnosis is recorded', () => {
      const i = issue({ eligibility: null }, 'diagnostic_absent');
      expect(i).toMatchObject({ severity: 'warning', message: "Aucun diagnostic d'éligibilité n'est enregistré pour ce salarié." });
      expect(i?.ask).toMatch(/^Vérifiez qu'il remplit la règle/);
    });
  });

  it("warns when the client has no membership for the start's year", () => {
    const i = issue({ client: { kind: 'particulier', lastLayoffDate: null, lastLayoffPost: null, membershipYears: [2025] } }, 'adhesion_absente');
    expect(i?.severity).toBe('warning');
    expect(i?.message).toContain('2026');
  });

  it('blocks a placement that exposes the worker to a work of article D4154-1', () => {
    const i = issue({ forbiddenWork: true }, 'travaux_interdits');
    expect(i?.severity).toBe('blocking');
    expect(i?.message).toContain('article D4154-1 du Code du travail');
    expect(issue({ forbiddenWork: false }, 'travaux_interdits')).toBeUndefined();
  });

  describe('territory', () => {
    const territory = [
      { postalCode: '42000', city: 'Saint-Étienne' },
      { postalCode: '42100', city: 'Saint-Étienne' },
      { postalCode: '42390', city: 'Villars' },
    ];
    it('does not check without a territory', () => {
      expect(codes({ placeCity: 'Lyon', placePostalCode: '69001' })).toEqual([]);
    });
    it('accepts a commune of the territory, whatever the accents and case', () => {
      expect(codes({ territory, placeCity: 'SAINT ETIENNE', placePostalCode: '42 100' })).toEqual([]);
      expect(codes({ territory, placeCity: 'St-Etienne', placePostalCode: null })).toEqual([]);
      expect(codes({ territory, placeCity: null, placePostalCode: '42390' })).toEqual([]);
    });
    it('warns outside the territory', () => {
      const i = issue({ territory, placeCity: 'Lyon', placePostalCode: '69001' }, 'hors_territoire');
      expect(i).toEqual({
        code: 'hors_territoire',
        severity: 'warning',
        message: "69001 Lyon n'est pas dans le territoire de la convention.",
        ask: 'Confirmez la mise à disposition hors territoire.',
      });
    });
    it('does not mistake a homonymous commune elsewhere', () => {
      expect(placeInTerritory('Villars', '84400', territory)).toBe(false);
      expect(placeInTerritory('Villars', '42390', territory)).toBe(true);
    });
    it('warns when the place is unknown', () => {
      expect(codes({ territory, placeCity: null, placePostalCode: ' ' })).toEqual(['lieu_inconnu']);
    });
  });

  it('lists blocking issues before warnings', () => {
    const list = checkPlacement(
      input({
        forbiddenWork: true,
        client: { kind: 'entreprise', lastLayoffDate: '2026-01-01', lastLayoffPost: null, membershipYears: [] },
        workerPass: null,
      }),
    );
    expect(list.map((i) => i.severity)).toEqual(['blocking', 'blocking', 'warning', 'warning']);
    expect(list.map((i) => i.code)).toEqual(['pass_absent', 'travaux_interdits', 'licenciement_economique', 'adhesion_absente']);
  });
});
