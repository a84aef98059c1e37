/**
 * The changelog of the API, one page per locale at `<base URL>changelog`, from the committed history
 * (openapi/history.json, src/history/): every release newest first, each entry linking to today's operation page
 * and the parameter's or field's anchor. Its data is the route's own module, so only this page loads it. After the
 * build, its Markdown twin (`changelog.md`) and its Atom feed (`changelog.xml`) are written beside it. Nothing is
 * added when the spec is not the release the history ends with (another spec: SPEC=…).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import { buildChangelog } from '../history/changelog';
import { changelogPage, type ChangelogData, type OperationPage } from '../history/changelog-page';
import { pageOutline } from '../history/anchors';
import { historyFor, preparedSpecVersion } from '../history/generated';
import { readGeneratedOperations } from '../openapi/model';
import { localizeOperation, readCatalog } from '../i18n/catalog';
import { DEFAULT_LOCALE } from '../i18n/locales';
import { SPEC_CATALOG_DIR, codeTranslationsFile } from '../site-layout';
import { changelogMarkdown, codeWords } from '../markdown-pages/changelog';
import { markdownUrl, operationIdOf } from '../markdown-pages/twins';
import { changelogAtom } from './changelog-feed';

/** The page's path under the locale's base URL; its twin and feed sit beside it. */
export const CHANGELOG_PATH = 'changelog';
export const CHANGELOG_FEED = `${CHANGELOG_PATH}.xml`;

type AllDocs = Record<string, Record<string, LoadedContent | undefined> | undefined>;

export default function changelogPlugin(context: LoadContext): Plugin {
  const { siteDir, baseUrl } = context;
  const locale = context.i18n.currentLocale;
  const pagePath = `${baseUrl}${CHANGELOG_PATH}`;
  let data: ChangelogData | undefined;

  return {
    name: 'changelog',
    async allContentLoaded({ allContent, actions }) {
      const { records, note } = historyFor(siteDir, preparedSpecVersion(siteDir));
      if (!records) {
        console.log(`[INFO] No changelog: ${note}.`);
        return;
      }
      // Today's operation pages, as this locale's docs plugin made them (one home for their URLs).
      const docs = (allContent as AllDocs)['docusaurus-plugin-content-docs']?.default;
      const permalinks = new Map<string, string>();
      for (const doc of docs?.loadedVersions.flatMap((v) => v.docs) ?? []) {
        const id = operationIdOf(doc);
        if (id) permalinks.set(id, doc.permalink);
      }
      const catalog = readCatalog(path.join(siteDir, SPEC_CATALOG_DIR), locale);
      const pages = new Map<string, OperationPage>();
      for (const op of readGeneratedOperations(siteDir)) {
        const permalink = permalinks.get(op.id);
        if (!permalink) continue;
        pages.set(op.id, { permalink, summary: localizeOperation(op, catalog).summary, outline: pageOutline(op) });
      }
      data = {
        versions: changelogPage(buildChangelog(records), (id) => pages.get(id)),
        markdown: markdownUrl(pagePath),
        feed: `${baseUrl}${CHANGELOG_FEED}`,
      };
      const module = await actions.createData('changelog.json', JSON.stringify(data));
      actions.addRoute({
        path: pagePath,
        component: '@site/src/components/Changelog',
        exact: true,
        modules: { changelog: module },
      });
    },
    async postBuild({ outDir, siteConfig }) {
      if (!data) return;
      const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(siteDir, file), 'utf8'));
      const t = codeWords(readJson(codeTranslationsFile(locale)), readJson(codeTranslationsFile(DEFAULT_LOCALE)));
      const origin = siteConfig.url.replace(/\/$/, '');
      const local = (url: string) => path.join(outDir, url.slice(baseUrl.length));
      fs.writeFileSync(local(data.markdown), changelogMarkdown(data.versions, t, origin));
      const atom = changelogAtom(
        data.versions,
        {
          title: t('changelog.feed.title'),
          pageUrl: `${origin}${pagePath}`,
          feedUrl: `${origin}${data.feed}`,
          language: context.i18n.localeConfigs[locale]?.htmlLang ?? locale,
        },
        t,
      );
      fs.writeFileSync(local(data.feed), atom);
    },
  };
}
