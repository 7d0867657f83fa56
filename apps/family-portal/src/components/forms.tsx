import { ErrorSummary, usePageTitle, type ErrorMessageParams, type ErrorSummaryItem, type FieldErrors } from '@childfirst/ui';
import { useTranslation } from '../i18n/i18n';

/** "Ask for help – Childfirst family portal", with the translated "Error:" first while the page shows errors. */
export function useFormTitle(title: string, hasErrors = false): void {
  const { t } = useTranslation();
  usePageTitle(hasErrors ? `${t('errors.titlePrefix')} ${title}` : title);
}

/** An error message object for a field, with the translated hidden "Error:" prefix. */
export function useErrorOf(errors: FieldErrors) {
  const { t } = useTranslation();
  return (field: string): ErrorMessageParams | undefined => {
    const text = errors[field];
    return text ? { text, visuallyHiddenText: t('errors.prefix') } : undefined;
  };
}

export interface FormErrorSummaryProps {
  /** Remount (change the key) on each failed attempt so it takes focus and is announced again. */
  items: ErrorSummaryItem[];
  title?: string;
  description?: string;
}

export function FormErrorSummary({ items, title, description }: FormErrorSummaryProps) {
  const { t } = useTranslation();
  return <ErrorSummary titleText={title ?? t('errors.summaryTitle')} descriptionText={description} errorList={items} />;
}
