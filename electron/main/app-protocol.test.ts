import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAppRequest, APP_INDEX_URL, appPageUrl, isAppPage } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../db/contract/csp';

// What app://passerelle answers, on a real folder laid out like dist/renderer, with a secret
// file beside it that no address may reach. Electron itself cannot run here; this is the whole
// of the handler it calls.

let base: string;
let root: string;
beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-app-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Passerelle</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-Ab12.js'), 'console.log("ok")');
  fs.writeFileSync(path.join(root, 'assets', 'index-Ab12.css'), 'body{}');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'base de données');
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => answerAppRequest({ url, method }, root);

describe('the app:// protocol of the Electron window', () => {
  it('serves the page and its assets with their types and the CSP header', async () => {
    const page = await get(APP_INDEX_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await page.text()).toContain('<title>Passerelle</title>');

    const root_ = await get('app://passerelle/');
    expect(await root_.text()).toContain('<title>Passerelle</title>');

    const script = await get('app://passerelle/assets/index-Ab12.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await script.text()).toBe('console.log("ok")');
    const style = await get('app://passerelle/assets/index-Ab12.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD without a body', async () => {
    const head = await get(APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('refuses every address that leaves the renderer folder, and never reads the file beside it', async () => {
    for (const url of ['app://passerelle/..%2fsecret.txt', 'app://passerelle/%2e%2e/secret.txt', 'app://passerelle/assets/..%2F..%2Fsecret.txt', 'app://passerelle/..%5Csecret.txt']) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain('base de données');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers 404 for a missing file, a folder or another host, 400 for a broken address, 405 for a write', async () => {
    expect((await get('app://passerelle/assets/absent.js')).status).toBe(404);
    expect((await get('app://passerelle/assets')).status).toBe(404);
    expect((await get('app://autre/index.html')).status).toBe(404);
    expect((await get('app://passerelle:8080/index.html')).status).toBe(404);
    const broken = await get('app://passerelle/assets/%E0%A4%A');
    expect(broken.status).toBe(400);
    expect(await broken.text()).toBe('Adresse mal formée.');
    expect((await get(APP_INDEX_URL, 'POST')).status).toBe(405);
  });

  it('knows its own page by origin and path, whatever the route in the hash', () => {
    expect(isAppPage(APP_INDEX_URL)).toBe(true);
    expect(isAppPage(appPageUrl('/print/facture/12'))).toBe(true);
    expect(appPageUrl('/print/facture/12')).toBe('app://passerelle/index.html#/print/facture/12');
    for (const other of [
      'file:///opt/Passerelle/resources/app.asar/dist/renderer/index.html',
      'app://autre/index.html',
      'app://passerelle/assets/index-Ab12.js',
      'app://passerelle:81/index.html',
      'app://x@passerelle/index.html',
      'https://passerelle/index.html',
      'http://127.0.0.1:5173/index.html',
      'pas une adresse',
      '',
    ]) {
      expect(isAppPage(other), other).toBe(false);
    }
  });
});
