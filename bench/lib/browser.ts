/**
 * The browser phases, on a served production build in Debian's Chromium (fresh context = empty cache):
 * page weight of an operation page vs a guide, and the playground's time to ready and to a mock response.
 */
import zlib from 'node:zlib';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import type { PlaygroundMode, PlaygroundRun, ScriptWeight } from './types';

export type { PlaygroundRun };

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

const VIEWPORT = { width: 1400, height: 900 };

function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'allow' });
}

export interface PageWeight {
  url: string;
  /**
   * The requests the page needs (document, styles, scripts, images, fonts, data): every request except
   * those Chromium files as "other", i.e. Docusaurus' `<link rel=prefetch>` of linked routes' chunks and the
   * favicon, which come after load whenever the browser is idle and so vary from load to load.
   */
  requests: number;
  /** The "other" requests: prefetches (and the favicon), reported apart. */
  otherRequests: number;
  /** Scripts the page executed (resource type "script"): gzip size of their bodies, and raw size. */
  jsRequests: number;
  jsGzipBytes: number;
  jsRawBytes: number;
  /** Route chunks Docusaurus prefetched for visible links (`<link rel=prefetch>`), not executed: reported apart. */
  prefetchRequests: number;
  prefetchJsGzipBytes: number;
  /** Everything transferred (bodies, uncompressed as served, gzip-computed for JS/CSS/HTML/JSON). */
  allGzipBytes: number;
  /** Executed scripts holding the playground's code (its Send button), wherever the bundler put it. */
  playgroundChunkGzipBytes: number;
  scripts: ScriptWeight[];
}

/** The compiled Send button of the playground: marks a chunk as carrying the playground. */
const PLAYGROUND_MARKER = '"data-testid":"send"';

const COMPRESSIBLE = /javascript|css|html|json|svg|text/i;

function gzipSize(body: Buffer): number {
  return zlib.gzipSync(body, { level: 6 }).length;
}

/** Loads `url` in a fresh context and sums what it transferred until the network went idle. */
export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const result: PageWeight = {
    url,
    requests: 0,
    otherRequests: 0,
    jsRequests: 0,
    jsGzipBytes: 0,
    jsRawBytes: 0,
    prefetchRequests: 0,
    prefetchJsGzipBytes: 0,
    allGzipBytes: 0,
    playgroundChunkGzipBytes: 0,
    scripts: [],
  };
  page.on('request', (request) => {
    if (request.resourceType() === 'other') result.otherRequests += 1;
    else result.requests += 1;
  });
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const request = response.request();
        let body: Buffer;
        try {
          body = await response.body();
        } catch {
          return; // redirects and aborted requests have no body
        }
        const type = String(response.headers()['content-type'] ?? '');
        const isJs = /javascript/.test(type) || /\.m?js(\?|$)/.test(request.url());
        const gz = COMPRESSIBLE.test(type) || isJs ? gzipSize(body) : body.length;
        result.allGzipBytes += gz;
        if (!isJs) return;
        if (request.resourceType() === 'script') {
          result.jsRequests += 1;
          result.jsGzipBytes += gz;
          result.jsRawBytes += body.length;
          const playground = body.includes(PLAYGROUND_MARKER);
          if (playground) result.playgroundChunkGzipBytes += gz;
          result.scripts.push({
            url: new URL(request.url()).pathname,
            gzipBytes: gz,
            rawBytes: body.length,
            playground,
          });
        } else {
          result.prefetchRequests += 1;
          result.prefetchJsGzipBytes += gz;
        }
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  await Promise.all(pending);
  result.scripts.sort((a, b) => b.gzipBytes - a.gzipBytes);
  await context.close();
  return result;
}

// Installed before any page script: records (performance.now(), i.e. ms since navigation start) when the
// Send button is enabled and hydrated (React has attached its props), and every click and response status.
export const PROBE = `(() => {
  const probe = { sendSeen: null, sendEnabled: null, sendHydrated: null, ready: null, accepts: null, clicks: [], statuses: [] };
  window.__benchProbe = probe;
  const hydrated = (el) => Object.keys(el).some((k) => k.startsWith('__reactProps$'));
  const check = () => {
    const now = performance.now();
    const send = document.querySelector('[data-testid=send]');
    if (send) {
      if (probe.sendSeen === null) probe.sendSeen = now;
      if (probe.sendEnabled === null && !send.disabled) probe.sendEnabled = now;
      if (probe.sendHydrated === null && hydrated(send)) probe.sendHydrated = now;
      if (probe.ready === null && !send.disabled && hydrated(send)) probe.ready = now;
      // Takes a click: hydrated, or armed by the early-send script (src/playground/early-send.ts) before it.
      if (probe.accepts === null && !send.disabled && (hydrated(send) || (send.form && send.form.hasAttribute('data-early-send')))) probe.accepts = now;
    }
  };
  new MutationObserver((records) => {
    check();
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 1 && (n.matches('[data-testid=response-status]') || n.querySelector('[data-testid=response-status]'))) {
        probe.statuses.push(performance.now());
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
  // Hydration attaches props without touching the DOM: poll for it until ready.
  const poll = () => { check(); if (probe.ready === null) setTimeout(poll, 5); };
  poll();
  document.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('[data-testid=send]')) probe.clicks.push(performance.now());
  }, true);
})();`;

export interface Probe {
  sendSeen: number | null;
  sendEnabled: number | null;
  sendHydrated: number | null;
  ready: number | null;
  accepts: number | null;
  clicks: number[];
  statuses: number[];
}

/** The page's window with the probe PROBE installs (these functions run in the page). */
export type ProbedWindow = { __benchProbe: Probe };

/**
 * One fresh load of `url`: time to a usable Send button, then a first send and `warm` more.
 * `reader` (the measured path) does what a reader does before pressing Send: the pointer reaches the
 * playground, which starts the mock; the run records how long that start takes, waits for it, then sends.
 * `cold` clicks Send as soon as it is ready, so the first send includes starting the mock.
 */
export async function playgroundRun(
  browser: Browser,
  url: string,
  warm: number,
  mode: PlaygroundMode = 'reader',
): Promise<PlaygroundRun> {
  const context = await newContext(browser);
  try {
    await context.addInitScript({ content: PROBE });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const send = page.locator('[data-testid=send]');
    await page.waitForFunction(() => (window as unknown as ProbedWindow).__benchProbe.ready !== null, undefined, {
      timeout: 30_000,
      polling: 20,
    });
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
      const probe = await page.evaluate(() => (window as unknown as ProbedWindow).__benchProbe);
      const click = probe.clicks[n - 1];
      return probe.statuses.find((t) => t >= click)! - click;
    };
    let mockStartMs: number | null = null;
    if (mode === 'reader') {
      const reached = await page.evaluate(() => performance.now());
      await page.locator('[data-testid=playground]').hover({ position: { x: 8, y: 8 } });
      await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
        timeout: 30_000,
        polling: 10,
      });
      mockStartMs = (await page.evaluate(() => performance.now())) - reached;
    }
    const firstSendMs = await sendOnce(1);
    const warmSendMs: number[] = [];
    for (let i = 0; i < warm; i += 1) {
      await page.waitForTimeout(100);
      warmSendMs.push(await sendOnce(i + 2));
    }
    const probe = await page.evaluate(() => (window as unknown as ProbedWindow).__benchProbe);
    return {
      readyMs: probe.ready!,
      sendSeenMs: probe.sendSeen,
      sendEnabledMs: probe.sendEnabled,
      sendHydratedMs: probe.sendHydrated,
      firstSendMs,
      mockStartMs,
      warmSendMs,
      status: (await status.textContent())?.trim() ?? '',
    };
  } finally {
    await context.close();
  }
}
