import { describe, expect, it } from 'vitest';
import { daysLeftText, passNotice, permitNotice, permitToRenew, RENEWAL_NOTICE_DAYS } from './renewals';

const today = '2026-11-28';

describe('the residence permit: days left and what to do', () => {
  it('under 60 days, says how many days are left and to renew it at the préfecture', () => {
    const n = permitNotice('hors_ue', '2026-12-23', today)!;
    expect(n.tone).toBe('warning');
    expect(n.text).toBe("Titre de séjour valable jusqu'au 23/12/2026 : il expire dans 25 jours.");
    expect(n.advice).toMatch(/renouvellement à la préfecture/);
    expect(n.advice).toMatch(/récépissé/);
    expect(permitNotice('hors_ue', '2026-11-29', today)!.text).toMatch(/il expire demain\.$/);
    expect(permitNotice('hors_ue', today, today)!.text).toMatch(/il expire aujourd'hui\.$/);
  });
  it('expired, forbids any placement and says what to record', () => {
    const n = permitNotice('hors_ue', '2026-11-25', today)!;
    expect(n.tone).toBe('danger');
    expect(n.text).toBe("Titre de séjour expiré le 25/11/2026 : aucune mission ni heure n'est possible.");
    expect(n.advice).toMatch(/nouvelle date de fin/);
  });
  it('says nothing beyond 60 days, nor for a worker from France or the UE', () => {
    expect(permitNotice('hors_ue', '2027-01-28', today)).toBeNull();
    expect(permitNotice('hors_ue', '2027-01-27', today)).not.toBeNull();
    expect(permitNotice('ue', '2026-12-01', today)).toBeNull();
    expect(permitNotice('hors_ue', null, today)).toBeNull();
  });
  it('is « à renouveler » when expired or ending within the 60 days', () => {
    expect(RENEWAL_NOTICE_DAYS).toBe(60);
    expect(permitToRenew('hors_ue', '2026-01-01', today)).toBe(true);
    expect(permitToRenew('hors_ue', '2027-01-27', today)).toBe(true);
    expect(permitToRenew('hors_ue', '2027-01-28', today)).toBe(false);
    expect(permitToRenew('france', '2026-12-01', today)).toBe(false);
  });
});

describe('the PASS IAE: days left and what to do', () => {
  it('under 60 days, says how many days are left and to ask for a prolongation', () => {
    const n = passNotice({ status: 'valide', end: '2026-12-27' }, today)!;
    expect(n.tone).toBe('warning');
    expect(n.text).toBe("PASS IAE valable jusqu'au 27/12/2026 : il se termine dans 29 jours.");
    expect(n.advice).toMatch(/prolongation au prescripteur ou sur la plateforme de l'inclusion/);
  });
  it('expired or suspended, says so; beyond 60 days, nothing', () => {
    expect(passNotice({ status: 'expire', end: '2026-11-01' }, today)!.tone).toBe('danger');
    expect(passNotice({ status: 'suspendu', end: '2027-06-01' }, today)!.text).toMatch(/suspendu/);
    expect(passNotice({ status: 'valide', end: '2027-06-01' }, today)).toBeNull();
    expect(passNotice(null, today)).toBeNull();
  });
  it('counts days in French', () => {
    expect(daysLeftText(0)).toBe("aujourd'hui");
    expect(daysLeftText(1)).toBe('demain');
    expect(daysLeftText(2)).toBe('dans 2 jours');
  });
});
