import type { RunningHost } from './fixtures';

/** Calls the real HTTP API of a test host (to prepare data or check what was saved). */
export async function api<T = unknown>(host: RunningHost, name: string, input: unknown = {}): Promise<{ ok: boolean; value: T; error?: { code: string; message: string; fields?: Record<string, string> } }> {
  const res = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { ...host.headers, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return res.json() as Promise<{ ok: boolean; value: T; error?: { code: string; message: string; fields?: Record<string, string> } }>;
}

export async function countRows(host: RunningHost, call: 'workers.list' | 'clients.list'): Promise<number> {
  const r = await api<{ total: number }>(host, call, { archived: 'tous' });
  return r.value.total;
}
