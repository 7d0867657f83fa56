// The family portal journey in a real browser against the composed stack: a parent signs in, sees
// their key worker and what is happening, and sends a message; the key worker answers in the staff
// app; the parent sees the answer. Every portal page is checked with axe and at 320 px wide, a
// keyboard-only journey moves through the navigation, and the language switch changes the page.
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessibleAtAnyWidth, expectNoAccessibilityViolations, expectPage, familyPortalUrl, launchBrowser, newPersonContext, signIn, staffWebUrl } from './browser';

const marker = randomUUID().slice(0, 8);
const subject = `Mornings ${marker}`;
const question = `Mia is still struggling with mornings (${marker}). Can we talk this week?`;
const answer = `Yes – I will call you on Thursday at 10am (${marker}).`;

describe('the family portal, from sign-in to the key worker’s answer', () => {
  let browser: Browser;
  let parentContext: BrowserContext;
  let staffContext: BrowserContext;
  let parent: Page;
  let staff: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    [parentContext, staffContext] = await Promise.all([newPersonContext(browser), newPersonContext(browser)]);
    [parent, staff] = await Promise.all([parentContext.newPage(), staffContext.newPage()]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const nav = () => parent.getByRole('navigation', { name: /menu/i });

  const checkPage = (name: string) => expectAccessibleAtAnyWidth(parent, name);

  it('parent.adams signs in and sees the key worker and what is happening now', async () => {
    await signIn(parent, familyPortalUrl, 'parent.adams');
    await expectPage(parent, 'Your family’s support');
    await parent.getByRole('heading', { name: 'Your key worker' }).waitFor();
    const main = (await parent.locator('main').textContent()) ?? '';
    expect(main).toContain('Kim Okafor');
    expect(main).toContain('01632 960 101');
    expect(main).toContain('Early help for Leo');
    await checkPage('Home');
  });

  it('every page of the portal is accessible and fits a 320 px screen', async () => {
    for (const [link, heading] of [
      ['Messages', 'Messages'],
      ['Ask for help', /help/i],
      ['Tell us about a change', /change/i],
      ['Documents', /document/i],
      ['Your views', /views/i],
      ['Consent', /consent|share/i],
      ['Account security', '2-step verification'],
    ] as const) {
      await nav().getByRole('link', { name: new RegExp(`^${link}`) }).click();
      await parent.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 30_000 });
      await checkPage(link);
    }
  });

  it('parent.adams sends a message to the key worker', async () => {
    await nav().getByRole('link', { name: /^Messages/ }).click();
    await parent.getByRole('link', { name: 'Send a new message' }).click();
    await expectPage(parent, 'Send a new message');
    await checkPage('Send a new message');
    await parent.getByLabel('Subject').fill(subject);
    await parent.getByLabel('Message', { exact: true }).fill(question);
    await parent.getByRole('button', { name: 'Send message' }).click();
    await parent.getByText(question).waitFor({ timeout: 30_000 });
    await checkPage('Conversation');
  });

  it('kim.keyworker reads it on the Adams case and answers', async () => {
    await signIn(staff, staffWebUrl, 'kim.keyworker');
    await expectPage(staff, 'My caseload');
    await staff.getByRole('link', { name: /Adams family/ }).first().click();
    await staff.getByRole('link', { name: subject }).click({ timeout: 30_000 });
    await staff.getByText(question).waitFor();
    await expectNoAccessibilityViolations(staff, 'Conversation (staff)');
    await staff.getByLabel('Your reply').fill(answer);
    await staff.getByRole('button', { name: 'Send reply' }).click();
    await staff.getByText(answer).waitFor({ timeout: 30_000 });
  });

  it('parent.adams sees the answer', async () => {
    await parent.reload();
    await parent.getByText(answer).waitFor({ timeout: 30_000 });
    expect((await parent.locator('main').textContent()) ?? '').toContain('Kim Okafor');
  });

  it('a keyboard-only journey reaches messages from the home page', async () => {
    await parent.goto(familyPortalUrl);
    await expectPage(parent, 'Your family’s support');
    // Tab from the top of the page to the navigation's Messages link, then follow it with Enter.
    await parent.locator('body').focus();
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await parent.keyboard.press('Tab');
      found = await parent.evaluate(() => {
        const active = document.activeElement;
        return active instanceof HTMLAnchorElement && /^Messages/.test(active.textContent?.trim() ?? '') && active.closest('nav') !== null;
      });
    }
    expect(found).toBe(true);
    await parent.keyboard.press('Enter');
    await expectPage(parent, 'Messages');
    // From there, Tab reaches "Send a new message" and Enter follows it.
    let onNew = false;
    for (let i = 0; i < 40 && !onNew; i++) {
      await parent.keyboard.press('Tab');
      onNew = await parent.evaluate(() => document.activeElement?.textContent?.trim() === 'Send a new message');
    }
    expect(onNew).toBe(true);
    await parent.keyboard.press('Enter');
    await expectPage(parent, 'Send a new message');
    // The skip link is the first thing on every page a keyboard reaches.
    const first = await parent.evaluate(() => document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')?.textContent?.trim());
    expect(first).toBe('Skip to main content');
  });

  it('switches to Welsh and back', async () => {
    await parent.getByRole('button', { name: /^Cymraeg/ }).click();
    await parent.waitForFunction(() => document.documentElement.lang === 'cy');
    await expectNoAccessibilityViolations(parent, 'Messages (Cymraeg)');
    await parent.getByRole('button', { name: /^English/ }).click();
    await parent.waitForFunction(() => document.documentElement.lang === 'en');
  });
});
