import { describe, expect, it } from 'vitest';
import { splitPersonName } from './person-name';

describe('splitPersonName', () => {
  it('reads a civility, a first name and a last name', () => {
    expect(splitPersonName('Mme Jeanne Moreau')).toEqual({ civility: 'Mme', firstName: 'Jeanne', lastName: 'Moreau' });
    expect(splitPersonName('M. Jean-Pierre DUPONT')).toEqual({ civility: 'M.', firstName: 'Jean-Pierre', lastName: 'DUPONT' });
    expect(splitPersonName("Madame Marie-Hélène N'Diaye")).toEqual({ civility: 'Mme', firstName: 'Marie-Hélène', lastName: "N'Diaye" });
    expect(splitPersonName('  monsieur   Paul  Roux ')).toEqual({ civility: 'M.', firstName: 'Paul', lastName: 'Roux' });
    expect(splitPersonName('Mr Paul Roux')).toEqual({ civility: 'M.', firstName: 'Paul', lastName: 'Roux' });
    expect(splitPersonName('Mme Océane Roux-Lefèvre')).toEqual({ civility: 'Mme', firstName: 'Océane', lastName: 'Roux-Lefèvre' });
  });

  it('takes the words in capitals as the last name, before or after the first names', () => {
    expect(splitPersonName('Mme Marie Claire DE LA TOUR')).toEqual({ civility: 'Mme', firstName: 'Marie Claire', lastName: 'DE LA TOUR' });
    expect(splitPersonName('M. DUPONT Jean')).toEqual({ civility: 'M.', firstName: 'Jean', lastName: 'DUPONT' });
    expect(splitPersonName('M. JEAN DUPONT')).toEqual({ civility: 'M.', firstName: 'JEAN', lastName: 'DUPONT' });
  });

  it('gives up when the text does not clearly read so', () => {
    for (const text of [
      'Jeanne Moreau', // no civility
      'Mme Moreau', // no first name
      'Mme Marie Claire Dupont', // where does the first name end?
      'Mme Marie de La Tour',
      'M. et Mme Durand',
      'M. Jean Dupont (gardien)',
      'SCI Les Tilleuls',
      'Mme Jeanne Moreau 2',
      'M. DUPONT Jean MARTIN',
      '',
    ]) {
      expect(splitPersonName(text), text).toBeNull();
    }
  });
});
