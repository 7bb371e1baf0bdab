import type { PasserelleBridge } from '../../db/contract/bridge';

// Which host the page runs in, decided once: the Electron window, whose preload gave the page
// `window.passerelle` (before any script of ours ran), or a browser served by the local web
// host. Only the transport (client.ts) and the platform seam (platform.ts) ask; screens never do.

declare global {
  interface Window {
    passerelle?: PasserelleBridge;
  }
}

/** The Electron bridge, or null in a browser. */
export const electronBridge: PasserelleBridge | null = typeof window !== 'undefined' ? (window.passerelle ?? null) : null;
