// Each staff role's first page after signing in, in a real browser against the composed stack: a
// page that fits the role (never "You do not have access"), marked current in the navigation and
// checked with axe. The admin's page leads to "who has viewed this record".
import type { Browser, Page } from 'playwright-core';
import { expectNoAccessibilityViolations, expectPage, launchBrowser, newPersonContext, signIn, staffWebUrl } from './browser';

const homes: { username: string; heading: string; navigation: string }[] = [
  { username: 'tara.triage', heading: 'Triage queue', navigation: 'Triage queue' },
  { username: 'tom.teammanager', heading: 'Triage queue', navigation: 'Triage queue' },
  { username: 'kim.keyworker', heading: 'My caseload', navigation: 'My caseload' },
  { username: 'sam.socialworker', heading: 'My caseload', navigation: 'My caseload' },
  { username: 'eve.education', heading: 'Information requests for your agency', navigation: 'Information requests' },
  { username: 'hana.healthvisitor', heading: 'Information requests for your agency', navigation: 'Information requests' },
  { username: 'paul.police', heading: 'Information requests for your agency', navigation: 'Information requests' },
  { username: 'ian.inspector', heading: 'Find a person', navigation: 'Find a person' },
  { username: 'ada.admin', heading: 'Administration', navigation: 'Administration' },
];

/** Jo Adams in the demo seed: tools/county/fixed-ids.ts, fixedId('person', 1). */
const joAdamsId = '7d4a9c1e-0000-4000-8000-00000000b001';

describe('every staff role starts at a page that fits it', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function signedIn(username: string): Promise<Page> {
    const page = await (await newPersonContext(browser)).newPage();
    await signIn(page, staffWebUrl, username);
    return page;
  }

  it.each(homes)('$username starts at "$heading"', async ({ username, heading, navigation }) => {
    const page = await signedIn(username);
    await expectPage(page, heading, `${username}'s home page`);
    expect(await page.getByText(/You do not have access/).count()).toBe(0);
    const current = page.getByRole('navigation', { name: 'Menu' }).locator('[aria-current="page"]');
    expect(await current.allTextContents()).toEqual([navigation]);
    await page.context().close();
  });

  it('ada.admin looks up who has viewed a record from its ID, and goes back to administration', async () => {
    const page = await signedIn('ada.admin');
    await expectPage(page, 'Administration');
    await page.getByRole('button', { name: 'Show who has viewed it' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    await expectNoAccessibilityViolations(page, 'Administration, with errors');
    await page.getByLabel('Person’s record ID').fill(joAdamsId);
    await page.getByRole('button', { name: 'Show who has viewed it' }).click();
    await expectPage(page, 'Who has viewed this record');
    await page.getByRole('link', { name: 'Back to administration' }).click();
    await expectPage(page, 'Administration');
    await page.context().close();
  });
});
