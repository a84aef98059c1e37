/**
 * Lighthouse (npm `lighthouse`, Node API) on Debian's Chromium started by chrome-launcher: its default
 * mobile profile (Moto G Power screen, simulated slow 4G and 4× CPU slowdown), performance and
 * accessibility only: the scores and the metrics behind them.
 */
import { round } from './util';

const LIGHTHOUSE_CHROME_FLAGS = (
  '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update ' +
  '--disable-sync --disable-default-apps --no-first-run --mute-audio'
).split(' ');

/** The part of Lighthouse's result (LH.Result) read here. */
interface Lhr {
  lighthouseVersion: string;
  configSettings: { formFactor: string };
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
}

const score = (lhr: Lhr, category: string) => {
  const s = lhr.categories[category]?.score;
  return typeof s === 'number' ? Math.round(s * 100) : null;
};

const numeric = (lhr: Lhr, audit: string, digits = 0) => round(lhr.audits[audit]?.numericValue, digits);

/** Starts Chromium once for every run of the session; Lighthouse resets storage and cache before each run. */
export async function lighthouseSession(chromePath: string) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: LIGHTHOUSE_CHROME_FLAGS, logLevel: 'silent' });
  let version = '';
  const run = async (url: string) => {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const lhr = result.lhr as unknown as Lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    version = lhr.lighthouseVersion;
    return {
      formFactor: lhr.configSettings.formFactor,
      performance: score(lhr, 'performance'),
      accessibility: score(lhr, 'accessibility'),
      fcpMs: numeric(lhr, 'first-contentful-paint'),
      lcpMs: numeric(lhr, 'largest-contentful-paint'),
      tbtMs: numeric(lhr, 'total-blocking-time'),
      cls: numeric(lhr, 'cumulative-layout-shift', 4),
      speedIndexMs: numeric(lhr, 'speed-index'),
    };
  };
  return {
    get version() {
      return version;
    },
    run,
    close: async () => {
      chrome.kill();
    },
  };
}
