/**
 * A checker (Ajv with its messages in the reader's language: the site's table, ajv-i18n for the rest) made once
 * per locale, on first use, from modules loaded then: Ajv and the ajv-i18n language stay out of the page until a
 * value is edited or an answer comes.
 */
import type { Localize } from 'ajv-i18n/localize/types';
import { loadLocalize } from '../../request/validation-locale';
import { validationMessages } from '../validation-messages';

export function lazyChecker<T>(make: (localize: Localize | undefined) => Promise<T>): (locale: string) => Promise<T> {
  const made = new Map<string, Promise<T>>();
  return (locale) => {
    let checker = made.get(locale);
    if (!checker) {
      checker = loadLocalize(locale, validationMessages()).then(make);
      // A failed load (offline?) is tried again next time rather than remembered.
      checker.catch(() => made.delete(locale));
      made.set(locale, checker);
    }
    return checker;
  };
}
