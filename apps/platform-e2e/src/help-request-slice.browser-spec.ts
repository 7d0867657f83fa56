// The thin slice, end to end in a real browser against the composed stack: a parent asks for help
// in the family portal, a triage manager decides it in the staff app, and the parent sees the
// outcome; another family never sees it. Every page of ours on the way is checked with axe.
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoAccessibilityViolations, expectPage, familyPortalUrl, launchBrowser, newPersonContext, signIn, staffWebUrl } from './browser';

// A unique marker so this run's request is told apart from every other in the demo data.
const marker = `E2E-${randomUUID()}`;
const whatIsHappening = `${marker} My son has not been to school for three weeks and will not leave his room.`;
const decisionReason = 'Attendance concerns; the family asked for support and consents to early help.';

/** A decision due time as the apps write it: "4 June 2025 at 5:30pm", "at midday". */
const dateTimePattern = /\d{1,2} [A-Z][a-z]+ \d{4} at (\d{1,2}(:\d{2})?(am|pm)|midday|midnight)/;

describe('asking for help, from the family portal to a triage decision and back', () => {
  let browser: Browser;
  let parentContext: BrowserContext;
  let parent: Page;
  let staffContext: BrowserContext;
  let staff: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    parentContext = await newPersonContext(browser);
    parent = await parentContext.newPage();
    staffContext = await newPersonContext(browser);
    staff = await staffContext.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The parent's home page section for this run's request. */
  const parentRequest = () => parent.locator('section', { hasText: marker });

  it('parent.adams signs in and lands on the family’s home page', async () => {
    await signIn(parent, familyPortalUrl, 'parent.adams');
    await expectPage(parent, 'Your family’s support');
    expect(await parent.title()).toMatch(/Childfirst family portal$/);
  });

  it('parent.adams is told what to fix when the form is sent empty', async () => {
    await parent.getByRole('navigation', { name: /menu/i }).getByRole('link', { name: 'Ask for help' }).click();
    await expectPage(parent, 'Your requests for help');
    await parent.locator('main').getByRole('link', { name: /^Ask for help/ }).first().click();
    await expectPage(parent, 'Ask for help');
    await parent.getByRole('button', { name: 'Send request' }).click();
    await parent.getByRole('alert').getByText('There is a problem').waitFor();
    expect(await parent.title()).toMatch(/^Error: Ask for help/);
    await expectNoAccessibilityViolations(parent, 'Ask for help, with errors');
  });

  it('parent.adams sends a request for help and sees it received', async () => {
    await parent.getByLabel('What is happening?').fill(whatIsHappening);
    await parent.getByLabel('Message in this portal').check();
    await parent.getByRole('button', { name: 'Send request' }).click();
    await expectPage(parent, 'Request sent', 'Request sent confirmation');

    await parent.getByRole('link', { name: 'Go to your requests for help' }).click();
    await expectPage(parent, 'Your requests for help');
    await parentRequest().waitFor();
    expect(await parentRequest().textContent()).toContain('Received');
  });

  it('tara.triage finds it in the triage queue with its decision due time', async () => {
    await signIn(staff, staffWebUrl, 'tara.triage');
    await expectPage(staff, 'Triage queue');
    expect(await staff.title()).toBe('Triage queue – Childfirst');

    // The queue refreshes itself every 60 seconds, so a referral still being recorded appears without a reload.
    const row = staff.getByRole('row', { name: new RegExp(marker) });
    await row.waitFor({ timeout: 75_000 });
    const cells = await row.getByRole('cell').allTextContents();
    const decisionDue = cells.at(-1) ?? '';
    expect(decisionDue).toMatch(dateTimePattern);
    expect(decisionDue).toMatch(/On time|At risk|Overdue/);
  });

  it('tara.triage opens it and decides early help, with a reason', async () => {
    await staff.getByRole('row', { name: new RegExp(marker) }).getByRole('link').click();
    await staff.locator('main dd', { hasText: marker }).waitFor({ timeout: 30_000 });
    await staff.getByRole('button', { name: 'Record decision' }).waitFor();
    await expectNoAccessibilityViolations(staff, 'Referral');
    expect(await staff.title()).toBe('Referral – Childfirst');

    await staff.getByLabel('Early help').check();
    // Early help allocates a key worker: find and choose one.
    await staff.getByLabel('Find the key worker by name').fill('Kim');
    await staff.getByRole('button', { name: 'Find key worker' }).click();
    await staff.getByLabel('Kim Okafor').check();
    await staff.getByLabel('Reason for the decision').fill(decisionReason);
    await staff.getByRole('button', { name: 'Record decision' }).click();

    await staff.getByRole('alert').getByText('Decision recorded').waitFor();
    await staff.getByRole('heading', { level: 2, name: 'Decision' }).waitFor();
    const main = (await staff.locator('main').textContent()) ?? '';
    expect(main).toContain('Early help');
    expect(main).toContain(decisionReason);
    expect(main).toContain('Kim Okafor');
    await expectNoAccessibilityViolations(staff, 'Referral, decided');
  });

  it('parent.adams reloads and sees the decision made', async () => {
    await parent.goto(`${familyPortalUrl}/help-requests`);
    await expectPage(parent, 'Your requests for help');
    await parentRequest().getByText('Decision made').waitFor({ timeout: 30_000 });
    // The family sees what happens next, never the staff reason.
    expect(await parentRequest().textContent()).not.toContain(decisionReason);
  });

  it('parent.begum signs in and does not see the Adams family’s request anywhere', async () => {
    const begumContext = await newPersonContext(browser);
    try {
      const begum = await begumContext.newPage();
      await signIn(begum, familyPortalUrl, 'parent.begum');
      await expectPage(begum, 'Your family’s support');
      await begum.goto(`${familyPortalUrl}/help-requests`);
      await expectPage(begum, 'Your requests for help');
      await begum.getByRole('status').filter({ hasText: 'Loading your requests' }).waitFor({ state: 'detached' });
      expect(await begum.content()).not.toContain(marker);
    } finally {
      await begumContext.close();
    }
  });
});
