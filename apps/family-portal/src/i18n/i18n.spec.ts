import { createI18n, languages, loadTranslations, namespaces, storedLanguage, type Namespace } from './i18n';
import { formatsFor } from './formats';

/** Every key, with plural forms folded into their base key (Welsh has six forms, English two). */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];
  return Object.entries(value).flatMap(([key, nested]) => keysOf(nested, prefix ? `${prefix}.${key}` : key));
}

function pluralFormsOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, nested]) => pluralFormsOf(nested, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it.each(namespaces.filter((namespace) => namespace !== 'validation'))('has every English text of "%s" in Welsh, and nothing else', async (namespace: Namespace) => {
    const english = new Set(keysOf(await loadTranslations('en', namespace)));
    const welsh = new Set(keysOf(await loadTranslations('cy', namespace)));
    expect([...welsh].sort()).toEqual([...english].sort());
  });

  it('gives every Welsh plural all six forms', async () => {
    for (const namespace of namespaces) {
      const forms = pluralFormsOf(await loadTranslations('cy', namespace)).filter((key) => /_(zero|one|two|few|many|other)$/.test(key));
      const bases = new Set(forms.map((key) => key.replace(/_[a-z]+$/, '')));
      for (const base of bases) {
        expect([base, ['zero', 'one', 'two', 'few', 'many', 'other'].every((form) => forms.includes(`${base}_${form}`))]).toEqual([base, true]);
      }
    }
  });

  it('keeps the interpolations of the English text in the Welsh', async () => {
    for (const namespace of namespaces.filter((candidate) => candidate !== 'validation')) {
      const english = Object.fromEntries(pluralFormsOf(await loadTranslations('en', namespace)).map((key) => [key.replace(/_(one|other)$/, ''), key]));
      const englishTexts = await loadTranslations('en', namespace);
      const welshTexts = await loadTranslations('cy', namespace);
      const textAt = (tree: unknown, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree) as string;
      for (const key of pluralFormsOf(welshTexts)) {
        const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
        const englishKey = english[base] ?? key;
        const variables = (text: string) => [...new Set(text.match(/\{\{\w+\}\}/g) ?? [])].sort();
        expect([key, variables(textAt(welshTexts, key))]).toEqual([key, variables(textAt(englishTexts, englishKey))]);
      }
    }
  });

  it('passes the schemas’ English messages through in English (no validation texts to download)', async () => {
    expect(await loadTranslations('en', 'validation')).toEqual({});
  });
});

describe('the i18next instance', () => {
  it('downloads a language’s text only when it is used, and sets <html lang> and the stored choice', async () => {
    window.localStorage.setItem('childfirst.familyPortal.language', 'cy');
    expect(storedLanguage()).toBe('cy');
    const i18n = createI18n();
    await new Promise<void>((resolve) => (i18n.isInitialized ? resolve() : i18n.on('initialized', () => resolve())));
    expect(i18n.hasResourceBundle('cy', 'common')).toBe(true);
    expect(i18n.hasResourceBundle('cy', 'home')).toBe(false);
    await i18n.loadNamespaces('home');
    expect(document.documentElement.lang).toBe('cy');
    expect(i18n.t('title', { ns: 'home' })).toBe('Cymorth i’ch teulu');
    expect(i18n.hasResourceBundle('cy', 'messages')).toBe(false);

    await i18n.changeLanguage('en');
    expect(i18n.t('title', { ns: 'home' })).toBe('Your family’s support');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('childfirst.familyPortal.language')).toBe('en');
  });

  it('falls back to English for a stored value it does not know, or when storage is blocked', () => {
    window.localStorage.setItem('childfirst.familyPortal.language', 'fr');
    expect(storedLanguage()).toBe('en');
    const getItem = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('blocked');
    });
    try {
      expect(storedLanguage()).toBe('en');
    } finally {
      getItem.mockRestore();
    }
  });

  it('supports exactly English and Welsh', () => {
    expect(languages).toEqual(['en', 'cy']);
  });
});

describe('dates and times', () => {
  it('writes them as GOV.UK does in English and as Welsh services do in Welsh, in UK time', () => {
    const english = formatsFor('en');
    const welsh = formatsFor('cy');
    expect(english.dateTime('2025-06-04T08:15:00Z', { weekday: true })).toBe('Wednesday 4 June 2025 at 9:15am');
    expect(welsh.dateTime('2025-06-04T08:15:00Z', { weekday: true })).toBe('Dydd Mercher 4 Mehefin 2025 am 9:15yb');
    expect(welsh.time('2025-06-04T11:00:00Z')).toBe('canol dydd');
    expect(welsh.time('2025-06-04T14:30:00Z')).toBe('3:30yh');
    expect(welsh.deadline('2025-06-04T23:00:00Z')).toBe('4 Mehefin 2025 am 11:59yh');
    expect(english.fileSize(245_760)).toBe('240 KB');
    expect(english.fileSize(1_572_864)).toBe('1.5 MB');
  });
});
