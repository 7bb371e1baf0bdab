import { describe, expect, it } from 'vitest';
import { matchRoute } from './route-match';
import { isPrintPath, PRINT_ROUTES, ROUTES } from './routes';
import { sectionOf, SECTIONS } from './sections';

// The real table: every address of the app goes to the screen it did before the table existed.
const patternOf = (path: string) => matchRoute(isPrintPath(path) ? PRINT_ROUTES : ROUTES, path)?.route.pattern ?? null;

describe('the route table', () => {
  it('sends each address to its screen', () => {
    expect(patternOf('/')).toBe('/');
    expect(patternOf('/salaries')).toBe('/salaries');
    expect(patternOf('/salaries/nouveau')).toBe('/salaries/nouveau');
    expect(patternOf('/salaries/import')).toBe('/salaries/import');
    expect(patternOf('/salaries/12')).toBe('/salaries/:id');
    expect(patternOf('/salaries/12/modifier')).toBe('/salaries/:id/modifier');
    expect(patternOf('/utilisateurs/3/modifier')).toBe('/utilisateurs/:id/modifier');
    expect(patternOf('/missions/nouvelle?salarie=4')).toBe('/missions/nouvelle');
    expect(patternOf('/missions/8')).toBe('/missions/:id');
    expect(patternOf('/heures?mois=2026-11')).toBe('/heures');
    expect(patternOf('/parametres/regles')).toBe('/parametres/regles');
    expect(patternOf('/print/contrat/5')).toBe('/print/contrat/:id');
  });

  it('finds no page for an unknown address', () => {
    for (const path of ['/inconnu', '/salaries/abc', '/salaries/0/modifier', '/missions/nouvelle/3', '/print/inconnu', '/print/contrat/x']) {
      expect(patternOf(path), path).toBeNull();
    }
  });

  it('gives every section a screen, built or « pas encore disponible », and every route a section', () => {
    for (const s of SECTIONS) expect(patternOf(s.path), s.label).toBe(s.path);
    for (const r of ROUTES) expect(sectionOf(r.pattern), r.pattern).not.toBeNull();
    expect(sectionOf('/salaries/12/modifier?x=1')?.label).toBe('Salariés');
    expect(sectionOf('/')?.label).toBe('Tableau de bord');
    expect(sectionOf('/inconnu')).toBeNull();
  });
});
