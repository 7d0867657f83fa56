import { setupI18n, type I18n as Lingui, type Messages } from '@lingui/core';
import { useCallback, useSyncExternalStore } from 'react';

/** The portal's languages: English and Welsh (Cymraeg). */
export const languages = ['en', 'cy'] as const;
export type Language = (typeof languages)[number];

/**
 * Text is split by area so a page downloads only its own: "common" is the frame every page shares
 * (header, navigation, loading and error messages); "validation" translates the shared schemas' and
 * the API's fixed messages, which arrive in English.
 */
export const namespaces = ['common', 'home', 'account', 'messages', 'help', 'changes', 'documents', 'views', 'consent', 'concern', 'validation'] as const;
export type Namespace = (typeof namespaces)[number];

/**
 * One area's text in one language: ICU MessageFormat ("{count, plural, one {# file} other {# files}}")
 * keyed by id ("keyWorker.title"). Compiled at build time (vite.config.ts); tests compile at runtime.
 */
type Translations = Messages;

/** Translations given up front, by language and area (tests). */
type TranslationResources = Partial<Record<Language, Partial<Record<Namespace, Translations>>>>;
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
    concern: () => import('../locales/en/concern.json'),
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
    concern: () => import('../locales/cy/concern.json'),
    validation: () => import('../locales/cy/validation.json'),
  },
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function isNamespace(value: string): value is Namespace {
  return (namespaces as readonly string[]).includes(value);
}

/** Reads one translation file; exported for tests. */
export async function loadTranslations(language: Language, namespace: Namespace): Promise<Translations> {
  return (await loaders[language][namespace]()).default;
}

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

function keepLanguage(language: Language) {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not kept across visits, but the page still changes.
  }
}

export type TranslationValues = Record<string, unknown>;

/**
 * The portal's text in the chosen language, over Lingui's runtime (ICU MessageFormat, plurals from
 * Intl.PluralRules: Welsh has six forms). Each area's file is downloaded the first time a page in
 * that language needs it; a page waits for its text (React Suspense) rather than showing ids.
 */
export class PortalI18n {
  private readonly lingui: Lingui = setupI18n();
  private readonly loaded = new Set<string>();
  private readonly loading = new Map<string, Promise<void>>();
  /** Areas shown so far: changing language downloads them first, so the page changes in one go. */
  private readonly used = new Set<Namespace>(['common']);
  private readonly listeners = new Set<() => void>();
  private version = 0;
  private current: Language;

  constructor(language: Language, resources?: TranslationResources) {
    this.current = language;
    for (const [resourceLanguage, files] of Object.entries(resources ?? {})) {
      for (const [namespace, messages] of Object.entries(files ?? {})) this.add(resourceLanguage as Language, namespace as Namespace, messages ?? {});
    }
    this.lingui.load(language, {});
    this.lingui.activate(language);
  }

  get language(): Language {
    return this.current;
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Changes whenever text arrives or the language changes (for useSyncExternalStore). */
  readonly snapshot = () => this.version;

  private notify() {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  private add(language: Language, namespace: Namespace, messages: Translations) {
    this.lingui.load(language, Object.fromEntries(Object.entries(messages).map(([id, message]) => [`${namespace}:${id}`, message])));
    this.loaded.add(`${language}/${namespace}`);
  }

  hasLoaded(namespace: Namespace, language: Language = this.current): boolean {
    return this.loaded.has(`${language}/${namespace}`);
  }

  /** Downloads an area's text (once); a file that cannot be downloaded shows ids rather than nothing. */
  loadNamespace(namespace: Namespace, language: Language = this.current): Promise<void> {
    const key = `${language}/${namespace}`;
    if (this.loaded.has(key)) return Promise.resolve();
    let pending = this.loading.get(key);
    if (!pending) {
      pending = loadTranslations(language, namespace).then(
        (messages) => this.add(language, namespace, messages),
        (error: unknown) => {
          console.error(`The ${language} text for "${namespace}" could not be downloaded`, error);
          this.add(language, namespace, {});
        },
      );
      pending = pending.finally(() => {
        this.loading.delete(key);
        this.notify();
      });
      this.loading.set(key, pending);
    }
    return pending;
  }

  /** Marks an area as shown, so a change of language brings its text too. */
  use(namespace: Namespace) {
    this.used.add(namespace);
  }

  async changeLanguage(language: Language): Promise<void> {
    await Promise.all([...this.used].map((namespace) => this.loadNamespace(namespace, language)));
    this.current = language;
    this.lingui.activate(language);
    keepLanguage(language);
    this.notify();
  }

  /**
   * The text for a key of an area ("title" in "home"), or of another area named before a colon
   * ("common:actions.back"). A key with no text is shown as `fallback`, or as itself.
   */
  translate(namespace: Namespace, key: string, values?: TranslationValues, fallback?: string): string {
    const colon = key.indexOf(':');
    const area = colon > 0 && isNamespace(key.slice(0, colon)) ? key.slice(0, colon) : namespace;
    const id = `${area}:${area === namespace && colon <= 0 ? key : key.slice(colon + 1)}`;
    if (this.lingui.messages[id] === undefined) return fallback ?? key;
    return this.lingui._(id, values);
  }
}

let active: PortalI18n | undefined;

export interface CreateI18nOptions {
  language?: Language;
  /** Every translation up front (tests): nothing is downloaded and nothing suspends. */
  resources?: TranslationResources;
}

/**
 * The portal's translations, also made the one useTranslation() reads. The language is the one the
 * person chose last time (localStorage), English otherwise; choosing another sets <html lang> and
 * is kept for next time. The shared text ("common") starts downloading at once.
 */
export function createI18n({ language = storedLanguage(), resources }: CreateI18nOptions = {}): PortalI18n {
  active = new PortalI18n(language, resources);
  if (!resources) void active.loadNamespace('common');
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return active;
}

export type TFunction = (key: string, values?: TranslationValues) => string;

/**
 * `t` for one area of text ("common" unless named), with the portal's translations: the component
 * waits (Suspense) until that area's text has arrived in the page's language, and renders again
 * when the language changes.
 */
export function useTranslation(namespace: Namespace = 'common'): { t: TFunction; i18n: PortalI18n } {
  if (!active) throw new Error('createI18n() must run before the portal renders');
  const i18n = active;
  useSyncExternalStore(i18n.subscribe, i18n.snapshot);
  const language = i18n.language;
  if (!i18n.hasLoaded(namespace, language)) throw i18n.loadNamespace(namespace, language);
  i18n.use(namespace);
  // `language` makes a new `t` when it changes, so memoised children show the new language.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- on purpose, as above
  const t = useCallback<TFunction>((key, values) => i18n.translate(namespace, key, values), [i18n, namespace, language]);
  return { t, i18n };
}
