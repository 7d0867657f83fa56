// Helpers for the browser end-to-end tests: Debian's Chromium driven by playwright-core, sign-in on
// the real Keycloak page, and an axe check of every page of ours that a test visits.
import { chromiumArgs, chromiumPath } from '@childfirst/testing/browser-sign-in';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const familyPortalUrl = process.env.FAMILY_PORTAL_URL ?? 'http://localhost:5174';
export const staffWebUrl = process.env.STAFF_WEB_URL ?? 'http://localhost:5173';

// The Chromium flags and the Keycloak sign-in are shared with the family portal's Lighthouse benchmark.
export { chromiumArgs, demoPassword, signIn } from '@childfirst/testing/browser-sign-in';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** A fresh context per person, so one person's Keycloak session never leaks into another's. */
export function newPersonContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 1200, height: 900 } });
}

/** WCAG 2.2 AA, and everything it builds on. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    helpUrl: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}

/**
 * Runs axe-core in the page and fails on any violation. axe is injected from the axe-core package
 * rather than through @axe-core/playwright, which needs Node 22 (the stack runs Node 20).
 */
export async function expectNoAccessibilityViolations(page: Page, pageName: string): Promise<void> {
  const alreadyLoaded = await page.evaluate(() => 'axe' in window);
  if (!alreadyLoaded) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(
    (tags) => (window as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeResult> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    }),
    wcagTags,
  );
  if (result.violations.length === 0) return;
  const report = result.violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => `    at ${JSON.stringify(node.target)}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`);
      return `  ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n    ${violation.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n');
  throw new Error(`Accessibility violations on "${pageName}" (${page.url()}):\n${report}`);
}

/** Waits for the page's h1 to read `text`, then checks the page with axe. */
export async function expectPage(page: Page, heading: string | RegExp, pageName = String(heading)): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 30_000 });
  await expectNoAccessibilityViolations(page, pageName);
}

/** axe, and nothing wider than a 320 px screen (WCAG 1.4.10 reflow); the viewport is 1024 px wide afterwards. */
export async function expectAccessibleAtAnyWidth(page: Page, pageName: string): Promise<void> {
  await expectNoAccessibilityViolations(page, pageName);
  await page.setViewportSize({ width: 320, height: 900 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize({ width: 1024, height: 900 });
  expect([pageName, overflow]).toEqual([pageName, 0]);
}
