// The family portal journey in a real browser against the composed stack: a parent signs in, sees
// their key worker and what is happening, and sends a message; the key worker answers in the staff
// app; the parent sees the answer. The parent shares a document and their child's views; the key
// worker sees them new on the case, downloads the document and reads the views. Every portal page
// is checked with axe and at 320 px wide, a keyboard-only journey moves through the navigation, and
// the language switch changes the page.
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessibleAtAnyWidth, expectNoAccessibilityViolations, expectPage, familyPortalUrl, launchBrowser, newPersonContext, signIn, staffWebUrl } from './browser';

const marker = randomUUID().slice(0, 8);
const subject = `Mornings ${marker}`;
const question = `Mia is still struggling with mornings (${marker}). Can we talk this week?`;
const answer = `Yes – I will call you on Thursday at 10am (${marker}).`;
const documentTitle = `School report ${marker}`;
const documentFile = `report-${marker}.pdf`;
const views = `Mia wants to keep reading with Mrs Khan every week (${marker}).`;

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

  it('parent.adams shares a document and Mia’s views', async () => {
    await nav().getByRole('link', { name: /^Documents/ }).click();
    await expectPage(parent, 'Documents');
    await parent.getByLabel('What is the document?').fill(documentTitle);
    await parent.getByLabel('Choose the file').setInputFiles({ name: documentFile, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${marker}\n%%EOF`) });
    await parent.getByRole('button', { name: 'Upload document' }).click();
    await parent.getByText(`‘${documentTitle}’ has been uploaded`).waitFor({ timeout: 30_000 });

    await nav().getByRole('link', { name: /^Your views/ }).click();
    await expectPage(parent, 'Your views');
    await parent.getByLabel('A child’s or young person’s').check();
    await parent.getByLabel('Mia Adams').check();
    await parent.getByLabel('A plan (for example an EHC plan or child in need plan)').check();
    await parent.getByLabel('Your views', { exact: true }).fill(views);
    await parent.getByRole('button', { name: 'Send your views' }).click();
    await parent.getByText('Your views have been sent to your key worker').waitFor({ timeout: 30_000 });
  });

  it('kim.keyworker sees them new on the Adams case, downloads the document and reads the views', async () => {
    await staff.goto(staffWebUrl);
    await expectPage(staff, 'My caseload');
    const adamsRow = staff.getByRole('row', { name: /Adams family/ }).first();
    await adamsRow.getByText(/new from the family/).waitFor({ timeout: 30_000 });
    await adamsRow.getByRole('link', { name: /Adams family/ }).click();

    const section = staff.locator('section', { has: staff.getByRole('heading', { level: 2, name: 'From the family' }) });
    const row = section.getByRole('row', { name: new RegExp(documentTitle) });
    await row.waitFor({ timeout: 30_000 });
    await staff.getByRole('heading', { level: 2, name: 'New from the family' }).waitFor();
    expect(await row.textContent()).toContain('New');
    expect(await row.textContent()).toContain('Jo Adams');
    await expectNoAccessibilityViolations(staff, 'Case, with what the family sent (staff)');

    const download = staff.waitForEvent('download');
    await row.getByRole('button', { name: `Download ${documentFile}` }).click();
    expect((await download).suggestedFilename()).toBe(documentFile);
    await row.getByText(/^Read by Kim Okafor on /).waitFor({ timeout: 30_000 });

    const card = section.locator('.govuk-summary-card').filter({ hasText: marker });
    expect(await card.getByRole('heading', { level: 4 }).textContent()).toBe('Views of a child or young person New');
    await card.getByText('Show what they said').click();
    await card.getByText(views).waitFor();
    await card.getByText(/^Read by Kim Okafor on /).waitFor({ timeout: 30_000 });
    await expectNoAccessibilityViolations(staff, 'Case, after reading what the family sent (staff)');
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
