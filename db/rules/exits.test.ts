import { describe, expect, it } from 'vitest';
import { EXIT_CATEGORIES, EXIT_REASONS, exitCategory, exitDateProblem, isDynamicExit, newPathProblem, placementsCutByEarlierExit, placementsEndedByExit } from './exits';

describe('exit categories (domain §5)', () => {
  it('puts each reason in the category the domain names', () => {
    expect(exitCategory('cdi')).toBe('emploi_durable');
    expect(exitCategory('cdd_6_mois_plus')).toBe('emploi_durable');
    expect(exitCategory('interim_6_mois_plus')).toBe('emploi_durable');
    expect(exitCategory('titularisation')).toBe('emploi_durable');
    expect(exitCategory('creation_entreprise')).toBe('emploi_durable');
    expect(exitCategory('cdd_moins_6_mois')).toBe('emploi_transition');
    expect(exitCategory('interim_moins_6_mois')).toBe('emploi_transition');
    expect(exitCategory('contrat_aide')).toBe('emploi_transition');
    expect(exitCategory('formation_qualifiante')).toBe('sortie_positive');
    expect(exitCategory('autre_siae')).toBe('sortie_positive');
    expect(exitCategory('recherche_emploi')).toBe('autre');
    expect(exitCategory('sans_nouvelles')).toBe('autre');
  });

  it('counts the first three categories as « sorties dynamiques », not « autre »', () => {
    expect(EXIT_CATEGORIES.filter((c) => isDynamicExit(c.code)).map((c) => c.code)).toEqual(['emploi_durable', 'emploi_transition', 'sortie_positive']);
  });

  it('gives every category at least one reason, and every reason a distinct code', () => {
    for (const c of EXIT_CATEGORIES) expect(EXIT_REASONS.some((r) => r.category === c.code)).toBe(true);
    expect(new Set(EXIT_REASONS.map((r) => r.code)).size).toBe(EXIT_REASONS.length);
  });
});

describe('placements ended by an exit', () => {
  const placements = [
    { id: 1, startDate: '2026-01-05', endDate: '2026-12-31', status: 'en_cours' },
    { id: 2, startDate: '2026-02-01', endDate: '2026-03-15', status: 'prevue' },
    { id: 3, startDate: '2026-07-01', endDate: '2026-08-31', status: 'prevue' },
    { id: 4, startDate: '2026-01-05', endDate: '2026-02-28', status: 'terminee' },
    { id: 5, startDate: '2026-01-05', endDate: '2026-12-31', status: 'annulee' },
  ];

  it('ends each open placement on the exit day, keeps an earlier end, cancels one not started, leaves finished ones', () => {
    expect(placementsEndedByExit(placements, '2026-06-30')).toEqual([
      { id: 1, status: 'terminee', endDate: '2026-06-30' },
      { id: 2, status: 'terminee', endDate: '2026-03-15' },
      { id: 3, status: 'annulee', endDate: '2026-08-31' },
    ]);
  });

  it('ends a placement that starts on the exit day on that day', () => {
    expect(placementsEndedByExit([{ id: 7, startDate: '2026-06-30', endDate: '2026-07-31', status: 'prevue' }], '2026-06-30')).toEqual([
      { id: 7, status: 'terminee', endDate: '2026-06-30' },
    ]);
  });
});

describe('the exit day', () => {
  it('is refused before the path began or before a day with hours', () => {
    expect(exitDateProblem('2026-01-04', '2026-01-05', null)).toBe("La sortie ne peut pas précéder l'entrée en parcours (05/01/2026).");
    expect(exitDateProblem('2026-03-09', '2026-01-05', '2026-03-10')).toBe("Des heures sont saisies jusqu'au 10/03/2026 : la sortie ne peut pas être avant ce jour.");
    expect(exitDateProblem('2026-03-10', '2026-01-05', '2026-03-10')).toBeNull();
  });

  it('is refused, once corrected, on or after the start of the next path', () => {
    expect(exitDateProblem('2026-09-01', '2026-01-05', null, '2026-09-01')).toBe('Le parcours suivant commence le 01/09/2026 : la sortie est avant ce jour.');
    expect(exitDateProblem('2026-08-31', '2026-01-05', null, '2026-09-01')).toBeNull();
  });
});

describe('an exit moved back', () => {
  it('ends on the new day the placements lasting past it, cancels those that start after it, and leaves the others', () => {
    const placements = [
      { id: 1, startDate: '2026-01-05', endDate: '2026-06-30', status: 'terminee' },
      { id: 2, startDate: '2026-06-15', endDate: '2026-07-31', status: 'terminee' },
      { id: 3, startDate: '2026-02-01', endDate: '2026-03-31', status: 'terminee' },
      { id: 4, startDate: '2026-01-05', endDate: '2026-12-31', status: 'annulee' },
    ];
    expect(placementsCutByEarlierExit(placements, '2026-05-31')).toEqual([
      { id: 1, status: 'terminee', endDate: '2026-05-31' },
      { id: 2, status: 'annulee', endDate: '2026-07-31' },
    ]);
  });
});

describe('a new path after a return', () => {
  it('starts only once the previous path has ended, and after its exit', () => {
    expect(newPathProblem('2027-01-04', true, null)).toMatch(/déjà en cours/);
    expect(newPathProblem('2026-06-30', false, '2026-06-30')).toBe('Le nouveau parcours commence après la sortie du précédent (30/06/2026).');
    expect(newPathProblem('2026-07-01', false, '2026-06-30')).toBeNull();
    expect(newPathProblem('2026-01-05', false, null)).toBeNull();
  });
});
