import { describe, expect, expectTypeOf, it } from 'vitest';
import { matchRoute, positiveId, renderMatch, route, splitPath, type Params } from './route-match';

const table = [
  route('/', () => 'accueil'),
  route('/salaries', () => 'liste'),
  route('/salaries/nouveau', () => 'nouveau'),
  route('/salaries/:id', ({ id }) => `fiche ${id}`),
  route('/salaries/:id/modifier', ({ id }) => `modifier ${id}`),
  route('/missions/nouvelle', (_, query) => `nouvelle ${query.get('salarie') ?? '-'}`),
  route('/aide/:topic', ({ topic }) => `aide ${topic}`),
  route('/heures', (_, query) => `heures ${query.get('mois') ?? 'courant'}`),
];

const shown = (path: string) => {
  const m = matchRoute(table, path);
  return m ? renderMatch(m) : null;
};

describe('matchRoute', () => {
  it('finds the fixed routes, the root included', () => {
    expect(shown('/')).toBe('accueil');
    expect(shown('')).toBe('accueil');
    expect(shown('/salaries')).toBe('liste');
    expect(shown('/salaries/')).toBe('liste');
    expect(shown('/salaries/nouveau')).toBe('nouveau');
  });

  it('reads an id as a number and passes it typed', () => {
    const m = matchRoute(table, '/salaries/12/modifier');
    expect(m?.route.pattern).toBe('/salaries/:id/modifier');
    expect(m?.params).toEqual({ id: 12 });
    expect(shown('/salaries/12')).toBe('fiche 12');
    expectTypeOf<Params<'/salaries/:id/modifier'>>().toEqualTypeOf<{ id: number }>();
    expectTypeOf<Params<'/x/:workerId/y/:slug'>>().toEqualTypeOf<{ workerId: number; slug: string }>();
    expectTypeOf<Params<'/salaries'>>().toEqualTypeOf<Record<never, never>>();
  });

  it('refuses an id that is not a positive integer written plainly', () => {
    for (const bad of ['/salaries/0', '/salaries/-3', '/salaries/abc', '/salaries/1.5', '/salaries/012', '/salaries/1e3', '/salaries/12/supprimer']) {
      expect(matchRoute(table, bad), bad).toBeNull();
    }
  });

  it('keeps any other parameter as decoded text, and refuses a broken escape', () => {
    expect(shown('/aide/heures%20sup')).toBe('aide heures sup');
    expect(matchRoute(table, '/aide/%E0%A4%A')).toBeNull();
  });

  it('hands the query to the screen and ignores it for the matching', () => {
    expect(shown('/heures?mois=2026-11')).toBe('heures 2026-11');
    expect(shown('/heures')).toBe('heures courant');
    expect(shown('/missions/nouvelle?salarie=4&x=1')).toBe('nouvelle 4');
    expect(matchRoute(table, '/heures?mois=2026-11')?.query.get('mois')).toBe('2026-11');
  });

  it('matches nothing for an unknown address', () => {
    expect(matchRoute(table, '/inconnu')).toBeNull();
    expect(matchRoute(table, '/salaries/12/modifier/encore')).toBeNull();
    expect(matchRoute(table, '/aide')).toBeNull();
  });

  it('takes the first route that matches, in the order of the table', () => {
    const ordered = [route('/a/fixe', () => 'fixe'), route('/a/:name', ({ name }) => `param ${name}`)];
    expect(renderMatch(matchRoute(ordered, '/a/fixe')!)).toBe('fixe');
    expect(renderMatch(matchRoute(ordered, '/a/autre')!)).toBe('param autre');
  });
});

describe('splitPath and positiveId', () => {
  it('splits the path from its query', () => {
    const { pathname, query } = splitPath('/missions/nouvelle?salarie=3&utilisateur=9');
    expect(pathname).toBe('/missions/nouvelle');
    expect(query.get('salarie')).toBe('3');
    expect(query.get('utilisateur')).toBe('9');
    expect(splitPath('?mois=2026-01').pathname).toBe('/');
  });

  it('reads positive ids only', () => {
    expect(positiveId('7')).toBe(7);
    expect(positiveId('0')).toBeNull();
    expect(positiveId('')).toBeNull();
    expect(positiveId(null)).toBeNull();
    expect(positiveId(' 7')).toBeNull();
    expect(positiveId('99999999999999999')).toBeNull();
  });
});
