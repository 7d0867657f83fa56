import { useEffect } from 'react';
import { useUiSettings } from '../components/UiProvider';

/**
 * Sets the document title for the page: "Triage queue – Childfirst", with "Error: " in front while
 * the page shows validation errors (GOV.UK pattern, so screen reader users hear it first). Titles
 * are kept free of personal data because browsers keep them in history.
 */
export function usePageTitle(title: string, options: { hasErrors?: boolean } = {}): void {
  const { serviceName } = useUiSettings();
  const fullTitle = `${options.hasErrors ? 'Error: ' : ''}${title} – ${serviceName}`;
  useEffect(() => {
    document.title = fullTitle;
  }, [fullTitle]);
}
