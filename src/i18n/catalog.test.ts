import { describe, expect, it } from 'vitest';
import { emptyCatalog, localizeOperation, localizeText, md5, operationSource } from './catalog';
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

describe('texts (responses, schemas, everything else)', () => {
  const withResponses: OperationData = {
    ...op,
    parameters: [{ ...op.parameters[0], description: 'Another id.' }],
    responses: [
      { status: '200', description: 'The request succeeded.' },
      {
        status: '400',
        description: 'The input failed validation.',
        schema: {
          type: 'object',
          description: 'The body of every error response.',
          properties: { description: { type: 'string', description: 'Where it is.', enum: ['The body of every error response.'] } },
        },
        example: { description: 'The body of every error response.' },
      },
    ],
  };
  const entry = (english: string, text: string) => ({ text, _i18n_hash: md5(english) });
  const catalog = {
    ...emptyCatalog('fr'),
    texts: {
      '/a': entry('The request succeeded.', 'La requête a abouti.'),
      '/b': entry('The body of every error response.', "Le corps de toute réponse d'erreur."),
      '/c': entry('Where it is.', 'Où il est.'),
      '/d': entry('Another id.', 'Un autre identifiant.'),
      '/e': { text: 'Non tamponné.' },
    },
  };

  it('translates response and schema descriptions wherever they repeat, never the data', () => {
    const fr = localizeOperation(withResponses, catalog);
    expect(fr.responses[0].description).toBe('La requête a abouti.');
    expect(fr.responses[1].description).toBe('The input failed validation.'); // no entry: English stays
    expect(fr.responses[1].schema).toEqual({
      type: 'object',
      description: "Le corps de toute réponse d'erreur.",
      properties: { description: { type: 'string', description: 'Où il est.', enum: ['The body of every error response.'] } },
    });
    expect(fr.responses[1].example).toEqual({ description: 'The body of every error response.' });
    expect(fr.parameters[0].description).toBe('Un autre identifiant.');
  });

  it('uses only entries made from this very English (stamped)', () => {
    expect(localizeText('Non tamponné.', catalog)).toBe('Non tamponné.');
    expect(localizeText('Changed English.', catalog)).toBe('Changed English.');
    expect(localizeText('The request succeeded.', { ...catalog, locale: 'en' })).toBe('The request succeeded.');
  });
});
