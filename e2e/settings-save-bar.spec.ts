import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The save bar of Paramètres stays at the bottom of the window while the page scrolls: what is
// being typed, with its help, is never hidden under it, and the bar is set apart from the page.

/** Whether the focused element, and the help or error under it, end above the save bar. */
async function focusedClearOfBar(page: Page, bar: Locator) {
  const barTop = (await bar.boundingBox())!.y;
  return page.evaluate((top) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el.closest('.form-actions')) return { name: 'bar', clear: true };
    // A box of a list: its own line; any other field: with the help or error under it.
    const inList = el.closest('.checkbox-grid label');
    const help = inList ? null : (el.closest('.field') ?? el).querySelector('.field-help, .field-error');
    const own = (inList ?? el).getBoundingClientRect().bottom;
    const bottom = Math.max(own, help && help.getBoundingClientRect().height > 0 ? help.getBoundingClientRect().bottom : 0);
    return { name: `${(el as HTMLInputElement).name || el.id || el.tagName} ${(el as HTMLInputElement).value ?? ''} ${Math.round(bottom)}/${Math.round(top)}`, clear: bottom <= top + 0.5 };
  }, barTop);
}

for (const [path, save] of [
  ['/parametres', 'Enregistrer'],
  ['/parametres/regles', 'Enregistrer les règles'],
] as const) {
  test(`Paramètres ${path}: tabbing through the form at 1024×700 never leaves the field under the save bar`, async ({ page, host }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(host.url);
    await page.goto(`${host.origin}/#${path}`);
    const bar = page.locator('.form-actions').filter({ has: page.getByRole('button', { name: save, exact: true }) });
    await expect(bar).toBeVisible();
    await page.locator('h1').click();
    const hidden: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const r = await focusedClearOfBar(page, bar);
      if (r.name === 'bar') break;
      if (!r.clear) hidden.push(r.name);
    }
    expect(hidden).toEqual([]);
    // The bar is set apart from what scrolls under it.
    expect(await bar.evaluate((b) => getComputedStyle(b).borderTopStyle)).toBe('solid');
  });
}
