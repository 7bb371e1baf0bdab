import { describe, expect, it } from 'vitest';
import {
  CRITERION_CODES,
  ELIGIBILITY_CRITERIA,
  EXCLUSIVE_PAIRS,
  criterionLabel,
  criterionLevel,
  evaluateEligibility,
} from './eligibility';

describe('criteria', () => {
  it('has 4 level-1 and 14 level-2 criteria, each with a French label and a unique code', () => {
    expect(ELIGIBILITY_CRITERIA.filter((c) => c.level === 1).map((c) => c.code)).toEqual(['rsa', 'ass', 'aah', 'detld']);
    expect(ELIGIBILITY_CRITERIA.filter((c) => c.level === 2)).toHaveLength(14);
    expect(new Set(ELIGIBILITY_CRITERIA.map((c) => c.code)).size).toBe(ELIGIBILITY_CRITERIA.length);
    expect(ELIGIBILITY_CRITERIA.map((c) => c.code)).toEqual([...CRITERION_CODES]);
    for (const c of ELIGIBILITY_CRITERIA) expect(c.label.length).toBeGreaterThan(0);
    expect(criterionLabel('detld')).toBe("Demandeur d'emploi de très longue durée (24 mois et plus)");
    expect(criterionLevel('rsa')).toBe(1);
    expect(criterionLevel('qpv')).toBe(2);
  });
  it('declares senior/jeune and detld/deld exclusive', () => {
    expect(EXCLUSIVE_PAIRS).toEqual([
      ['senior', 'jeune'],
      ['detld', 'deld'],
    ]);
  });
});

describe('evaluateEligibility', () => {
  it('accepts any diagnosis by an authorised prescriber, even without criteria', () => {
    expect(evaluateEligibility({ authorKind: 'prescripteur', criteria: [] })).toEqual({
      eligible: true,
      reason: "Diagnostic réalisé par un prescripteur habilité : aucun critère n'est exigé.",
      conflicts: [],
    });
    expect(evaluateEligibility({ authorKind: 'prescripteur', criteria: ['qpv'] }).eligible).toBe(true);
  });
  it('accepts 1 level-1 criterion and no level-2 one', () => {
    expect(evaluateEligibility({ authorKind: 'structure', criteria: ['rsa'] })).toEqual({
      eligible: true,
      reason: '1 critère de niveau 1.',
      conflicts: [],
    });
  });
  it('accepts 2 level-2 criteria', () => {
    expect(evaluateEligibility({ authorKind: 'structure', criteria: ['jeune', 'qpv'] })).toEqual({
      eligible: true,
      reason: '2 critères de niveau 2.',
      conflicts: [],
    });
  });
  it('mentions both levels when both are present', () => {
    expect(evaluateEligibility({ authorKind: 'structure', criteria: ['rsa', 'ass', 'qpv'] }).reason).toBe(
      '2 critères de niveau 1 et 1 critère de niveau 2.',
    );
  });
  it('refuses a single level-2 criterion, saying what is missing', () => {
    expect(evaluateEligibility({ authorKind: 'structure', criteria: ['qpv'] })).toEqual({
      eligible: false,
      reason: 'Il faut 1 critère de niveau 1 ou 2 critères de niveau 2 (actuellement : 1 critère de niveau 2).',
      conflicts: [],
    });
  });
  it('refuses no criterion at all', () => {
    expect(evaluateEligibility({ authorKind: 'structure', criteria: [] })).toEqual({
      eligible: false,
      reason: 'Il faut 1 critère de niveau 1 ou 2 critères de niveau 2 (actuellement : aucun critère).',
      conflicts: [],
    });
  });
  it('counts a criterion ticked twice once', () => {
    expect(evaluateEligibility({ authorKind: 'structure', criteria: ['qpv', 'qpv'] }).eligible).toBe(false);
  });
  it('refuses exclusive pairs and names them, even from a prescriber', () => {
    const both = evaluateEligibility({ authorKind: 'structure', criteria: ['senior', 'jeune'] });
    expect(both.eligible).toBe(false);
    expect(both.conflicts).toEqual([['senior', 'jeune']]);
    expect(both.reason).toBe('Critères incompatibles : « Senior (50 ans et plus) » et « Jeune (moins de 26 ans) ».');

    const withLevel1 = evaluateEligibility({ authorKind: 'structure', criteria: ['deld', 'rsa', 'detld', 'qpv'] });
    expect(withLevel1.eligible).toBe(false);
    expect(withLevel1.conflicts).toEqual([['detld', 'deld']]);
    expect(withLevel1.reason).toContain("Demandeur d'emploi de très longue durée");

    const twoPairs = evaluateEligibility({ authorKind: 'prescripteur', criteria: ['jeune', 'deld', 'senior', 'detld'] });
    expect(twoPairs.eligible).toBe(false);
    expect(twoPairs.conflicts).toEqual([
      ['senior', 'jeune'],
      ['detld', 'deld'],
    ]);
    expect(twoPairs.reason).toContain(' ; ');
  });
});
