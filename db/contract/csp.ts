// The Content-Security-Policy of every page of Passerelle: the Electron window (meta tag, set at
// build time) and the local web host (HTTP header). Only our own scripts and styles; no inline
// script, no eval, no remote resource, no framing, no form posting anywhere.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
