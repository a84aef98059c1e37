/**
 * Debian's Chromium as every tool drives it (Playwright cannot download its own browsers on this network): the
 * e2e suite (playwright.config.ts), the bench and the search evaluation launch it with the same flags, and the
 * e2e budgets and the bench measure main-thread time the same way.
 */
import { execSync } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';

export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? execSync('which chromium || which chromium-browser').toString().trim();

/** Flags for a headless run on a machine with no GPU and no network beyond the served site. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * The page's main-thread time while `act` runs, the CPU slowed down `cpuSlowdown` times: Chromium's TaskDuration
 * without the time DevTools commands took (the harness's own evaluations).
 */
export async function mainThreadMs(page: Page, cpuSlowdown: number, act: () => Promise<unknown>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const busy = async () => {
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const of = (name: string) => metrics.find((m) => m.name === name)!.value;
    return of('TaskDuration') - of('DevToolsCommandDuration');
  };
  const before = await busy();
  await act();
  return ((await busy()) - before) * 1000;
}

/**
 * Resolves when the element with `testId` contains `text`, watched by the page itself (no polling from outside).
 * A string: tsx would wrap a named function in a helper the page does not have.
 */
export function textShown(page: Page, testId: string, text: string): Promise<void> {
  return page.evaluate(`new Promise((resolve) => {
    const shown = () => document.querySelector('[data-testid=${JSON.stringify(testId)}]')?.textContent?.includes(${JSON.stringify(text)});
    if (shown()) return resolve();
    const observer = new MutationObserver(() => shown() && (observer.disconnect(), resolve()));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  })`);
}
