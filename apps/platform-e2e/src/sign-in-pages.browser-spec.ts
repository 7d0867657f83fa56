// Keycloak's pages with Childfirst's theme (tools/keycloak/theme) in a real browser: the portal's
// address shows its start page to someone who is not signed in, whose "Sign in" leads to the
// sign-in page; that page, creating an account and resetting a password are checked with axe and at
// 320 px, with and without errors; the portal's Welsh reaches Keycloak (ui_locales) and Keycloak's
// own language links switch (kc_locale); the staff app's sign-in stays English, without
// registration. The one-time code pages are checked in family-account.browser-spec.ts, where an
// account with 2-step verification exists.
import type { Browser, Page } from 'playwright-core';
import { expectAccessibleAtAnyWidth, expectPage, familyPortalUrl, launchBrowser, newPersonContext, staffWebUrl } from './browser';

/** Keycloak's sign-in page for the family portal, reached from the portal's address as a visitor would. */
async function openFamilySignIn(page: Page): Promise<void> {
  await page.goto(familyPortalUrl);
  await expectPage(page, 'Childfirst family portal', 'Start page');
  expect(new URL(page.url()).pathname).toBe('/start');
  await page.getByRole('link', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor({ timeout: 30_000 });
}

describe('the sign-in pages look like the service', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the family portal’s address shows its start page, and "Sign in" leads to an accessible sign-in page', async () => {
    const page = await (await newPersonContext(browser)).newPage();
    await openFamilySignIn(page);
    expect(await page.title()).toBe('Sign in – Childfirst family portal');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('region', { name: 'Service information' }).getByText('Childfirst family portal').waitFor();
    await expectAccessibleAtAnyWidth(page, 'Sign in');

    await page.getByLabel('Username or email').fill('parent.adams');
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('heading', { name: 'There is a problem' }).waitFor({ timeout: 30_000 });
    await summary.getByRole('link', { name: /username or password is not right/ }).waitFor();
    expect(await page.title()).toBe('Error: Sign in – Childfirst family portal');
    await expectAccessibleAtAnyWidth(page, 'Sign in (wrong password)');
  });

  it('creating an account and resetting a password are accessible, with and without errors', async () => {
    const page = await (await newPersonContext(browser)).newPage();
    await openFamilySignIn(page);

    await page.getByRole('link', { name: 'Create an account' }).click();
    await expectPage(page, 'Create an account');
    await expectAccessibleAtAnyWidth(page, 'Create an account');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Enter your email address' }).waitFor({ timeout: 30_000 });
    await expectAccessibleAtAnyWidth(page, 'Create an account (errors)');

    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await page.getByRole('link', { name: 'I have forgotten my password' }).click();
    await expectPage(page, 'Reset your password');
    await expectAccessibleAtAnyWidth(page, 'Reset your password');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByRole('alert').getByRole('heading', { name: 'There is a problem' }).waitFor({ timeout: 30_000 });
    await expectAccessibleAtAnyWidth(page, 'Reset your password (error)');
  });

  it('are in Welsh when the portal is (ui_locales=cy), and Keycloak’s language links switch (kc_locale)', async () => {
    const page = await (await newPersonContext(browser)).newPage();
    await page.goto(`${familyPortalUrl}/start`);
    await page.getByRole('button', { name: /^Cymraeg/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Porth teuluoedd Childfirst' }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Mewngofnodi', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: 'Mewngofnodi' }).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('ui_locales')).toBe('cy');
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    expect(await page.title()).toBe('Mewngofnodi – Porth teuluoedd Childfirst');
    await page.getByLabel('Enw defnyddiwr neu gyfeiriad e-bost').waitFor();
    await page.getByRole('link', { name: 'Creu cyfrif' }).waitFor();
    await expectAccessibleAtAnyWidth(page, 'Mewngofnodi');

    // "English | Cymraeg", as in the portal: each a link to the same page in that language.
    const languages = page.getByRole('navigation', { name: 'Iaith' });
    await languages.getByRole('link', { name: /^English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const toWelsh = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: /^Cymraeg/ });
    expect(new URL((await toWelsh.getAttribute('href')) ?? '', page.url()).searchParams.get('kc_locale')).toBe('cy');
    await toWelsh.click();
    await page.getByRole('heading', { level: 1, name: 'Mewngofnodi' }).waitFor({ timeout: 30_000 });
  });

  it('for the staff app, in English, with the service’s name and no registration', async () => {
    const page = await (await newPersonContext(browser)).newPage();
    await page.goto(staffWebUrl);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor({ timeout: 30_000 });
    expect(await page.title()).toBe('Sign in – Childfirst');
    expect(await page.getByRole('link', { name: 'Create an account' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Language' }).count()).toBe(0);
    await expectAccessibleAtAnyWidth(page, 'Sign in (staff)');
  });
});
