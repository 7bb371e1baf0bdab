import { describe, expect, it } from 'vitest';
import {
  de,
  deMonth,
  elides,
  formatAddress,
  formatDate,
  formatHours,
  formatHoursInput,
  formatMoney,
  formatMoneyInput,
  formatDayWithWeekday,
  formatMonth,
  formatNumber,
  formatCity,
  formatNir,
  formatPassNumber,
  formatPhone,
  formatSiret,
  formatTownLine,
  parseDate,
  parseHours,
  parseInteger,
  parseMoney,
  parsePhone,
  readDate,
  parseMonth,
} from './format';

const N = '\u202f'; // thousands
const S = '\u00a0'; // before a unit

describe('formatDate', () => {
  it('writes JJ/MM/AAAA', () => {
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
    expect(formatDate('2024-02-29')).toBe('29/02/2024');
  });
  it('gives nothing for what is not a real date', () => {
    expect(formatDate('2026-02-29')).toBe('');
    expect(formatDate('2026-13-01')).toBe('');
    expect(formatDate('05/01/2026')).toBe('');
    expect(formatDate(null)).toBe('');
    expect(formatDate('')).toBe('');
  });
});

describe('formatMoney', () => {
  it('writes euros from integer cents, French style', () => {
    expect(formatMoney(123456)).toBe(`1${N}234,56${S}€`);
    expect(formatMoney(0)).toBe(`0,00${S}€`);
    expect(formatMoney(5)).toBe(`0,05${S}€`);
    expect(formatMoney(100)).toBe(`1,00${S}€`);
    expect(formatMoney(-250)).toBe(`-2,50${S}€`);
    expect(formatMoney(-5)).toBe(`-0,05${S}€`);
    expect(formatMoney(123456789012)).toBe(`1${N}234${N}567${N}890,12${S}€`);
  });
  it('matches what Intl writes for fr-FR', () => {
    const intl = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    for (const cents of [0, 1, 99, 100, 123456, 100000000, 999999999]) {
      expect(formatMoney(cents)).toBe(intl.format(cents / 100));
    }
  });
  it('gives an input-friendly form that re-parses to the same cents', () => {
    for (const cents of [0, 5, 2250, 123456, 99]) {
      expect(parseMoney(formatMoneyInput(cents))).toBe(cents);
    }
    expect(formatMoneyInput(2250)).toBe('22,50');
    expect(formatMoneyInput(null)).toBe('');
  });
});

describe('formatHours', () => {
  it('writes hours and minutes from integer minutes', () => {
    expect(formatHours(450)).toBe(`7${S}h${S}30`);
    expect(formatHours(420)).toBe(`7${S}h`);
    expect(formatHours(5)).toBe(`0${S}h${S}05`);
    expect(formatHours(0)).toBe(`0${S}h`);
    expect(formatHours(59)).toBe(`0${S}h${S}59`);
    expect(formatHours(96420)).toBe(`1${N}607${S}h`);
    expect(formatHours(-90)).toBe(`-1${S}h${S}30`);
  });

  it('gives an input-friendly form, with ordinary spaces, that re-parses to the same minutes', () => {
    expect(formatHoursInput(450)).toBe('7 h 30');
    expect(formatHoursInput(96420)).toBe('1 607 h');
    expect(formatHoursInput(null)).toBe('');
    expect(parseHours(formatHoursInput(96450))).toBe(96450);
  });
});

describe('formatAddress', () => {
  it('writes an address on one line, leaving out what is empty', () => {
    expect(formatAddress({ addressLine1: '12 rue des Lilas', addressLine2: 'Bât. B', postalCode: '69001', city: 'Lyon' })).toBe('12 rue des Lilas, Bât. B, 69001 LYON');
    expect(formatAddress({ addressLine1: '12 rue des Lilas', addressLine2: null, postalCode: null, city: 'Lyon' })).toBe('12 rue des Lilas, LYON');
    expect(formatAddress({ addressLine1: null, postalCode: null, city: null })).toBe('');
  });
});

describe('formatDayWithWeekday', () => {
  it('writes the weekday before the date, as a timesheet does', () => {
    expect(formatDayWithWeekday('2026-03-02')).toBe(`lun.${S}02/03/2026`);
    expect(formatDayWithWeekday('2026-03-08')).toBe(`dim.${S}08/03/2026`);
    expect(formatDayWithWeekday('2028-02-29')).toBe(`mar.${S}29/02/2028`);
    expect(formatDayWithWeekday('2026-02-30')).toBe('');
    expect(formatDayWithWeekday(null)).toBe('');
  });
});

describe('formatMonth', () => {
  it('writes the month in words', () => {
    expect(formatMonth('2026-11')).toBe('novembre 2026');
    expect(formatMonth('2027-01')).toBe('janvier 2027');
  });
});

describe('formatNumber', () => {
  it('groups thousands and uses a decimal comma', () => {
    expect(formatNumber(1607.5, 1)).toBe(`1${N}607,5`);
    expect(formatNumber(0.126, 2)).toBe('0,13');
    expect(formatNumber(-0.001, 2)).toBe('0,00');
  });
});

describe('parseDate', () => {
  const today = new Date(2026, 10, 26);
  it('reads the ways people type a date', () => {
    expect(parseDate('05/10/2026', today)).toBe('2026-10-05');
    expect(parseDate('5/10/26', today)).toBe('2026-10-05');
    expect(parseDate('051026', today)).toBe('2026-10-05');
    expect(parseDate('05102026', today)).toBe('2026-10-05');
    expect(parseDate('5-10-2026', today)).toBe('2026-10-05');
    expect(parseDate('5.10.2026', today)).toBe('2026-10-05');
    expect(parseDate(' 2026-10-05 ', today)).toBe('2026-10-05');
  });
  it('reads a two-digit year as the nearest not more than ten years ahead', () => {
    expect(parseDate('01/01/36', today)).toBe('2036-01-01');
    expect(parseDate('01/01/37', today)).toBe('1937-01-01');
    expect(parseDate('12/03/62', today)).toBe('1962-03-12');
  });
  it('refuses what is not a calendar date', () => {
    expect(parseDate('31/04/2026', today)).toBeNull();
    expect(parseDate('29/02/2026', today)).toBeNull();
    expect(parseDate('29/02/2024', today)).toBe('2024-02-29');
    expect(parseDate('00/01/2026', today)).toBeNull();
    expect(parseDate('1/13/2026', today)).toBeNull();
    expect(parseDate('hier', today)).toBeNull();
    expect(parseDate('', today)).toBeNull();
    expect(parseDate('2026-02-30', today)).toBeNull();
  });
});

describe('parseMoney', () => {
  it('reads amounts as typed, into cents', () => {
    expect(parseMoney('22,5')).toBe(2250);
    expect(parseMoney('22,50 €')).toBe(2250);
    expect(parseMoney('22.50')).toBe(2250);
    expect(parseMoney(`1${N}234,56${S}€`)).toBe(123456);
    expect(parseMoney('1 234,56')).toBe(123456);
    expect(parseMoney('0,01')).toBe(1);
    expect(parseMoney('-3,10')).toBe(-310);
    expect(parseMoney('20')).toBe(2000);
  });
  it('refuses more than two decimals or anything else', () => {
    expect(parseMoney('22,505')).toBeNull();
    expect(parseMoney('douze')).toBeNull();
    expect(parseMoney('1,2,3')).toBeNull();
    expect(parseMoney('')).toBeNull();
  });
  it('is exact where floating point is not (0,29 € is 29 cents, not 28)', () => {
    expect(parseMoney('0,29')).toBe(29);
    expect(parseMoney('1,15')).toBe(115);
    expect(parseMoney('4,35')).toBe(435);
  });
});

describe('parseHours', () => {
  it('reads 3, 3,5, 3h30, 3:30', () => {
    expect(parseHours('3')).toBe(180);
    expect(parseHours('3,5')).toBe(210);
    expect(parseHours('3.5')).toBe(210);
    expect(parseHours('3h30')).toBe(210);
    expect(parseHours('3 h 30')).toBe(210);
    expect(parseHours('3H')).toBe(180);
    expect(parseHours('3:30')).toBe(210);
    expect(parseHours('0,25')).toBe(15);
    expect(parseHours('0h05')).toBe(5);
    expect(parseHours(`1${N}607${S}h`)).toBe(96420);
  });
  it('rounds decimal hours to the nearest minute, halves up', () => {
    expect(parseHours('3,33')).toBe(200); // 199,8
    expect(parseHours('0,0083')).toBe(0); // 0,498 min
    expect(parseHours('0,0084')).toBe(1); // 0,504 min
    expect(parseHours('0,125')).toBe(8); // 7,5 min: half rounds up
  });
  it('refuses impossible minutes and words', () => {
    expect(parseHours('3h60')).toBeNull();
    expect(parseHours('3:5')).toBeNull();
    expect(parseHours('trois')).toBeNull();
    expect(parseHours('-2')).toBeNull();
    expect(parseHours('')).toBeNull();
  });
});

describe('readDate', () => {
  it('tells a day that does not exist from a text that is not a date', () => {
    expect(readDate('31/02/1990')).toEqual({ ok: false, problem: 'calendar' });
    expect(readDate('29/02/2027')).toEqual({ ok: false, problem: 'calendar' });
    expect(readDate('2026-04-31')).toEqual({ ok: false, problem: 'calendar' });
    expect(readDate('13/45/2026')).toEqual({ ok: false, problem: 'format' });
    expect(readDate('demain')).toEqual({ ok: false, problem: 'format' });
    expect(readDate('29/02/2028')).toEqual({ ok: true, iso: '2028-02-29' });
  });
});

describe('parseInteger', () => {
  it('reads decimal whole numbers only', () => {
    expect(parseInteger(' 120 ')).toBe(120);
    expect(parseInteger('-3')).toBe(-3);
    expect(parseInteger('0x10')).toBeNull();
    expect(parseInteger('1e3')).toBeNull();
    expect(parseInteger('4,5')).toBeNull();
    expect(parseInteger('')).toBeNull();
    expect(parseInteger('Infinity')).toBeNull();
  });
});

describe('tidy identifiers', () => {
  it('groups a NIR as on the carte Vitale, Corsica included', () => {
    expect(formatNir('290037511204502')).toBe('2 90 03 75 112 045 02');
    expect(formatNir('185022A12345678')).toBe('1 85 02 2A 123 456 78');
    expect(formatNir('12345')).toBe('12345');
    expect(formatNir(null)).toBe('');
  });
  it('spaces a SIRET and a SIREN', () => {
    expect(formatSiret('12345678900012')).toBe('123 456 789 00012');
    expect(formatSiret('123456789')).toBe('123 456 789');
    expect(formatSiret('1234')).toBe('1234');
  });
  it('groups a PASS IAE number as the platform does', () => {
    expect(formatPassNumber('999992612345')).toBe('99999 26 12345');
  });
  it('writes a town as La Poste does: capitals, no accents, no punctuation', () => {
    expect(formatCity('Saint-Étienne')).toBe('SAINT ETIENNE');
    expect(formatCity("L'Haÿ-les-Roses")).toBe('L HAY LES ROSES');
    expect(formatCity('  évian-les-bains ')).toBe('EVIAN LES BAINS');
    expect(formatCity('Cœuvres-et-Valsery')).toBe('COEUVRES ET VALSERY');
    expect(formatTownLine('69001', 'Lyon')).toBe('69001 LYON');
    expect(formatAddress({ addressLine1: '1 rue A', postalCode: '42000', city: 'Saint-Étienne' })).toBe('1 rue A, 42000 SAINT ETIENNE');
  });
});

describe('phones in one form', () => {
  it('writes French numbers 06 12 34 56 78, whatever the separators', () => {
    for (const typed of ['0612345678', '06.12.34.56.78', '06-12-34-56-78', ' 06 12 34 56 78 ', '06/12/34/56/78']) {
      expect(parsePhone(typed)).toBe('06 12 34 56 78');
    }
    expect(parsePhone('0590 12 34 56')).toBe('05 90 12 34 56');
  });
  it('keeps +33 and foreign numbers international', () => {
    for (const typed of ['+33612345678', '+33 6 12 34 56 78', '0033 6 12 34 56 78', '+33 (0)6 12 34 56 78', '+330612345678']) {
      expect(parsePhone(typed)).toBe('+33 6 12 34 56 78');
    }
    expect(parsePhone('+32 2 123 45 67')).toBe('+32 2 123 45 67');
    expect(parsePhone('+32.2.123.45.67')).toBe('+32 2 123 45 67');
    expect(parsePhone('0041 22 123 45 67')).toBe('+41 22 123 45 67');
  });
  it('refuses what is not a phone number', () => {
    for (const typed of ['612345678', '06 12 34 56', '061234567890', 'zéro six', '+33 6 12 34 56 7', '+1 23', '12345678901', '06 12 34 56 78 poste 12']) {
      expect(parsePhone(typed)).toBeNull();
    }
  });
  it('shows a stored number in its one form, and an unreadable one as it is', () => {
    expect(formatPhone('0612345678')).toBe('06 12 34 56 78');
    expect(formatPhone('standard 12')).toBe('standard 12');
    expect(formatPhone(null)).toBe('');
  });
});

describe('French elision', () => {
  it('says « le mois d’octobre », « d’avril », « d’août », and « de » before a consonant', () => {
    expect(`Le mois ${deMonth('2026-10')}`).toBe("Le mois d'octobre 2026");
    expect(deMonth('2027-04')).toBe("d'avril 2027");
    expect(deMonth('2026-08')).toBe("d'août 2026");
    expect(deMonth('2026-11')).toBe('de novembre 2026');
    expect(deMonth('2026-01')).toBe('de janvier 2026');
  });
  it('elides before a vowel, an accented vowel, a mute h and a y before a consonant, whatever the case', () => {
    expect(de('ARNAUD Éric')).toBe("d'ARNAUD Éric");
    expect(de('Éric')).toBe("d'Éric");
    expect(de('utilisateurs')).toBe("d'utilisateurs");
    expect(de('heures')).toBe("d'heures");
    expect(de('Hélène')).toBe("d'Hélène");
    expect(de('Yves')).toBe("d'Yves");
    expect(de('œuvre')).toBe("d'œuvre");
  });
  it('keeps « de » before a consonant, an aspirated h, a y before a vowel, a digit or a symbol', () => {
    expect(de('salariés')).toBe('de salariés');
    expect(de('hangar')).toBe('de hangar');
    expect(de('Hollande')).toBe('de Hollande');
    expect(de('yaourt')).toBe('de yaourt');
    expect(de("N'DIAYE Aminata")).toBe("de N'DIAYE Aminata");
    expect(de('8 heures')).toBe('de 8 heures');
    expect(elides('« Ménage »')).toBe(false);
  });
});

describe('parseMonth', () => {
  const today = new Date(2026, 10, 28);
  it('reads a month as people type it', () => {
    for (const typed of ['11/2026', '11/26', '11-2026', '11.2026', '112026', '1126', '2026-11', 'novembre 2026', 'Novembre 26', 'nov. 2026', 'NOV 2026']) {
      expect(parseMonth(typed, 2026, today), typed).toBe('2026-11');
    }
    expect(parseMonth('fevrier 2027', 2026, today)).toBe('2027-02');
    expect(parseMonth('août 2026', 2026, today)).toBe('2026-08');
    expect(parseMonth('aout', 2025, today)).toBe('2025-08');
    expect(parseMonth('3/2026', 2026, today)).toBe('2026-03');
    expect(parseMonth('juil 26', 2026, today)).toBe('2026-07');
  });
  it('refuses what is not one month', () => {
    for (const typed of ['', '13/2026', '0/2026', 'jui 2026', 'ju', 'bonjour', '2026', '1/2/2026']) {
      expect(parseMonth(typed, 2026, today), typed).toBeNull();
    }
  });
});
