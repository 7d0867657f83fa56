import { NotificationBanner, type NotificationBannerProps } from '@childfirst/ui';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/**
 * What the person last did on this page came out as a success or as a problem, never both: a page
 * with several forms (a referral: match a child, ask agencies, decide; a case: a note, a warning
 * signed off) must not show an old "There is a problem" beside a new success message, nor an old
 * success beside a new problem. Every form's errors (useFormProblems) and every success message
 * (SuccessBanner) report here, and each gives way to whichever came after it.
 */
interface PageOutcome {
  /** How many success messages the page has shown; a form clears its errors when this moves on. */
  successes: number;
  /** How many times a form on the page has shown problems; a success message goes when this moves on. */
  problems: number;
  successShown: () => void;
  problemShown: () => void;
}

const PageOutcomeContext = createContext<PageOutcome>({ successes: 0, problems: 0, successShown: () => undefined, problemShown: () => undefined });

/** One per page (the Layout keys it by the page's path), so nothing carries over from another page. */
export function PageOutcomeProvider({ children }: { children: ReactNode }) {
  const [successes, setSuccesses] = useState(0);
  const [problems, setProblems] = useState(0);
  const successShown = useCallback(() => setSuccesses((count) => count + 1), []);
  const problemShown = useCallback(() => setProblems((count) => count + 1), []);
  const outcome = useMemo(() => ({ successes, problems, successShown, problemShown }), [successes, problems, successShown, problemShown]);
  return <PageOutcomeContext.Provider value={outcome}>{children}</PageOutcomeContext.Provider>;
}

/** For useFormProblems: report shown problems, and be told to clear them when a success follows. */
export function useFormOutcome(clear: () => void): { problemShown: () => void } {
  const { successes, problemShown } = useContext(PageOutcomeContext);
  const seen = useRef(successes);
  const clearRef = useRef(clear);
  clearRef.current = clear;
  useEffect(() => {
    if (successes === seen.current) return;
    seen.current = successes;
    clearRef.current();
  }, [successes]);
  return { problemShown };
}

/**
 * The GOV.UK success banner for what the person just did. Showing it clears every form's error
 * summary on the page; a problem shown after it takes it away. Give it a new `key` for each
 * success, so a second success is announced (and clears errors) again.
 */
export function SuccessBanner(props: Omit<NotificationBannerProps, 'type'>) {
  const { problems, successShown } = useContext(PageOutcomeContext);
  const [problemsWhenShown] = useState(problems);
  useEffect(() => successShown(), [successShown]);
  if (problems > problemsWhenShown) return null;
  return <NotificationBanner type="success" titleText="Success" {...props} />;
}
