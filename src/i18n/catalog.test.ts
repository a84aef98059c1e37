import { describe, expect, it } from 'vitest';
import { emptyCatalog, localizeOperation, md5, operationSource } from './catalog';
import type { OperationData } from '../openapi/types';

const op: OperationData = {
  id: 'x-get',
  method: 'GET',
  path: '/x/{id}',
  tag: 'X',
  summary: 'Get x',
  description: 'Returns x.',
  secured: true,
  parameters: [{ name: 'id', in: 'path', required: true, description: 'The id.', schema: { type: 'string' } }],
  responses: [],
};

describe('localizeOperation', () => {
  it('keeps English and marks it translated in the default locale', () => {
    expect(localizeOperation(op, emptyCatalog('en'))).toMatchObject({ summary: 'Get x', translated: true });
  });

  it('falls back to English and says so when a locale has no entry', () => {
    expect(localizeOperation(op, emptyCatalog('fr'))).toMatchObject({ summary: 'Get x', translated: false });
  });

  it('uses the entry and shared parameter descriptions made from the same English', () => {
    const catalog = {
      ...emptyCatalog('fr'),
      operations: { 'x-get': { summary: 'Obtenir x', description: 'Renvoie x.', _i18n_hash: md5(operationSource(op)) } },
      parameters: { id: { description: "L'identifiant.", _i18n_hash: md5('The id.') } },
    };
    const fr = localizeOperation(op, catalog);
    expect(fr).toMatchObject({ summary: 'Obtenir x', description: 'Renvoie x.', translated: true });
    expect(fr.parameters[0].description).toBe("L'identifiant.");
  });

  it('keeps a parameter in English when its shared translation was made from other text', () => {
    const catalog = { ...emptyCatalog('fr'), parameters: { id: { description: 'Autre.', _i18n_hash: md5('Other.') } } };
    expect(localizeOperation(op, catalog).parameters[0].description).toBe('The id.');
  });
});
