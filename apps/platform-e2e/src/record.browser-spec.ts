// The child-centred record, end to end in a real browser against the composed stack: the Adams
// family's key worker finds a child (also by a mistyped name), opens their record, their family's
// genogram and the case workspace, filters the chronology by an agency and adds a case note.
// Every page of ours on the way is checked with axe.
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoAccessibilityViolations, expectPage, launchBrowser, newPersonContext, signIn, staffWebUrl } from './browser';

// A unique marker so this run's note is told apart from every other in the demo data.
const marker = `E2E-${randomUUID()}`;
const noteBody = `${marker} Home visit: Jo and the children were at home; we agreed a plan for school mornings.`;

describe('the child-centred record, from a search to a case note', () => {
  let browser: Browser;
  let context: BrowserContext;
  let staff: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newPersonContext(browser);
    staff = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const findAPersonLink = () => staff.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Find a person' });

  /** Starts from an empty search page, so the results waited for are this search's, not the last one's. */
  async function searchByName(name: string) {
    await findAPersonLink().click();
    await staff.getByRole('heading', { level: 2, name: /found$/ }).waitFor({ state: 'detached' });
    await staff.getByLabel('Name', { exact: true }).fill(name);
    await staff.getByRole('radio', { name: 'Working with the child or family' }).check();
    await staff.getByRole('button', { name: 'Search', exact: true }).click();
    await staff.getByRole('heading', { level: 2, name: /found$/ }).waitFor({ timeout: 30_000 });
  }

  it('kim.keyworker signs in and starts at their caseload', async () => {
    await signIn(staff, staffWebUrl, 'kim.keyworker');
    await expectPage(staff, 'My caseload');
    expect(await staff.title()).toBe('My caseload – Childfirst');
    await staff.getByRole('link', { name: /Adams family/ }).first().waitFor({ timeout: 30_000 });
  });

  it('kim.keyworker searches for "Adams" from the service navigation', async () => {
    await findAPersonLink().click();
    await expectPage(staff, 'Find a person');
    await searchByName('Adams');
    const results = staff.getByRole('table', { name: 'People found' });
    await results.getByRole('link', { name: /Adams/ }).first().waitFor();
    // NHS numbers are shown as the NHS prints them.
    const cells = await results.getByRole('cell').allTextContents();
    expect(cells.some((cell) => /^\d{3} \d{3} \d{4}$/.test(cell))).toBe(true);
    await expectNoAccessibilityViolations(staff, 'Find a person, with results');
  });

  it('kim.keyworker still finds the family with the name mistyped as "Admas"', async () => {
    await searchByName('Admas');
    await staff.getByRole('table', { name: 'People found' }).getByRole('link', { name: /Adams/ }).first().waitFor();
    await expectNoAccessibilityViolations(staff, 'Find a person, mistyped name');
  });

  it('kim.keyworker sees a helpful page when no one is found, and what to fix when nothing is entered', async () => {
    await findAPersonLink().click();
    await staff.getByLabel('Name', { exact: true }).fill(`Nobody ${marker.slice(4, 12)}`);
    await staff.getByRole('radio', { name: 'Checking before a visit' }).check();
    await staff.getByRole('button', { name: 'Search', exact: true }).click();
    await staff.getByRole('heading', { level: 2, name: 'No one found' }).waitFor({ timeout: 30_000 });
    await staff.getByLabel('Name', { exact: true }).fill('');
    await staff.getByRole('button', { name: 'Search', exact: true }).click();
    await staff.getByRole('alert').getByText('There is a problem').waitFor();
    expect(await staff.title()).toMatch(/^Error: Find a person/);
    await expectNoAccessibilityViolations(staff, 'Find a person, with errors');
    await searchByName('Adams');
  });

  it('kim.keyworker opens a person from the results and sees their record', async () => {
    await staff.getByRole('table', { name: 'People found' }).getByRole('link', { name: /Adams/ }).first().click();
    await staff.getByRole('heading', { level: 2, name: 'Record' }).waitFor({ timeout: 30_000 });
    await expectNoAccessibilityViolations(staff, 'Person');
    expect(await staff.title()).toBe('Person – Childfirst');
    const record = (await staff.locator('main dl').first().textContent()) ?? '';
    expect(record).toContain('Date of birth');
    expect(record).toMatch(/Current address/);
  });

  it('kim.keyworker goes to the family and sees its genogram', async () => {
    await staff.getByRole('link', { name: 'Adams family', exact: true }).first().click();
    await expectPage(staff, 'Adams family', 'Family');
    const genogram = staff.getByRole('img', { name: /^Genogram of the Adams family/ });
    await genogram.waitFor();
    expect(await genogram.locator('[data-person-id]').count()).toBeGreaterThan(1);
    await staff.getByRole('table', { name: /Members of the household/ }).waitFor();
    await expectNoAccessibilityViolations(staff, 'Family');
  });

  it('kim.keyworker opens the case workspace and sees themself as key worker', async () => {
    await staff.getByRole('link', { name: /Go to the case workspace/ }).click();
    await expectPage(staff, 'Adams family', 'Case workspace');
    await staff.getByRole('list', { name: 'Chronology, newest first' }).waitFor({ timeout: 30_000 });
    const keyWorkerCard = staff.locator('.govuk-summary-card', { has: staff.getByRole('heading', { name: 'Key worker' }) });
    expect(await keyWorkerCard.textContent()).toContain('Kim Okafor');
    expect(await staff.title()).toBe('Case – Childfirst');
    await expectNoAccessibilityViolations(staff, 'Case workspace');
  });

  it('kim.keyworker filters the chronology by an agency, and the filter is kept in the address', async () => {
    const agencies = staff.getByRole('group', { name: 'Agency' });
    const firstAgency = agencies.getByRole('checkbox').first();
    const agencyValue = await firstAgency.getAttribute('value');
    await firstAgency.check();
    await staff.getByRole('button', { name: 'Apply filters' }).click();
    await staff.waitForURL((url) => url.searchParams.getAll('agency').includes(agencyValue ?? ''));
    await staff.getByRole('status').filter({ hasText: /filtered by/ }).waitFor({ timeout: 30_000 });
    await expectNoAccessibilityViolations(staff, 'Case workspace, chronology filtered');

    // The filtered view can be bookmarked: opening the address again shows the same filter.
    await staff.reload();
    await expectPage(staff, 'Adams family', 'Case workspace, filtered, reloaded');
    await staff.getByRole('group', { name: 'Agency' }).getByRole('checkbox', { checked: true }).first().waitFor({ timeout: 30_000 });
    await staff.getByRole('link', { name: 'Clear filters' }).click();
    await staff.waitForURL((url) => url.search === '');
  });

  it('kim.keyworker adds a case note, sees the draft saved as they type, then sees the note listed', async () => {
    // Radios by role: the chronology's event filter may have a "Home visit" checkbox too.
    await staff.getByRole('radio', { name: 'Home visit' }).check();
    await staff.getByLabel('Note', { exact: true }).fill(noteBody);
    await staff.getByRole('radio', { name: 'Standard' }).check();
    await staff.getByText(/^Draft saved at /).waitFor({ timeout: 10_000 });
    await expectNoAccessibilityViolations(staff, 'Case workspace, note being written');

    await staff.getByRole('button', { name: 'Save note' }).click();
    await staff.getByRole('alert').getByText(/Case note added/).waitFor({ timeout: 30_000 });
    await staff.getByRole('list', { name: 'Case notes, newest first' }).getByText(marker, { exact: false }).waitFor({ timeout: 30_000 });
    expect(await staff.getByText(/^Draft saved at /).count()).toBe(0);
    await expectNoAccessibilityViolations(staff, 'Case workspace, note added');
  });

  it('kim.keyworker reloads and the note is still there, with no draft left behind', async () => {
    await staff.reload();
    await expectPage(staff, 'Adams family', 'Case workspace, reloaded');
    await staff.getByRole('list', { name: 'Case notes, newest first' }).getByText(marker, { exact: false }).waitFor({ timeout: 30_000 });
    expect(await staff.getByLabel('Note', { exact: true }).inputValue()).toBe('');
  });
});

describe('minimum necessary in search: a police officer checking who someone is before a referral', () => {
  let browser: Browser;
  let police: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    police = await (await newPersonContext(browser)).newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('paul.police finds the Adams family by name, sees their dates of birth and area but no NHS number, and is told why', async () => {
    await signIn(police, staffWebUrl, 'paul.police');
    await police.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Find a person' }).click();
    await expectPage(police, 'Find a person');
    await police.getByLabel('Name', { exact: true }).fill('Adams');
    await police.getByRole('radio', { name: 'Making a referral' }).check();
    await police.getByRole('button', { name: 'Search', exact: true }).click();
    const results = police.getByRole('table', { name: 'People found' });
    await results.getByRole('link', { name: /Adams/ }).first().waitFor({ timeout: 30_000 });

    const cells = await results.getByRole('cell').allTextContents();
    expect(cells.some((cell) => /^\d{3} \d{3} \d{4}$/.test(cell))).toBe(false);
    expect(cells).toContain('Not shown');
    expect(cells.some((cell) => /, [A-Z]{1,2}\d[A-Z\d]? area$/.test(cell))).toBe(true);
    await police.getByText(/You are not working with (some of )?these people/).waitFor();
    await expectNoAccessibilityViolations(police, 'Find a person, identity only');
  });
});
