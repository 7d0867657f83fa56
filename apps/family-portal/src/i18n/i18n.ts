import i18next, { type BackendModule, type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** The portal's languages: English and Welsh (Cymraeg). */
export const languages = ['en', 'cy'] as const;
export type Language = (typeof languages)[number];

/**
 * Text is split by area so a page downloads only its own: "common" is the frame every page shares
 * (header, navigation, loading and error messages); "validation" translates the shared schemas' and
 * the API's fixed messages, which arrive in English.
 */
export const namespaces = ['common', 'home', 'account', 'messages', 'help', 'changes', 'documents', 'views', 'consent', 'validation'] as const;
export type Namespace = (typeof namespaces)[number];

type Translations = Record<string, unknown>;
type Loader = () => Promise<{ default: Translations }>;

/**
 * One file per language and area, each its own chunk, downloaded the first time a page in that
 * language needs it. Written out (rather than globbed) so the same code runs under jest.
 */
const loaders: Record<Language, Record<Namespace, Loader>> = {
  en: {
    common: () => import('../locales/en/common.json'),
    home: () => import('../locales/en/home.json'),
    account: () => import('../locales/en/account.json'),
    messages: () => import('../locales/en/messages.json'),
    help: () => import('../locales/en/help.json'),
    changes: () => import('../locales/en/changes.json'),
    documents: () => import('../locales/en/documents.json'),
    views: () => import('../locales/en/views.json'),
    consent: () => import('../locales/en/consent.json'),
    validation: () => import('../locales/en/validation.json'),
  },
  cy: {
    common: () => import('../locales/cy/common.json'),
    home: () => import('../locales/cy/home.json'),
    account: () => import('../locales/cy/account.json'),
    messages: () => import('../locales/cy/messages.json'),
    help: () => import('../locales/cy/help.json'),
    changes: () => import('../locales/cy/changes.json'),
    documents: () => import('../locales/cy/documents.json'),
    views: () => import('../locales/cy/views.json'),
    consent: () => import('../locales/cy/consent.json'),
    validation: () => import('../locales/cy/validation.json'),
  },
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Reads one translation file; exported for tests. */
export async function loadTranslations(language: Language, namespace: Namespace): Promise<Translations> {
  return (await loaders[language][namespace]()).default;
}

const lazyFiles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    if (!isLanguage(language) || !(namespaces as readonly string[]).includes(namespace)) {
      callback(null, {});
      return;
    }
    loadTranslations(language, namespace as Namespace).then(
      (translations) => callback(null, translations),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** Where the person's choice is kept between visits. */
export const LANGUAGE_STORAGE_KEY = 'childfirst.familyPortal.language';

export function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : 'en';
  } catch {
    // Storage can be blocked (private modes, strict settings): English until they choose.
    return 'en';
  }
}

function keepLanguage(language: string) {
  if (!isLanguage(language)) return;
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not kept across visits, but the page still changes.
  }
}

export interface CreateI18nOptions {
  language?: Language;
  /** Every translation up front (tests): nothing is downloaded and nothing suspends. */
  resources?: Resource;
}

/**
 * The portal's i18next instance, also made react-i18next's default. The language is the one the
 * person chose last time (localStorage), English otherwise; choosing another sets <html lang> and
 * is kept for next time.
 */
export function createI18n({ language = storedLanguage(), resources }: CreateI18nOptions = {}): I18n {
  const instance = i18next.createInstance();
  if (!resources) instance.use(lazyFiles);
  instance.use(initReactI18next);
  instance.on('languageChanged', keepLanguage);
  void instance.init({
    lng: language,
    supportedLngs: languages,
    // Every English key is tested to exist in Welsh (i18n.spec.ts), so Welsh pages download no English.
    fallbackLng: false,
    load: 'currentOnly',
    ns: ['common'],
    defaultNS: 'common',
    resources,
    initAsync: !resources,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    react: { useSuspense: true, bindI18n: 'languageChanged loaded' },
  });
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return instance;
}
