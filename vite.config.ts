import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './db/contract/csp';

// The CSP meta tag comes from the same constant the web host sends as a header.
function csp(): Plugin {
  return {
    name: 'passerelle-csp',
    transformIndexHtml: (html) =>
      // frame-ancestors only works as a header (the web host sends it); a meta tag ignores it.
      html.replace('%CSP%', CONTENT_SECURITY_POLICY.replace(/; frame-ancestors [^;]+/, '')),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), csp()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
  },
});
