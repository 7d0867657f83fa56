import { useTranslation } from './i18n';
import type { Language } from './i18n';

/** Each language is named in itself, whatever the page's language. */
const choices: { language: Language; name: string; switchTo: string }[] = [
  { language: 'en', name: 'English', switchTo: 'Change the language to English' },
  { language: 'cy', name: 'Cymraeg', switchTo: 'Newid yr iaith i’r Gymraeg' },
];

/**
 * "English | Cymraeg", as GOV.UK services in Wales show it: the current language is marked, the
 * other is a control named in its own language (and marked up as that language, so screen readers
 * pronounce it): "Cymraeg (Newid yr iaith i’r Gymraeg)". Choosing changes the page at once, keeps the choice for next time and sets <html lang>.
 */
export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  return (
    <nav className="childfirst-language-select" aria-label={t('language.label')}>
      <ul className="childfirst-language-select__list">
        {choices.map((choice) =>
          i18n.language === choice.language ? (
            <li key={choice.language} className="childfirst-language-select__item">
              <span aria-current="true" lang={choice.language}>
                {choice.name}
              </span>
            </li>
          ) : (
            <li key={choice.language} className="childfirst-language-select__item">
              <button
                type="button"
                className="childfirst-language-select__button govuk-link"
                lang={choice.language}
                onClick={() => void i18n.changeLanguage(choice.language)}
              >
                {/* The visible name starts the accessible name (WCAG 2.5.3), then what the control does. */}
                {choice.name}
                <span className="govuk-visually-hidden"> ({choice.switchTo})</span>
              </button>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
