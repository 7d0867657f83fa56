/**
 * Every test renders with the portal's real translations, all loaded up front (so nothing
 * suspends), in English unless a test switches language; each test starts in English again.
 */
import { cleanup } from '@testing-library/react';
import { createI18n, languages, namespaces, type CreateI18nOptions } from '../i18n/i18n';

function allTranslations(): NonNullable<CreateI18nOptions['resources']> {
  return Object.fromEntries(
    languages.map((language) => [language, Object.fromEntries(namespaces.map((namespace) => [namespace, jest.requireActual<Record<string, string>>(`../locales/${language}/${namespace}.json`)]))]),
  );
}

const hasDom = typeof window !== 'undefined';

/** Plain Node tests (`@jest-environment node`) render nothing and have no DOM: they get no instance. */
export const testI18n = hasDom ? createI18n({ language: 'en', resources: allTranslations() }) : undefined;

afterEach(async () => {
  if (!testI18n) return;
  // Unmount first, so changing back to English re-renders nothing.
  cleanup();
  window.localStorage.clear();
  await testI18n.changeLanguage('en');
});
