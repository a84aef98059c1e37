import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales';
import { MARKDOWN_LABEL_IDS, markdownLabels } from './labels';
import { labelsOf } from './fixtures';

describe('markdownLabels', () => {
  it.each(LOCALES)('finds every label in %s', (locale) => {
    const labels = labelsOf(locale);
    expect(Object.keys(labels)).toEqual(Object.keys(MARKDOWN_LABEL_IDS));
    for (const value of Object.values(labels)) expect(value.trim()).not.toBe('');
  });
  it('takes the locale text, falls back to English, and fails on an id missing in both', () => {
    const english = Object.fromEntries(Object.values(MARKDOWN_LABEL_IDS).map((id) => [id, { message: `en ${id}` }]));
    const labels = markdownLabels({ 'api.params.title': { message: 'Paramètres' } }, english);
    expect(labels.parameters).toBe('Paramètres');
    expect(labels.responses).toBe('en api.responses.title');
    const { ['api.responses.title']: _gone, ...partial } = english;
    expect(() => markdownLabels({}, partial)).toThrow(/api\.responses\.title/);
  });
});
