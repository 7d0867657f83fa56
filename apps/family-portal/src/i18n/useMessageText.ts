import type { FieldErrors } from '@childfirst/ui';
import { useCallback } from 'react';
import { useTranslation } from './i18n';

/**
 * The shared schemas (libs/domain) and the API word their messages in English, the same on both
 * sides. In Welsh each known message is looked up, word for word, in the "validation" file; one it
 * does not know is shown as sent.
 */
export function useMessageText() {
  const { i18n } = useTranslation('validation');
  const language = i18n.language;
  const text = useCallback(
    // The message is the key, colons and all; one without a Welsh text is shown as sent.
    (message: string) => (language === 'en' ? message : i18n.translate('validation', `validation:${message}`, undefined, message)),
    [i18n, language],
  );
  const errors = useCallback(
    (fieldErrors: FieldErrors): FieldErrors => Object.fromEntries(Object.entries(fieldErrors).map(([field, message]) => [field, message && text(message)])),
    [text],
  );
  return { text, errors };
}
