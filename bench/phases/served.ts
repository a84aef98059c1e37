/**
 * Phases slow-network and lighthouse, on the site's build served like a static host (lib/serve.ts), next to
 * plain Docusaurus's guide page (built here, English, when no plain baseline is given):
 * - slow network: fresh loads under the two throttled profiles (lib/throttled.ts), the pages taking turns:
 *   bytes over the wire, FCP, LCP, TBT, CLS, when Send takes a click; medians and spread;
 * - Lighthouse: mobile profile, a few runs each, medians.
 * And the budget of the instance-document comparison (≤ 300 ms main thread at CPU ÷4).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BenchContext } from '../run';
import { CHROMIUM_PATH, launch, mainThreadMs, textShown } from '../../test/support/chromium';
import { startServer } from '../../src/instance/fixtures/servers';
import { REACT_PROPS_KEY_PREFIX } from '../../src/upstream-internals';
import { lighthouseSession } from '../lib/lighthouse';
import { SERVED_AS, serveBuild } from '../lib/serve';
import { countHtml } from '../lib/sites';
import { PROFILES, throttledLoad } from '../lib/throttled';
import { firstLine, log, median, round } from '../lib/util';
import { plainBuild } from './build';

const OPERATION = '/docs/api/global-config';
const GUIDE = '/docs/getting-started';

type Page = { page: 'operation' | 'guide' | 'plainGuide'; path: string; url: string; send: boolean };
type Load = Awaited<ReturnType<typeof throttledLoad>>;

/** Median and spread of each figure of a page's loads. */
function figuresOf(loads: Load[]) {
  const keys = ['bytes', 'fcpMs', 'lcpMs', 'hydratedMs', 'tbtMs', 'cls', 'sendUsableMs', 'sendHydratedMs'] as const;
  const of = (key: keyof Load, digits = key === 'cls' ? 4 : 0) => {
    const values = loads.flatMap((l) => (typeof l[key] === 'number' ? [l[key]] : []));
    return {
      median: round(median(values), digits),
      min: values.length ? round(Math.min(...values), digits) : null,
      max: values.length ? round(Math.max(...values), digits) : null,
    };
  };
  return Object.fromEntries([...keys, 'firstResponseMs'].map((k) => [k, of(k as keyof Load)])) as Record<
    (typeof keys)[number] | 'firstResponseMs',
    ReturnType<typeof of>
  >;
}

async function slowNetwork(ctx: BenchContext, pages: Page[]) {
  const browser = await launch();
  const close = ctx.hold(() => browser.close());
  const profiles = [];
  for (const profile of PROFILES) {
    log(`phase slow-network: ${profile.name}, ${ctx.config.throttledLoads} loads per page`);
    const loads = new Map<Page, Load[]>(pages.map((p) => [p, []]));
    for (let i = 0; i < ctx.config.throttledLoads; i += 1)
      for (const p of pages) {
        try {
          const l = await throttledLoad(browser, p.url, profile, { send: p.send });
          loads.get(p)!.push(l);
          log(
            `  ${profile.name} ${p.page} ${i + 1}: ${Math.round(l.bytes / 1024)} KB, FCP ${round(l.fcpMs, 0)}, hydrated ${round(l.hydratedMs, 0)}, TBT ${round(l.tbtMs, 0)} ms, CLS ${round(l.cls, 3)}${p.send ? `, Send takes a click ${round(l.sendUsableMs, 0)}, answer ${round(l.firstResponseMs, 0)} ms` : ''}`,
          );
        } catch (error) {
          ctx.errors.push(`slow-network ${profile.name} ${p.page} load ${i + 1}: ${firstLine(error)}`);
        }
      }
    profiles.push({
      profile,
      pages: pages.map((p) => ({
        page: p.page,
        path: p.path,
        figures: figuresOf(loads.get(p)!),
        loads: loads.get(p)!,
      })),
    });
  }
  const chromium = browser.version();
  await close();
  return { result: { served: SERVED_AS, profiles }, chromium };
}

async function lighthouse(ctx: BenchContext, pages: Page[]) {
  log(`phase lighthouse: ${pages.map((p) => p.page).join(', ')}, mobile, ${ctx.config.lighthouseRuns} runs each`);
  const session = await lighthouseSession(CHROMIUM_PATH);
  const close = ctx.hold(session.close);
  type Run = Omit<Awaited<ReturnType<typeof session.run>>, 'formFactor'>;
  const byPage = new Map<Page, Run[]>(pages.map((p) => [p, []]));
  let formFactor = '';
  try {
    for (let i = 0; i < ctx.config.lighthouseRuns; i += 1)
      for (const p of pages) {
        try {
          const { formFactor: f, ...run } = await session.run(p.url);
          formFactor = f;
          byPage.get(p)!.push(run);
          log(`  ${p.page} ${i + 1}: performance ${run.performance}, TBT ${run.tbtMs} ms, LCP ${run.lcpMs} ms`);
        } catch (error) {
          ctx.errors.push(`lighthouse ${p.page} run ${i + 1}: ${firstLine(error)}`);
        }
      }
  } finally {
    await close();
  }
  const medianOf = (runs: Run[]) => {
    const of = (k: keyof Run, digits = 0) => round(median(runs.map((r) => r[k] as number | null)), digits);
    const keys = ['performance', 'accessibility', 'fcpMs', 'lcpMs', 'tbtMs', 'speedIndexMs'] as const;
    return { ...Object.fromEntries(keys.map((k) => [k, of(k)])), cls: of('cls', 4) } as Record<
      (typeof keys)[number] | 'cls',
      number | null
    >;
  };
  const measured = pages.map((p) => ({
    page: p.page,
    path: p.path,
    median: medianOf(byPage.get(p)!),
    runs: byPage.get(p)!,
  }));
  const perf = (page: string) => measured.find((m) => m.page === page)?.median.performance ?? null;
  const plain = perf('plainGuide');
  const operation = perf('operation');
  return {
    version: session.version,
    formFactor,
    pages: measured,
    performanceGap: plain !== null && operation !== null ? plain - operation : null,
  };
}

/**
 * The budget of the comparison with an instance's document (src/instance): the operation page, at CPU ÷4, checks a
 * local Tianji serving its 240 KB v1.30.25 document at /open/_document; the page's main-thread time from the check's
 * start to the version shown, median of three fresh pages.
 */
export async function instanceComparison(ctx: BenchContext, url: string) {
  const version = 'v1.30.25';
  const [instance, browser] = await Promise.all([startServer('tianji', version), launch()]);
  const close = ctx.hold(() => Promise.all([browser.close(), instance.close()]).then(() => undefined));
  const runs: number[] = [];
  try {
    for (let i = 0; i < 3; i += 1) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.waitForFunction(
        (p) => Object.keys(document.querySelector('[data-testid=send]') ?? {}).some((k) => k.startsWith(p)),
        REACT_PROPS_KEY_PREFIX,
      );
      // Picked without the pointer, which would start the mock (its service worker would be measured too).
      await page.locator('[data-testid=playground] input[value="instance"]').evaluate((r: HTMLElement) => r.click());
      await page.getByLabel('Instance URL').fill(instance.url);
      await page.getByTestId('instance-status').waitFor();
      runs.push(round(await mainThreadMs(page, 4, () => textShown(page, 'instance-version', version)), 0)!);
      log(`  instance comparison ${i + 1}: ${runs.at(-1)} ms of main thread at CPU ÷4`);
      await page.context().close();
    }
  } catch (error) {
    ctx.errors.push(`instance comparison: ${firstLine(error)}`);
  } finally {
    await close();
  }
  return { document: version, mainThreadMs: round(median(runs), 0), runs };
}

export async function servedPhases(ctx: BenchContext, siteDir: string | undefined, plainDir: string | undefined) {
  const phases = new Set(ctx.options.phases);
  if (!siteDir || !fs.existsSync(path.join(siteDir, 'build/index.html'))) {
    ctx.errors.push('slow-network and lighthouse skipped: no built site (build it, or give --reuse-site)');
    return { slowNetwork: null, lighthouse: null, chromium: null, instanceComparison: null };
  }
  let plain = plainDir;
  if (!plain) {
    const docs = countHtml(path.join(siteDir, 'build/docs'));
    log(`  no plain baseline given: building one (English, ${docs} docs) for its guide page`);
    const built = await plainBuild(ctx, docs, ['en']);
    plain = built.failure ? undefined : built.dir;
  }
  const site = await serveBuild(siteDir, { compressed: true });
  const closers = [ctx.hold(site.close)];
  const pages: Page[] = [
    { page: 'operation', path: OPERATION, url: `${site.base}${OPERATION}`, send: true },
    { page: 'guide', path: GUIDE, url: `${site.base}${GUIDE}`, send: false },
  ];
  if (plain && fs.existsSync(path.join(plain, 'build/index.html'))) {
    const served = await serveBuild(plain, { compressed: true });
    closers.push(ctx.hold(served.close));
    pages.push({ page: 'plainGuide', path: GUIDE, url: `${served.base}${GUIDE}`, send: false });
  }
  try {
    const slow = phases.has('slow-network') ? await slowNetwork(ctx, pages) : undefined;
    return {
      slowNetwork: slow?.result ?? null,
      lighthouse: phases.has('lighthouse') ? await lighthouse(ctx, pages) : null,
      chromium: slow?.chromium ?? null,
      instanceComparison: await instanceComparison(ctx, pages[0]!.url),
    };
  } finally {
    for (const close of closers) await close();
    if (plain !== plainDir) ctx.dropTemp(plain);
  }
}
