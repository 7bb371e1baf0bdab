import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveStaticFile, staticHeaders } from './static-files';
import { CONTENT_SECURITY_POLICY } from './contract/csp';

const root = '/srv/passerelle/renderer';

describe('the renderer files both hosts serve', () => {
  it('names index.html for the root and a file of the folder for its address', () => {
    expect(resolveStaticFile(root, '/', path.posix)).toEqual({ kind: 'file', file: `${root}/index.html`, isIndex: true });
    expect(resolveStaticFile(root, '/index.html', path.posix)).toEqual({ kind: 'file', file: `${root}/index.html`, isIndex: true });
    expect(resolveStaticFile(root, '/assets/index-Ab12.js', path.posix)).toEqual({ kind: 'file', file: `${root}/assets/index-Ab12.js`, isIndex: false });
    expect(resolveStaticFile(root, '/assets/mod%C3%A8le%20sal.csv', path.posix)).toEqual({ kind: 'file', file: `${root}/assets/modèle sal.csv`, isIndex: false });
  });

  it('says an address with a broken %-escape is malformed', () => {
    expect(resolveStaticFile(root, '/assets/%E0%A4%A', path.posix)).toEqual({ kind: 'malformed' });
    expect(resolveStaticFile(root, '/%', path.posix)).toEqual({ kind: 'malformed' });
  });

  it('refuses every way out of the folder, encoded or not, before touching the disk', () => {
    for (const p of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
      '/./index.html',
      '/..',
      'index.html',
      '/assets/',
      '/index.html%00.png',
    ]) {
      expect(resolveStaticFile(root, p, path.posix), p).toEqual({ kind: 'refused' });
    }
  });

  it('refuses backslashes and drive letters, which Windows reads as separators and roots', () => {
    const winRoot = 'C:\\Passerelle\\resources\\app.asar\\dist\\renderer';
    for (const p of ['/..%5C..%5Csecret.txt', '/assets%5C..%5C..%5Csecret.txt', '/C:/Windows/win.ini', '/C%3A%5CWindows%5Cwin.ini', '/%5C%5Cserveur%5Cpartage%5Cx']) {
      expect(resolveStaticFile(winRoot, p, path.win32), p).toEqual({ kind: 'refused' });
    }
    expect(resolveStaticFile(winRoot, '/assets/index.js', path.win32)).toEqual({ kind: 'file', file: `${winRoot}\\assets\\index.js`, isIndex: false });
  });

  it('gives each built file its type, whatever the case of its extension, and bytes for the unknown', () => {
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('assets/index-Ab12.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('assets/index-Ab12.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('assets/index-Ab12.js.map')).toBe('application/json; charset=utf-8');
    expect(contentTypeOf('assets/marianne.woff2')).toBe('font/woff2');
    expect(contentTypeOf('assets/logo.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('assets/photo.png')).toBe('image/png');
    expect(contentTypeOf('assets/archive.bin')).toBe('application/octet-stream');
    expect(contentTypeOf('LICENSE')).toBe('application/octet-stream');
  });

  it('sends the CSP with every file and never lets the page itself be cached', () => {
    const page = staticHeaders({ file: `${root}/index.html`, isIndex: true });
    expect(page).toMatchObject({ 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    const script = staticHeaders({ file: `${root}/assets/a.js`, isIndex: false });
    expect(script['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(script['cache-control']).not.toBe('no-store');
  });
});
