import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { createI18n, languages, loadTranslations, namespaces, storedLanguage, type Namespace } from './i18n';
import { formatsFor } from './formats';

const texts = async (language: 'en' | 'cy', namespace: Namespace) => (await loadTranslations(language, namespace)) as Record<string, string>;

/** The plural categories a message chooses between: "{count, plural, one {…} other {…}}" gives one, other. */
function pluralForms(message: string): string[] {
  if (!message.startsWith('{count, plural,')) return [];
  return [...message.matchAll(/(?:^\{count, plural,|\}) *(=0|zero|one|two|few|many|other) \{/g)].map((match) => match[1] as string);
}

/** The values a message puts in ("{name}", and "#" or "{count}" for the count). */
function variables(message: string): string[] {
  const names = [...message.matchAll(/\{(\w+)[,}]/g)].map((match) => match[1] as string);
  return [...new Set(message.includes('#') ? [...names, 'count'] : names)].sort();
}

function problemIn(message: string): string | null {
  try {
    compileMessageOrThrow(message);
    return null;
  } catch (error) {
    return String(error);
  }
}

describe('translations', () => {
  it.each(namespaces.filter((namespace) => namespace !== 'validation'))('has every English text of "%s" in Welsh, and nothing else', async (namespace: Namespace) => {
    expect(Object.keys(await texts('cy', namespace)).sort()).toEqual(Object.keys(await texts('en', namespace)).sort());
  });

  it.each(languages)('writes every %s text in valid ICU MessageFormat', async (language) => {
    for (const namespace of namespaces) {
      for (const [id, message] of Object.entries(await texts(language, namespace))) {
        expect([namespace, id, problemIn(message)]).toEqual([namespace, id, null]);
      }
    }
  });

  it('gives every Welsh plural all six forms, and every English one "one" and "other"', async () => {
    let plurals = 0;
    for (const namespace of namespaces) {
      const english = await texts('en', namespace);
      for (const [id, message] of Object.entries(await texts('cy', namespace))) {
        const forms = pluralForms(message);
        if (forms.length === 0) continue;
        plurals += 1;
        expect([id, forms]).toEqual([id, ['zero', 'one', 'two', 'few', 'many', 'other']]);
        if (namespace !== 'validation') expect([id, pluralForms(english[id] ?? '').filter((form) => form !== '=0')]).toEqual([id, ['one', 'other']]);
      }
    }
    expect(plurals).toBeGreaterThan(5);
  });

  it('keeps the values the English text puts in in the Welsh', async () => {
    for (const namespace of namespaces.filter((candidate) => candidate !== 'validation')) {
      const english = await texts('en', namespace);
      for (const [id, message] of Object.entries(await texts('cy', namespace))) {
        expect([id, variables(message)]).toEqual([id, variables(english[id] ?? '')]);
      }
    }
  });

  it('passes the schemas’ English messages through in English (no validation texts to download)', async () => {
    expect(await loadTranslations('en', 'validation')).toEqual({});
  });
});

describe('the portal’s translations', () => {
  it('downloads a language’s text only when it is used, and sets <html lang> and the stored choice', async () => {
    window.localStorage.setItem('childfirst.familyPortal.language', 'cy');
    expect(storedLanguage()).toBe('cy');
    const i18n = createI18n();
    await i18n.loadNamespace('common');
    expect(i18n.hasLoaded('common')).toBe(true);
    expect(i18n.hasLoaded('home')).toBe(false);
    await i18n.loadNamespace('home');
    i18n.use('home');
    expect(document.documentElement.lang).toBe('cy');
    expect(i18n.translate('home', 'title')).toBe('Cymorth i’ch teulu');
    expect(i18n.hasLoaded('messages')).toBe(false);

    await i18n.changeLanguage('en');
    expect(i18n.hasLoaded('home', 'en')).toBe(true);
    expect(i18n.translate('home', 'title')).toBe('Your family’s support');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('childfirst.familyPortal.language')).toBe('en');
  });

  it('uses the Welsh plural forms and puts values in', () => {
    const i18n = createI18n({ language: 'cy', resources: { cy: { home: { files: '{count, plural, zero {# ffeil} one {# ffeil} two {# ffeil (dwy)} few {# ffeil (tair)} many {# ffeil (chwech)} other {# o ffeiliau}}', hello: 'Helo {name}' } } } });
    expect([0, 1, 2, 3, 6, 7].map((count) => i18n.translate('home', 'files', { count }))).toEqual(['0 ffeil', '1 ffeil', '2 ffeil (dwy)', '3 ffeil (tair)', '6 ffeil (chwech)', '7 o ffeiliau']);
    expect(i18n.translate('home', 'hello', { name: 'Aisha' })).toBe('Helo Aisha');
    expect(i18n.translate('home', 'missing')).toBe('missing');
    expect(i18n.translate('home', 'missing', undefined, 'As sent')).toBe('As sent');
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
