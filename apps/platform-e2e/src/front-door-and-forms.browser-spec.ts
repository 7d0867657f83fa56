// Every new page of the front door and of the record's forms, in a real browser against the
// composed stack, checked with axe (WCAG 2.2 AA) as it first appears and again showing its errors:
// the public concern form without signing in (also at 320 px wide), a professional referral, the
// agency's information requests, and the case workspace's forms (chronology, warning, consent,
// sharing without consent, status) and "change details" of a person.
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { publicReporterRelationships, referralUrgencies } from '@childfirst/domain/referrals';
import { expectNoAccessibilityViolations, expectPage, familyPortalUrl, launchBrowser, newPersonContext, signIn, staffWebUrl } from './browser';

const marker = `E2E${randomUUID().slice(0, 8).replace(/\d/g, 'x')}`;

describe('front door and record forms in the browser', () => {
  let browser: Browser;
  let publicContext: BrowserContext;
  let staffContext: BrowserContext;
  let visitor: Page;
  let staff: Page;
  let caseUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    [publicContext, staffContext] = await Promise.all([newPersonContext(browser), newPersonContext(browser)]);
    [visitor, staff] = await Promise.all([publicContext.newPage(), staffContext.newPage()]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Submits a form empty, waits for its error summary, and checks the page with its errors. */
  async function expectAccessibleErrors(page: Page, submit: string, pageName: string) {
    await page.getByRole('button', { name: submit, exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).first().waitFor({ timeout: 15_000 });
    await expectNoAccessibilityViolations(page, `${pageName}, with errors`);
  }

  it('anyone can report a concern without an account, at 320 px wide too', async () => {
    await visitor.setViewportSize({ width: 320, height: 800 });
    await visitor.goto(`${familyPortalUrl}/report-a-concern`);
    await expectPage(visitor, 'Report a concern about a child');
    // Nothing asked us to sign in, and the page fits a 320 px screen without sideways scrolling.
    expect(visitor.url()).toContain('/report-a-concern');
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAccessibilityViolations(visitor, 'Report a concern');
    await expectAccessibleErrors(visitor, 'Send report', 'Report a concern');

    await visitor.setViewportSize({ width: 1024, height: 800 });
    await visitor.getByLabel('First name').fill('Sky');
    await visitor.getByLabel('Last name').fill(marker);
    await visitor.getByLabel('A parent or carer takes drugs').check();
    await visitor.getByLabel('What is happening?').fill('The boy next door is often left alone at night and I hear him crying.');
    await visitor.getByLabel(referralUrgencies['within-24-hours'].label).check();
    await visitor.getByLabel(publicReporterRelationships.acquaintance.label).check();
    await visitor.getByLabel('No, I want to stay anonymous').check();
    await visitor.getByRole('button', { name: 'Send report' }).click();
    await expectPage(visitor, 'Concern received');
    await expectNoAccessibilityViolations(visitor, 'Concern received');
  });

  it('kim.keyworker finds the referral form and the agency’s information requests accessible', async () => {
    await signIn(staff, staffWebUrl, 'kim.keyworker');
    await expectPage(staff, 'My caseload');
    await staff.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Make a referral' }).click();
    await expectPage(staff, 'Make a referral');
    await expectNoAccessibilityViolations(staff, 'Make a referral');
    await expectAccessibleErrors(staff, 'Send referral', 'Make a referral');

    await staff.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Information requests' }).click();
    await expectPage(staff, 'Information requests for your agency');
    await expectNoAccessibilityViolations(staff, 'Information requests for your agency');
  });

  it('kim.keyworker opens the Adams case and every form on it is accessible', async () => {
    await staff.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My caseload' }).click();
    await staff.getByRole('link', { name: /Adams family/ }).first().click();
    await staff.getByRole('heading', { level: 1, name: /Adams/ }).waitFor({ timeout: 30_000 });
    caseUrl = staff.url().replace(/\/$/, '');
    expect(caseUrl).toMatch(/\/cases\/[0-9a-f-]{36}$/);

    const forms: { path: string; submit: RegExp; name: string }[] = [
      { path: 'chronology/new', submit: /^Add (the )?event/, name: 'Add an event to the chronology' },
      { path: 'warnings/new', submit: /warning/i, name: 'Add a warning' },
      { path: 'consent/new', submit: /consent/i, name: 'Record consent' },
      { path: 'statuses/new', submit: /status/i, name: 'Record a status' },
    ];
    for (const form of forms) {
      await staff.goto(`${caseUrl}/${form.path}`);
      await staff.locator('main h1').waitFor({ timeout: 30_000 });
      await staff.locator('main form').first().waitFor();
      await expectNoAccessibilityViolations(staff, form.name);
      await staff.locator('main form').first().getByRole('button', { name: form.submit }).first().click();
      await staff.getByRole('alert').filter({ hasText: 'There is a problem' }).first().waitFor({ timeout: 15_000 });
      await expectNoAccessibilityViolations(staff, `${form.name}, with errors`);
    }
  });

  it('kim.keyworker opens "change details" of a child and it is accessible', async () => {
    await staff.goto(caseUrl);
    await staff.getByRole('heading', { level: 1, name: /Adams/ }).waitFor({ timeout: 30_000 });
    const child = staff.locator('main a[href*="/people/"]').first();
    const href = (await child.getAttribute('href')) ?? '';
    expect(href).toMatch(/\/people\/[0-9a-f-]{36}/);
    await staff.goto(new URL(`${href.replace(/\/$/, '')}/edit`, staffWebUrl).toString());
    await staff.locator('main h1').waitFor({ timeout: 30_000 });
    await staff.locator('main form').first().waitFor();
    await expectNoAccessibilityViolations(staff, 'Change details');
  });
});
