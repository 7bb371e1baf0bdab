import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../base/dates';
import {
  PASS_STATUS_LABELS,
  PROLONGATION_REASONS,
  SUSPENSION_REASONS,
  checkPassNumber,
  checkPassPeriods,
  computePassEnd,
  normalisePassNumber,
  passReasonLabel,
  passStatus,
  passValidOn,
  waitingPeriodEnd,
  type PassPeriod,
} from './pass-iae';

const START = '2026-01-05';

function suspension(start: string, end: string): PassPeriod {
  return { kind: 'suspension', reason: 'contrat_suspendu', start, end };
}

function prolongation(reason: PassPeriod['reason'], start: string, end: string): PassPeriod {
  return { kind: 'prolongation', reason, start, end };
}

describe('PASS number', () => {
  it('is 12 alphanumeric characters once spaces are removed', () => {
    expect(checkPassNumber('999992212345')).toBe(true);
    expect(checkPassNumber('9999 9221 2345')).toBe(true);
    expect(checkPassNumber('99999K123456')).toBe(true);
    expect(checkPassNumber('99999k123456')).toBe(true);
    expect(normalisePassNumber(' 99999k 123456 ')).toBe('99999K123456');
  });
  it('refuses other lengths and characters', () => {
    expect(checkPassNumber('99999221234')).toBe(false);
    expect(checkPassNumber('9999922123456')).toBe(false);
    expect(checkPassNumber('99999-221234')).toBe(false);
    expect(checkPassNumber('99999é221234')).toBe(false);
    expect(checkPassNumber('')).toBe(false);
  });
});

describe('reasons', () => {
  it('lists the codes with French labels', () => {
    expect(SUSPENSION_REASONS.map((r) => r.code)).toEqual(['contrat_suspendu', 'contrat_rompu', 'fin_contrat', 'autre']);
    expect(PROLONGATION_REASONS.map((r) => r.code)).toEqual(['formation', 'rqth', 'senior', 'difficultes']);
    expect(passReasonLabel('contrat_suspendu')).toBe('Contrat suspendu plus de 15 jours');
    expect(passReasonLabel('rqth')).toBe('Reconnaissance de travailleur handicapé (RQTH)');
  });
});

describe('computePassEnd', () => {
  it('is start + 730 days − 1 day (domain example)', () => {
    expect(computePassEnd('2026-01-05', [])).toBe('2028-01-04');
  });
  it('is pushed by a 30-day suspension', () => {
    expect(computePassEnd(START, [suspension('2026-03-01', '2026-03-31')])).toBe(addDays('2028-01-04', 30));
  });
  it('is pushed by a prolongation, and by every period in turn', () => {
    const training = prolongation('formation', '2028-01-05', '2028-07-05');
    expect(computePassEnd(START, [training])).toBe(addDays('2028-01-04', 182));
    expect(computePassEnd(START, [suspension('2026-03-01', '2026-03-31'), training])).toBe(addDays('2028-01-04', 212));
  });
  it('lets the office override the end date', () => {
    expect(computePassEnd(START, [suspension('2026-03-01', '2026-03-31')], '2028-03-15')).toBe('2028-03-15');
    expect(computePassEnd(START, [], null)).toBe('2028-01-04');
  });
});

describe('passStatus', () => {
  const end = '2028-01-04';
  const periods = [suspension('2026-06-01', '2026-06-30')];
  it('is à venir before the start, valide from the first to the last day, expiré after', () => {
    expect(passStatus(START, end, periods, '2026-01-04')).toBe('a_venir');
    expect(passStatus(START, end, periods, START)).toBe('valide');
    expect(passStatus(START, end, periods, end)).toBe('valide');
    expect(passStatus(START, end, periods, '2028-01-05')).toBe('expire');
  });
  it('is suspendu on the first and last day of a suspension, valide around it', () => {
    expect(passStatus(START, end, periods, '2026-05-31')).toBe('valide');
    expect(passStatus(START, end, periods, '2026-06-01')).toBe('suspendu');
    expect(passStatus(START, end, periods, '2026-06-30')).toBe('suspendu');
    expect(passStatus(START, end, periods, '2026-07-01')).toBe('valide');
  });
  it('is not suspended by a prolongation', () => {
    const withProlongation = [prolongation('formation', '2027-12-01', '2028-02-01')];
    expect(passStatus(START, end, withProlongation, '2027-12-15')).toBe('valide');
  });
  it('allows a placement only when valide', () => {
    expect(passValidOn(START, end, periods, START)).toBe(true);
    expect(passValidOn(START, end, periods, '2026-06-15')).toBe(false);
    expect(passValidOn(START, end, periods, '2026-01-04')).toBe(false);
    expect(passValidOn(START, end, periods, '2028-01-05')).toBe(false);
  });
  it('has French labels', () => {
    expect(PASS_STATUS_LABELS).toEqual({ a_venir: 'À venir', valide: 'Valide', suspendu: 'Suspendu', expire: 'Expiré' });
  });
});

describe('waitingPeriodEnd', () => {
  it('is 2 years after the day following the end', () => {
    expect(waitingPeriodEnd('2028-01-04')).toBe('2030-01-05');
    expect(waitingPeriodEnd('2028-02-28')).toBe('2030-02-28');
    expect(waitingPeriodEnd('2027-12-31')).toBe('2030-01-01');
  });
});

describe('checkPassPeriods', () => {
  it('accepts well-formed periods', () => {
    expect(checkPassPeriods(START, [])).toEqual([]);
    expect(
      checkPassPeriods(START, [suspension('2026-03-01', '2026-03-31'), prolongation('formation', '2028-01-05', '2029-01-05')]),
    ).toEqual([]);
  });
  it('refuses an end before (or on) the start', () => {
    expect(checkPassPeriods(START, [suspension('2026-03-31', '2026-03-01')])).toEqual([
      { index: 0, field: 'end', message: 'La fin doit être postérieure au début.' },
    ]);
    expect(checkPassPeriods(START, [suspension('2026-03-01', '2026-03-01')])).toEqual([
      { index: 0, field: 'end', message: 'La fin doit être postérieure au début.' },
    ]);
  });
  it('refuses an invalid date', () => {
    expect(checkPassPeriods(START, [suspension('2026-02-30', '2026-03-31')])).toEqual([
      { index: 0, field: 'start', message: 'La date de début est invalide.' },
    ]);
  });
  it('refuses a reason of the other kind', () => {
    expect(checkPassPeriods(START, [{ kind: 'suspension', reason: 'rqth', start: '2026-03-01', end: '2026-03-31' }])).toEqual([
      { index: 0, field: 'reason', message: "Ce motif n'est pas un motif de suspension." },
    ]);
    expect(checkPassPeriods(START, [{ kind: 'prolongation', reason: 'autre', start: '2028-01-05', end: '2028-03-05' }])).toEqual([
      { index: 0, field: 'reason', message: "Ce motif n'est pas un motif de prolongation." },
    ]);
  });
  it('refuses a period starting before the PASS', () => {
    expect(checkPassPeriods(START, [suspension('2026-01-04', '2026-03-31')])).toEqual([
      { index: 0, field: 'start', message: 'Une période ne peut pas commencer avant le début du PASS.' },
    ]);
    expect(checkPassPeriods(START, [suspension(START, '2026-03-31')])).toEqual([]);
  });
  it('caps a suspension at 36 months', () => {
    expect(checkPassPeriods(START, [suspension('2026-03-01', '2029-03-01')])).toEqual([]);
    expect(checkPassPeriods(START, [suspension('2026-03-01', '2029-03-02')])).toEqual([
      { index: 0, field: 'end', message: 'Une suspension dure au plus 36 mois.' },
    ]);
  });
  it('caps a prolongation at 12 months: exactly 12 months is accepted, one more day is refused', () => {
    expect(checkPassPeriods(START, [prolongation('formation', '2028-01-05', '2029-01-05')])).toEqual([]);
    expect(checkPassPeriods(START, [prolongation('formation', '2028-01-05', '2029-01-06')])).toEqual([
      { index: 0, field: 'end', message: 'Une prolongation dure au plus 12 mois.' },
    ]);
  });
  it('caps RQTH prolongations at 3 years in all: 3 × 12 months accepted, a 4th refused', () => {
    const p1 = prolongation('rqth', '2028-01-05', '2029-01-05');
    const p2 = prolongation('rqth', '2029-01-05', '2030-01-05');
    const p3 = prolongation('rqth', '2030-01-05', '2031-01-05');
    const p4 = prolongation('rqth', '2031-01-05', '2031-02-05');
    expect(checkPassPeriods(START, [p1, p2, p3])).toEqual([]);
    expect(checkPassPeriods(START, [p1, p2, p3, p4])).toEqual([
      { index: 3, field: 'end', message: 'Les prolongations RQTH sont limitées à 3 ans au total.' },
    ]);
    // L'ordre de saisie n'importe pas : c'est la plus tardive qui dépasse.
    expect(checkPassPeriods(START, [p4, p3, p2, p1])).toEqual([
      { index: 0, field: 'end', message: 'Les prolongations RQTH sont limitées à 3 ans au total.' },
    ]);
  });
  it('counts 12-month prolongations as a year even when each contains a 29 February', () => {
    const spaced = ['2028-01-05', '2032-01-05', '2036-01-05'].map((s) => prolongation('rqth', s, addMonths(s, 12)));
    expect(checkPassPeriods(START, spaced)).toEqual([]);
    const oneDayMore = [...spaced, prolongation('rqth', '2040-03-01', '2040-03-02')];
    expect(checkPassPeriods(START, oneDayMore)).toHaveLength(1);
  });
  it('caps senior at 5 years and difficultés at 3 years, not formation', () => {
    const yearly = (reason: PassPeriod['reason'], count: number) =>
      Array.from({ length: count }, (_, i) => prolongation(reason, addMonths('2028-01-05', 12 * i), addMonths('2028-01-05', 12 * (i + 1))));
    expect(checkPassPeriods(START, yearly('senior', 5))).toEqual([]);
    expect(checkPassPeriods(START, yearly('senior', 6))).toEqual([
      { index: 5, field: 'end', message: 'Les prolongations « 50 ans et plus » sont limitées à 5 ans au total.' },
    ]);
    expect(checkPassPeriods(START, yearly('difficultes', 3))).toEqual([]);
    expect(checkPassPeriods(START, yearly('difficultes', 4))).toEqual([
      { index: 3, field: 'end', message: 'Les prolongations pour difficultés particulières sont limitées à 3 ans au total.' },
    ]);
    expect(checkPassPeriods(START, yearly('formation', 8))).toEqual([]);
  });
  it('caps each reason separately', () => {
    const periods = [
      prolongation('rqth', '2028-01-05', '2029-01-05'),
      prolongation('rqth', '2029-01-05', '2030-01-05'),
      prolongation('rqth', '2030-01-05', '2031-01-05'),
      prolongation('senior', '2031-01-05', '2032-01-05'),
    ];
    expect(checkPassPeriods(START, periods)).toEqual([]);
  });
  it('refuses overlapping suspensions, but not suspensions sharing a boundary day', () => {
    expect(checkPassPeriods(START, [suspension('2026-03-01', '2026-03-31'), suspension('2026-03-31', '2026-04-30')])).toEqual([]);
    expect(checkPassPeriods(START, [suspension('2026-03-15', '2026-04-15'), suspension('2026-03-01', '2026-03-31')])).toEqual([
      { index: 0, field: 'start', message: 'Cette suspension chevauche une autre suspension.' },
    ]);
    // Une suspension incluse dans une autre.
    expect(checkPassPeriods(START, [suspension('2026-03-01', '2026-06-30'), suspension('2026-04-01', '2026-04-30')])).toEqual([
      { index: 1, field: 'start', message: 'Cette suspension chevauche une autre suspension.' },
    ]);
    // Une suspension et une prolongation peuvent se chevaucher.
    expect(checkPassPeriods(START, [suspension('2026-03-01', '2026-06-30'), prolongation('formation', '2026-04-01', '2026-04-30')])).toEqual([]);
  });
});
