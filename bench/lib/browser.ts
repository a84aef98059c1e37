/**
 * Chromium (Debian's) on a served build, a fresh context (empty cache) per load: what a page's scripts weigh,
 * and the playground's time to a usable Send and to a mock answer.
 */
import zlib from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

/** The compiled Send button of the playground: marks a chunk as carrying the playground. */
const PLAYGROUND_MARKER = '"data-testid":"send"';

/**
 * Loads `url` and weighs what it ran until the network went idle: executed scripts (gzip level 6 and raw, with
 * their text for the budgets' checks) and the requests the page needs. Chromium's "other" requests (Docusaurus'
 * idle-time prefetch of linked routes' chunks, the favicon) vary with timing and are left out.
 */
export async function measurePageWeight(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const r = { requests: 0, jsRequests: 0, jsGzipBytes: 0, jsRawBytes: 0, playgroundChunkGzipBytes: 0 };
  const scripts: Array<{ url: string; gzipBytes: number; rawBytes: number; playground: boolean }> = [];
  const texts = new Map<string, string>();
  page.on('request', (req) => void (req.resourceType() !== 'other' && (r.requests += 1)));
  page.on('response', (response) => {
    const req = response.request();
    if (!/\.m?js(\?|$)/.test(req.url()) || req.resourceType() !== 'script') return;
    pending.push(
      response.body().then(
        (body) => {
          const gz = zlib.gzipSync(body, { level: 6 }).length;
          const text = body.toString('utf8');
          const playground = text.includes(PLAYGROUND_MARKER);
          r.jsRequests += 1;
          r.jsGzipBytes += gz;
          r.jsRawBytes += body.length;
          if (playground) r.playgroundChunkGzipBytes += gz;
          const path = new URL(req.url()).pathname;
          texts.set(path, text);
          scripts.push({ url: path, gzipBytes: gz, rawBytes: body.length, playground });
        },
        () => undefined, // redirects and aborted requests have no body
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  await Promise.all(pending);
  await context.close();
  return { ...r, scripts: scripts.sort((a, b) => b.gzipBytes - a.gzipBytes), texts };
}

export type PageWeight = Awaited<ReturnType<typeof measurePageWeight>>;

// Installed before any page script: records (ms since navigation start) when the Send button is ready (enabled and
// hydrated: React attached its props) and when it takes a click, and every click and response status.
export const PROBE = `(() => {
  const probe = { ready: null, accepts: null, clicks: [], statuses: [] };
  window.__benchProbe = probe;
  const hydrated = (el) => Object.keys(el).some((k) => k.startsWith('__reactProps$'));
  const check = () => {
    const now = performance.now();
    const send = document.querySelector('[data-testid=send]');
    if (!send) return;
    if (probe.ready === null && !send.disabled && hydrated(send)) probe.ready = now;
    // Takes a click: hydrated, or armed by the early-send script (src/playground/early-send.ts) before it.
    if (probe.accepts === null && !send.disabled && (hydrated(send) || (send.form && send.form.hasAttribute('data-early-send')))) probe.accepts = now;
  };
  new MutationObserver((records) => {
    check();
    for (const r of records) for (const n of r.addedNodes)
      if (n.nodeType === 1 && (n.matches('[data-testid=response-status]') || n.querySelector('[data-testid=response-status]')))
        probe.statuses.push(performance.now());
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
  const poll = () => { check(); if (probe.ready === null) setTimeout(poll, 5); };
  poll();
  document.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('[data-testid=send]')) probe.clicks.push(performance.now());
  }, true);
})();`;

export interface Probe {
  ready: number | null;
  accepts: number | null;
  clicks: number[];
  statuses: number[];
}

export type ProbedWindow = { __benchProbe: Probe };

const probeOf = (page: Page) => page.evaluate(() => (window as unknown as ProbedWindow).__benchProbe);

/**
 * One fresh load of `url`: time to a usable Send, then a first send and `warm` more. `reader` (the measured
 * path) first moves the pointer onto the playground, which starts the mock (that start is timed and awaited);
 * `cold` clicks Send the moment it is ready, so the first send starts the mock.
 */
export async function playgroundRun(browser: Browser, url: string, warm: number, mode: 'reader' | 'cold') {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'allow' });
  try {
    await context.addInitScript({ content: PROBE });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const ready = () => (window as unknown as ProbedWindow).__benchProbe.ready !== null;
    await page.waitForFunction(ready, undefined, { timeout: 30_000, polling: 20 });
    const send = page.locator('[data-testid=send]');
    const status = page.locator('[data-testid=response-status]');
    const sendOnce = async (n: number): Promise<number> => {
      await send.click();
      await page.waitForFunction(
        (k) => {
          const p = (window as unknown as ProbedWindow).__benchProbe;
          return p.clicks.length >= k && p.statuses.some((t) => t >= p.clicks[k - 1]);
        },
        n,
        { timeout: 30_000, polling: 20 },
      );
      await status.waitFor({ state: 'visible' });
      const probe = await probeOf(page);
      const click = probe.clicks[n - 1];
      return probe.statuses.find((t) => t >= click)! - click;
    };
    let mockStartMs: number | null = null;
    if (mode === 'reader') {
      const reached = await page.evaluate(() => performance.now());
      await page.locator('[data-testid=playground]').hover({ position: { x: 8, y: 8 } });
      const controlled = () => navigator.serviceWorker?.controller != null;
      await page.waitForFunction(controlled, undefined, { timeout: 30_000, polling: 10 });
      mockStartMs = (await page.evaluate(() => performance.now())) - reached;
    }
    const firstSendMs = await sendOnce(1);
    const probe = await probeOf(page);
    const warmSendMs: number[] = [];
    for (let i = 0; i < warm; i += 1) {
      await page.waitForTimeout(100);
      warmSendMs.push(await sendOnce(i + 2));
    }
    return {
      mode,
      readyMs: probe.ready!,
      firstSendMs,
      mockStartMs,
      warmSendMs,
      status: (await status.textContent())?.trim() ?? '',
    };
  } finally {
    await context.close();
  }
}
