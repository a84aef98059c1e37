import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales';
import { CONSTRAINT_MESSAGES } from '../schema/constraints';
import { MARKDOWN_LABEL_IDS, markdownLabels } from './labels';
import { labelsOf } from './fixtures';

describe('markdownLabels', () => {
  it.each(LOCALES)('finds every label in %s', (locale) => {
    const { constraints, ...words } = labelsOf(locale);
    expect(Object.keys(words)).toEqual(Object.keys(MARKDOWN_LABEL_IDS));
    expect(Object.keys(constraints)).toEqual(Object.keys(CONSTRAINT_MESSAGES));
    for (const value of [...Object.values(words), ...Object.values(constraints)]) expect(value.trim()).not.toBe('');
  });
  it('takes the locale text, falls back to English, and fails on an id missing in both', () => {
    const ids = [...Object.values(MARKDOWN_LABEL_IDS), ...Object.values(CONSTRAINT_MESSAGES).map((m) => m.id)];
    const english = Object.fromEntries(ids.map((id) => [id, { message: `en ${id}` }]));
    const labels = markdownLabels({ 'api.params.title': { message: 'Paramètres' } }, english);
    expect(labels.parameters).toBe('Paramètres');
    expect(labels.responses).toBe('en api.responses.title');
    expect(labels.constraints.default).toBe('en api.schema.constraint.default');
    const { ['api.responses.title']: _gone, ...partial } = english;
    expect(() => markdownLabels({}, partial)).toThrow(/api\.responses\.title/);
  });
});
