import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startHttpHost, type HttpHost } from '../http-host';
import { tempBackend, TEST_ACCOUNT } from './backend';
import { loginOverHttp } from './session';

export { loginOverHttp } from './session';

/**
 * For a test file: the real local web host on a back end with a real file, started once before
 * the file's tests (serving a one-page static folder) and stopped after them. `headers` carry
 * the launch secret and the session of the direction account `test`, logged in over HTTP.
 */
export function onTestHost(): { readonly host: HttpHost; readonly env: ReturnType<typeof tempBackend>; readonly headers: Record<string, string> } {
  let env: ReturnType<typeof tempBackend>;
  let host: HttpHost;
  let staticDir: string;
  let headers: Record<string, string>;
  beforeAll(async () => {
    env = tempBackend();
    staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-static-'));
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Passerelle</title>');
    host = await startHttpHost({ backend: env.raw, staticDir });
    headers = { 'x-passerelle-secret': host.secret, 'x-passerelle-session': await loginOverHttp(host, TEST_ACCOUNT.login, TEST_ACCOUNT.password) };
  });
  afterAll(async () => {
    await host.close();
    env.cleanup();
    fs.rmSync(staticDir, { recursive: true, force: true });
  });
  return {
    get host() {
      return host;
    },
    get env() {
      return env;
    },
    get headers() {
      return headers;
    },
  };
}
