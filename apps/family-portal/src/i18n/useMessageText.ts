import type { FieldErrors } from '@childfirst/ui';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The shared schemas (libs/domain) and the API word their messages in English, the same on both
 * sides. In Welsh each known message is looked up, word for word, in the "validation" file; one it
 * does not know is shown as sent.
 */
export function useMessageText() {
  const { t, i18n } = useTranslation('validation');
  const language = i18n.language;
  const text = useCallback(
    (message: string, values?: Record<string, unknown>) =>
      language === 'en' && !values ? message : t(message, { ...values, keySeparator: false, nsSeparator: false, defaultValue: message }),
    [t, language],
  );
  const errors = useCallback(
    (fieldErrors: FieldErrors): FieldErrors => Object.fromEntries(Object.entries(fieldErrors).map(([field, message]) => [field, message && text(message)])),
    [text],
  );
  return { text, errors };
}
