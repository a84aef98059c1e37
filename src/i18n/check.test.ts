import { describe, expect, it } from 'vitest';
import { emptyCatalog, md5 } from './catalog';
import type { OperationData } from '../openapi/types';
import * as check from './check';

const op: OperationData = {
  id: 'a-get',
  method: 'GET',
  path: '/a',
  tag: 'A',
  summary: 'Get a',
  description: 'Returns a.',
  secured: false,
  parameters: [{ name: 'id', in: 'query', required: false, description: 'Which a.', schema: {} }],
  responses: [],
};
const en: check.EnglishSources = {
  info: { title: 'API', description: 'All of it.' },
  tags: [{ name: 'A', description: 'As.' }],
  operations: [op],
  texts: [{ key: '/components/responses/Gone/description', text: 'It is `gone`.', uses: 1 }],
};

describe('spec catalogs', () => {
  it('counts everything missing in an empty catalog', () => {
    const findings = check.checkSpecCatalog('fr', 'fr.json', emptyCatalog('fr'), en);
    expect(findings.map((f) => [f.where, f.status])).toEqual([
      ['fr.json#info', 'missing'],
      ['fr.json#tags/A', 'missing'],
      ['fr.json#operations/a-get', 'missing'],
      ['fr.json#parameters/id', 'missing'],
      ['fr.json#texts/components/responses/Gone/description', 'missing'],
    ]);
  });

  it('treats unstamped entries as stale, stamped ones as translated, and English edits as stale again', () => {
    const catalog = {
      ...emptyCatalog('fr'),
      info: { title: 'API', description: 'Tout.' },
      tags: { A: { label: 'A', description: 'Des A.' } },
      operations: { 'a-get': { summary: 'Obtenir a', description: 'Renvoie a.' } },
      parameters: { id: { description: 'Quel a.' } },
      texts: { '/components/responses/Gone/description': { text: 'Il a `disparu`.' } },
    };
    expect(check.checkSpecCatalog('fr', 'f', catalog, en).every((f) => f.status === 'stale')).toBe(true);
    const stamped = check.stampSpecCatalog(catalog, en);
    expect(check.checkSpecCatalog('fr', 'f', stamped, en).every((f) => f.status === 'translated')).toBe(true);
    const changed = { ...en, operations: [{ ...op, description: 'Returns a, now with b.' }] };
    const statuses = check.checkSpecCatalog('fr', 'f', stamped, changed).map((f) => f.status);
    expect(statuses).toEqual(['translated', 'translated', 'stale', 'translated', 'translated']);
    const response = { ...en, texts: [{ ...en.texts[0], text: 'It is `gone` for good.' }] };
    expect(check.checkSpecCatalog('fr', 'f', stamped, response).map((f) => f.status)).toEqual([
      'translated',
      'translated',
      'translated',
      'translated',
      'stale',
    ]);
  });
});

describe('textSources', () => {
  const document = {
    info: { title: 'API', description: 'All of it.' },
    servers: [{ url: '/', description: 'Your server' }],
    tags: [{ name: 'A', description: 'As.' }],
    paths: {
      '/a': {
        get: {
          summary: 'Get a',
          description: 'Returns a.',
          parameters: [{ name: 'id', in: 'query', description: 'Which a.' }],
          responses: { '200': { description: 'Done.' }, '404': { $ref: '#/components/responses/Gone' } },
        },
      },
      '/b': {
        get: {
          summary: 'Get b',
          parameters: [{ name: 'id', in: 'query', description: 'Which b.' }],
          responses: { '200': { description: 'Done.' } },
        },
      },
    },
    components: {
      responses: { Gone: { description: 'It is `gone`.' } },
      schemas: { Error: { description: 'An error.', properties: { code: { description: 'Its code.' } } } },
    },
  };
  const b: OperationData = { ...op, id: 'b-get', path: '/b', parameters: [{ ...op.parameters[0], description: 'Which b.' }] };

  it('holds every text no other section has, once per English text, keyed by its first pointer', () => {
    expect(check.textSources(document, [op, b])).toEqual([
      { key: '/servers/0/description', text: 'Your server', uses: 1 },
      { key: '/paths/~1a/get/responses/200/description', text: 'Done.', uses: 2 },
      { key: '/paths/~1b/get/parameters/0/description', text: 'Which b.', uses: 1 },
      { key: '/components/responses/Gone/description', text: 'It is `gone`.', uses: 1 },
      { key: '/components/schemas/Error/description', text: 'An error.', uses: 1 },
      { key: '/components/schemas/Error/properties/code/description', text: 'Its code.', uses: 1 },
    ]);
  });
});

describe('pages', () => {
  const english = '# Title\n\nBody.\n';
  it('reads and writes _i18n_hash in front matter', () => {
    const page = check.stampPage('---\nsidebar_position: 1\n---\n# Titre\n', english);
    expect(page).toBe(`---\nsidebar_position: 1\n_i18n_hash: ${md5(english)}\n---\n# Titre\n`);
    expect(check.checkPage('fr', 'p', english, page).status).toBe('translated');
    expect(check.checkPage('fr', 'p', `${english}More.\n`, page).status).toBe('stale');
    expect(check.checkPage('fr', 'p', english, undefined).status).toBe('missing');
  });
  it('adds front matter to a page without any', () => {
    expect(check.stampPage('# Titre\n', english)).toBe(`---\n_i18n_hash: ${md5(english)}\n---\n# Titre\n`);
  });
});

describe('message catalogs and UI strings', () => {
  it('needs every English key and the current hash', () => {
    const english = { a: 'A', b: ['B'] };
    expect(check.checkMessageCatalog('fr', 'g', english, 'h1', { messages: { a: 'A' }, hash: 'h1' }).status).toBe('missing');
    expect(check.checkMessageCatalog('fr', 'g', english, 'h1', { messages: { a: 'x', b: ['y'] }, hash: 'h0' }).status).toBe('stale');
    expect(check.checkMessageCatalog('fr', 'g', english, 'h1', { messages: { a: 'x', b: ['y'] }, hash: 'h1' }).status).toBe('translated');
  });

  it('flags UI ids that are absent, unstamped or changed in English', () => {
    const english = { send: { message: 'Send' }, cancel: { message: 'Cancel' }, hide: { message: 'Hide' } };
    const fr = { send: { message: 'Envoyer' }, cancel: { message: 'Annuler' } };
    const hashes = check.stampCodeMessages(english, fr);
    const changed = { ...english, cancel: { message: 'Stop' } };
    expect(check.checkCodeMessages('fr', 'code.json', changed, fr, hashes).map((f) => f.status)).toEqual(['translated', 'stale', 'missing']);
  });
});

describe('summarize', () => {
  it('counts per locale', () => {
    const s = check.summarize([
      { locale: 'fr', where: 'a', status: 'translated' },
      { locale: 'fr', where: 'b', status: 'stale' },
      { locale: 'de', where: 'a', status: 'missing' },
    ]);
    expect(Object.fromEntries(s)).toEqual({ fr: { translated: 1, missing: 0, stale: 1 }, de: { translated: 0, missing: 1, stale: 0 } });
  });
});
