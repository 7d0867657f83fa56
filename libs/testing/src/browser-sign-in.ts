// Signing in on the real Keycloak page in Debian's Chromium driven by playwright-core: shared by the
// browser end-to-end tests (apps/platform-e2e) and the family portal's Lighthouse benchmark
// (tools/bench), which needs a Keycloak session in the browser Lighthouse measures.
import type { Page } from 'playwright-core';

/** The demo users' password (tools/keycloak/childfirst-realm.json). */
export const demoPassword = 'childfirst-demo';

/** Debian's Chromium, unless CHROMIUM_PATH names another. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless Chromium in a container: no sandbox, no GPU, nothing fetched in the background. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Opens the app and signs in on Keycloak's page the way a person would: the staff app sends them
 * there at once (sign-in required); the family portal shows its start page first, whose "Sign in"
 * leads there. Waits until the app has shown its page heading.
 */
export async function signIn(page: Page, appUrl: string, username: string, password = demoPassword): Promise<void> {
  await page.goto(appUrl);
  const usernameField = page.getByLabel('Username or email');
  const startPageSignIn = page.locator('main a.govuk-button--start', { hasText: 'Sign in' });
  await usernameField.or(startPageSignIn).first().waitFor({ timeout: 30_000 });
  if (!(await usernameField.isVisible())) {
    await startPageSignIn.click();
    await usernameField.waitFor({ timeout: 30_000 });
  }
  await usernameField.fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const appOrigin = new URL(appUrl).origin;
  await page.waitForURL((url) => url.origin === appOrigin, { timeout: 30_000 });
  await page.locator('main h1').first().waitFor({ timeout: 30_000 });
}
