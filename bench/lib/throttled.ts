/**
 * One load of a page as a reader on a slow link gets it: a fresh Chromium context (empty cache) with CDP's
 * network emulation and CPU slowdown, on a site served like a static host (serve.ts). What the page observes
 * (web-vitals: FCP, LCP, CLS; long tasks; the Send probe of browser.ts) and what crossed
 * the wire (CDP Network.loadingFinished).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { PROBE, type ProbedWindow } from './browser';

/** A slow 3G-like phone (Lighthouse's mobile numbers), and a fair connection. */
export const PROFILES = [
  { name: 'slow', downKbps: 1600, upKbps: 750, rttMs: 300, cpuSlowdown: 4 },
  { name: 'fast', downKbps: 9000, upKbps: 1500, rttMs: 60, cpuSlowdown: 1 },
] as const;

export type ThrottleProfile = (typeof PROFILES)[number];

/** web-vitals (attribution build): FCP, LCP and CLS as Chromium's own tools score them. */
const WEB_VITALS = path.join(path.dirname(require.resolve('web-vitals/attribution')), 'web-vitals.attribution.iife.js');

// Installed before any page script, after web-vitals. Every CLS value is kept with when it was reported and the
// element that moved most, so the shifts after the reader's own Send can be left out.
const VITALS = `(() => {
  const v = { fcp: null, lcp: null, hydrated: null, cls: [], longTasks: [] };
  window.__benchVitals = v;
  // React has hydrated the navbar (every page has one): when the page as a whole is interactive.
  const poll = () => {
    const nav = document.querySelector('nav.navbar');
    if (nav && Object.keys(nav).some((k) => k.startsWith('__reactProps$'))) v.hydrated = performance.now();
    else if (performance.now() < 90000) setTimeout(poll, 20);
  };
  poll();
  const all = { reportAllChanges: true };
  webVitals.onFCP((m) => { v.fcp = m.value; });
  webVitals.onLCP((m) => { v.lcp = m.value; }, all);
  webVitals.onCLS((m) => v.cls.push({ t: performance.now(), value: m.value, target: m.attribution.largestShiftTarget ?? null }), all);
  try {
    new PerformanceObserver((list) => list.getEntries().forEach((e) => v.longTasks.push([e.startTime, e.duration])))
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

interface Vitals {
  fcp: number | null;
  lcp: number | null;
  hydrated: number | null;
  cls: Array<{ t: number; value: number; target: string | null }>;
  longTasks: Array<[number, number]>;
}

type VitalsWindow = ProbedWindow & { __benchVitals: Vitals };

/** Total blocking time: each long task's time past 50 ms, for the tasks that start after first paint. */
export function totalBlockingTime(longTasks: Array<[number, number]>, fcp: number | null): number {
  return longTasks
    .filter(([start]) => fcp === null || start >= fcp)
    .reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
}

/**
 * Loads `url` under `profile`. With `send`, presses the playground's Send as soon as it takes a click
 * (hydrated, or armed by the early-send script) and waits for the answer. Then the page gets `settleMs`
 * more with the network quiet, so the tasks and shifts that follow hydration are counted too.
 */
export async function throttledLoad(
  browser: Browser,
  url: string,
  profile: ThrottleProfile,
  { send, settleMs = 2000 }: { send: boolean; settleMs?: number },
) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  try {
    await context.addInitScript({ content: PROBE });
    await context.addInitScript({ content: `${fs.readFileSync(WEB_VITALS, 'utf8')}\n${VITALS}` });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
      bytes += e.encodedDataLength;
      requests += 1;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.rttMs,
      downloadThroughput: (profile.downKbps * 1000) / 8,
      uploadThroughput: (profile.upKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const bytesAtLoad = bytes;
    if (send) {
      // The reader presses Send the moment it takes a click, and waits for the (mock) answer.
      await page.waitForFunction(() => (window as unknown as ProbedWindow).__benchProbe.accepts !== null, undefined, {
        timeout: 90_000,
        polling: 20,
      });
      await page.locator('[data-testid=send]').click({ timeout: 30_000 });
      const answered = () => (window as unknown as ProbedWindow).__benchProbe.statuses.length > 0;
      await page.waitForFunction(answered, undefined, { timeout: 90_000, polling: 50 });
    }
    await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
    await page.waitForTimeout(settleMs);
    const { probe, vitals } = await page.evaluate(() => {
      const w = window as unknown as VitalsWindow;
      return { probe: w.__benchProbe, vitals: w.__benchVitals };
    });
    const response = probe.statuses[0] ?? null;
    // The answer's panel pushes what is below it down: a shift the reader asked for, not counted.
    const shifts = response === null ? vitals.cls : vitals.cls.filter((x) => x.t < response);
    return {
      bytes,
      bytesAtLoad,
      requests,
      fcpMs: vitals.fcp,
      hydratedMs: vitals.hydrated,
      lcpMs: vitals.lcp,
      tbtMs: totalBlockingTime(vitals.longTasks, vitals.fcp),
      longTasks: vitals.longTasks.length,
      cls: shifts.at(-1)?.value ?? 0,
      shifts,
      sendUsableMs: send ? probe.accepts : null,
      sendHydratedMs: send ? probe.ready : null,
      firstResponseMs: response,
      clickToResponseMs: response !== null && probe.clicks.length ? response - probe.clicks[0] : null,
    };
  } finally {
    await context.close();
  }
}
