/**
 * The changelog's Atom feed of one locale (the `feed` package): one entry per release, newest first, dated by the
 * day its document was published, linking to the release's section of the changelog page, its summary in the
 * locale's words (the UI strings the page shows). Pure.
 */
import { Feed } from 'feed';
import type { ChangelogVersion } from '../history/changelog-page';
import type { Words } from '../markdown-pages/changelog';

export interface ChangelogFeedSite {
  /** The feed's title (the site's title and the page's). */
  title: string;
  /** The page's absolute URL. */
  pageUrl: string;
  /** The feed's absolute URL. */
  feedUrl: string;
  /** The BCP 47 tag of the locale. */
  language: string;
}

/** A release's day (YYYY-MM-DD) as a date at noon UTC, so it stays that day in every time zone's reading. */
export function releaseDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** One line saying what a release changed, in the locale's words. */
export function versionSummary(version: ChangelogVersion, t: Words): string {
  if (!version.previous) return t('changelog.baseline', { count: version.operationCount });
  if (version.added.length + version.removed.length + version.changed.length === 0) return t('changelog.noChange');
  return t('changelog.feed.summary', {
    added: version.added.length,
    removed: version.removed.length,
    changed: version.changed.length,
    breaking: version.breakingCount,
  });
}

export function changelogAtom(versions: ChangelogVersion[], site: ChangelogFeedSite, t: Words): string {
  const newest = versions[0];
  const feed = new Feed({
    id: site.pageUrl,
    title: site.title,
    description: t('changelog.intro'),
    link: site.pageUrl,
    language: site.language,
    updated: newest ? releaseDate(newest.date) : undefined,
    feedLinks: { atom: site.feedUrl },
    copyright: '',
    generator: 'Tianji API docs',
  });
  for (const version of versions) {
    const link = `${site.pageUrl}#${version.anchor}`;
    feed.addItem({
      id: link,
      title: version.version,
      link,
      date: releaseDate(version.date),
      description: versionSummary(version, t),
    });
  }
  return feed.atom1();
}
