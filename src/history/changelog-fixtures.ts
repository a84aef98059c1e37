/** Two releases of a changelog page model, for the tests of its Markdown twin and its feed. */
import type { ChangelogVersion } from './changelog-page';

export const VERSIONS: ChangelogVersion[] = [
  {
    version: 'v1.1.0',
    date: '2024-02-01',
    anchor: 'v1.1.0',
    previous: 'v1.0.0',
    operationCount: 2,
    breakingCount: 2,
    added: [
      { id: 'site-new', method: 'get', path: '/new', href: '/ja/docs/api/site-new', breaking: false, changes: [] },
    ],
    removed: [{ id: 'site-old', method: 'get', path: '/old', breaking: true, changes: [] }],
    changed: [
      {
        id: 'site-add',
        method: 'post',
        path: '/site',
        summary: 'サイトを追加',
        href: '/ja/docs/api/site-add',
        breaking: true,
        changes: [
          {
            section: 'parameters',
            kind: 'required',
            location: 'query',
            name: 'tag',
            from: 'string',
            to: 'string',
            breaking: true,
            href: '/ja/docs/api/site-add#param.query.tag',
          },
          { section: 'response', kind: 'added', name: 'list[].id', to: 'string', breaking: false },
        ],
      },
    ],
  },
  {
    version: 'v1.0.0',
    date: '2024-01-01',
    anchor: 'v1.0.0',
    operationCount: 2,
    breakingCount: 0,
    added: [],
    removed: [],
    changed: [],
  },
];
