// The pure side of the route table (renderer/routes.tsx): a pattern such as
// '/salaries/:id/modifier' matched against the hash path, with its parameters typed from the
// pattern itself. No React here, so that it is tested on its own.
//
// A `:name` segment matches one segment of the path. Record ids are positive integers: a
// parameter called `id`, or ending in `Id` (`:workerId`), is read as one and gives a number;
// a path whose id is not one (`/salaries/abc`) matches no route. Any other parameter is text.
// The query (`#/heures?mois=2026-11`) is not part of the pattern: it is handed to the screen.

type IdName = 'id' | `${string}Id`;

/** The names of the `:name` segments of a pattern. */
type ParamNames<P extends string> = P extends `${string}:${infer Rest}`
  ? Rest extends `${infer Name}/${infer Tail}`
    ? Name | ParamNames<`/${Tail}`>
    : Rest
  : never;

/** `Params<'/missions/:id/modifier'>` is `{ id: number }`. */
export type Params<P extends string> = { [N in ParamNames<P>]: N extends IdName ? number : string };

export interface Route<P extends string = string, V = unknown> {
  pattern: P;
  render(params: Params<P>, query: URLSearchParams): V;
}

/** One line of a route table; the parameters of `render` are typed from `pattern`. */
export function route<P extends string, V>(pattern: P, render: (params: Params<P>, query: URLSearchParams) => V): Route<P, V> {
  return { pattern, render };
}

export interface RouteMatch<V = unknown> {
  route: Route<string, V>;
  params: Record<string, string | number>;
  query: URLSearchParams;
}

/** A positive integer written plainly (`12`, not `012`, `1e3` or `12.0`), else null. */
export function positiveId(text: string | null | undefined): number | null {
  if (!text || !/^[1-9]\d{0,14}$/.test(text)) return null;
  return Number(text);
}

const isIdName = (name: string) => name === 'id' || /[a-z0-9]Id$/.test(name);

/** A path without its query, split into segments: '/salaries/12/' → ['salaries', '12']. */
function segments(pathname: string): string[] {
  return pathname.split('/').filter(Boolean);
}

/** Splits `#/heures?mois=2026-11` (without the `#`) into its path and its query. */
export function splitPath(path: string): { pathname: string; query: URLSearchParams } {
  const q = path.indexOf('?');
  const pathname = q === -1 ? path : path.slice(0, q);
  return { pathname: pathname === '' ? '/' : pathname, query: new URLSearchParams(q === -1 ? '' : path.slice(q + 1)) };
}

function matchPattern(pattern: string, parts: string[]): Record<string, string | number> | null {
  const want = segments(pattern);
  if (want.length !== parts.length) return null;
  const params: Record<string, string | number> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    let part: string;
    try {
      part = decodeURIComponent(parts[i]!);
    } catch {
      return null;
    }
    if (!w.startsWith(':')) {
      if (w !== part) return null;
      continue;
    }
    const name = w.slice(1);
    if (isIdName(name)) {
      const id = positiveId(part);
      if (id === null) return null;
      params[name] = id;
    } else {
      params[name] = part;
    }
  }
  return params;
}

/**
 * The route of `path` in `table`: the first whose pattern matches, so a fixed segment listed
 * before a parameter at the same place wins ('/salaries/nouveau' before '/salaries/:slug').
 * Null when no route matches: the screen says « Page introuvable ».
 */
export function matchRoute<V>(table: readonly Route<string, V>[], path: string): RouteMatch<V> | null {
  const { pathname, query } = splitPath(path);
  const parts = segments(pathname);
  for (const r of table) {
    const params = matchPattern(r.pattern, parts);
    if (params) return { route: r, params, query };
  }
  return null;
}

/** What the route shows: its `render` called with the parameters it matched. */
export function renderMatch<V>(m: RouteMatch<V>): V {
  return m.route.render(m.params as never, m.query);
}
