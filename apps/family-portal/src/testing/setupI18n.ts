/**
 * Every test renders with the portal's real translations, all loaded up front (so nothing
 * suspends), in English unless a test switches language; each test starts in English again.
 */
import { cleanup } from '@testing-library/react';
import type { Resource } from 'i18next';
import { createI18n, languages, namespaces } from '../i18n/i18n';

function allTranslations(): Resource {
  const resources: Resource = {};
  for (const language of languages) {
    resources[language] = {};
    for (const namespace of namespaces) {
      resources[language][namespace] = jest.requireActual<Record<string, unknown>>(`../locales/${language}/${namespace}.json`);
    }
  }
  return resources;
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
