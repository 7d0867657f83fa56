import type { ReactNode } from 'react';

/** The parameters GOV.UK form macros share: hint and error message objects. */
export interface HintParams {
  text?: string;
  html?: ReactNode;
  classes?: string;
}

export interface ErrorMessageParams {
  text?: string;
  html?: ReactNode;
  visuallyHiddenText?: string | false;
}

export interface LabelParams {
  text?: string;
  html?: ReactNode;
  isPageHeading?: boolean;
  classes?: string;
}

/** `aria-describedby` for a field: its own described-by ids, then hint, then error, as GOV.UK orders them. */
export function describedByIds(id: string, options: { describedBy?: string; hint?: unknown; errorMessage?: unknown }) {
  return (
    [options.describedBy, options.hint ? `${id}-hint` : undefined, options.errorMessage ? `${id}-error` : undefined]
      .filter(Boolean)
      .join(' ') || undefined
  );
}
