import type { Browser, CDPSession, Page } from '@playwright/test';
import { processMemory } from './host-process';

// What runs inside the page to time it, as plain JavaScript text (a function passed to
// page.evaluate would be serialised from the transpiled code, with its helpers missing).
//
// « Until the frame after »: once what we wait for is in the DOM, a requestAnimationFrame then
// a message on a MessageChannel: the message arrives once that frame's style, layout and paint
// work is done, which is when the person sees it.
const HELPER = `
(() => {
  if (window.__bench) return;
  const afterFrame = (t0, resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now() - t0);
      ch.port2.postMessage(0);
    });
  const whenTrue = (test, t0, resolve, reject) => {
    if (test()) return afterFrame(t0, resolve);
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('délai dépassé')); }, 120000);
    const observer = new MutationObserver(() => {
      if (!test()) return;
      observer.disconnect();
      clearTimeout(timer);
      afterFrame(t0, resolve);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  };
  window.__bench = {
    pending: null,
    /** Goes to a screen (hash) and gives the time until an element matching \`selector\` (and holding \`text\`) is in the page, to the frame after. */
    open(hash, selector, text) {
      return new Promise((resolve, reject) => {
        const t0 = performance.now();
        location.hash = hash;
        const test = () => [...document.querySelectorAll(selector)].some((e) => !text || (e.textContent ?? '').includes(text));
        whenTrue(test, t0, resolve, reject);
      });
    },
    /** Resolves once the digits in the text of \`selector\` are \`digits\` (a list's count settled). */
    digits(selector, digits) {
      const test = () => (document.querySelector(selector)?.textContent ?? '').replace(/\\D/g, '') === digits;
      return new Promise((resolve, reject) => whenTrue(test, performance.now(), resolve, reject));
    },
    /** Arms a timer for the next key press: from its timeStamp to the frame after it. */
    armKey() {
      window.__bench.pending = new Promise((resolve) => {
        document.addEventListener('keydown', (e) => afterFrame(e.timeStamp, resolve), { capture: true, once: true });
      });
    },
    /** Arms a timer for the next key press: from its timeStamp until the text of \`selector\` changes, to the frame after. */
    armChange(selector) {
      const before = document.querySelector(selector)?.textContent;
      window.__bench.pending = new Promise((resolve, reject) => {
        document.addEventListener('keydown', (e) => {
          whenTrue(() => document.querySelector(selector)?.textContent !== before, e.timeStamp, resolve, reject);
        }, { capture: true, once: true });
      });
    },
  };
})()`;

export async function installHelper(page: Page): Promise<void> {
  await page.evaluate(HELPER);
}

/** A screen and what shows that it is there: an element, and the text it holds. */
export interface Screen {
  hash: string;
  selector: string;
  text?: string;
}

/** Time to open a screen until it shows. */
export function openScreen(page: Page, screen: Screen): Promise<number> {
  return page.evaluate(`window.__bench.open(${JSON.stringify(screen.hash)}, ${JSON.stringify(screen.selector)}, ${JSON.stringify(screen.text ?? '')})`) as Promise<number>;
}

/** Waits until the digits of the text of `selector` read `n` (a list's count). */
export async function waitForCount(page: Page, selector: string, n: number): Promise<void> {
  await page.evaluate(`window.__bench.digits(${JSON.stringify(selector)}, ${JSON.stringify(String(n))})`);
}

/** Time from pressing `key` to the next frame. */
export async function keyToFrame(page: Page, key: string): Promise<number> {
  await page.evaluate('window.__bench.armKey()');
  await page.keyboard.press(key);
  return (await page.evaluate('window.__bench.pending')) as number;
}

/** Time from pressing `key` until the text of `selector` changes, to the frame after. */
export async function keyToChange(page: Page, key: string, selector: string): Promise<number> {
  await page.evaluate(`window.__bench.armChange(${JSON.stringify(selector)})`);
  await page.keyboard.press(key);
  return (await page.evaluate('window.__bench.pending')) as number;
}

/** The page's JavaScript heap (MB) and DOM nodes, after a forced garbage collection (CDP). */
export async function heapAfterGc(cdp: CDPSession): Promise<{ heapMb: number; nodes: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heapMb: metric('JSHeapUsedSize') / 1024 / 1024, nodes: metric('Nodes') };
}

/**
 * The resident memory (MB) of the largest renderer process: with one page open, that page's.
 * The JavaScript heap leaves out the DOM, layout and paint, which this includes.
 */
export async function rendererMemoryMb(browser: Browser): Promise<number | null> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    const sizes = processInfo.filter((p) => p.type === 'renderer').map((p) => processMemory(p.id)?.rssMb ?? 0);
    return sizes.length > 0 ? Math.max(...sizes) : null;
  } finally {
    await session.detach();
  }
}
