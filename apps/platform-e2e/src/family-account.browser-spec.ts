// A new family account in a real browser against the composed stack: someone registers on
// Keycloak's page from the portal, verifies their email through the link Keycloak sends (caught by
// the stack's SMTP catcher), only then chooses a password, lands on "Link your account", then turns on the optional second factor
// (an authenticator app, TOTP) from the portal; from then on Keycloak asks for a code at sign-in.
import { randomUUID } from 'node:crypto';
import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { expectAccessibleAtAnyWidth, expectNoAccessibilityViolations, expectPage, familyPortalUrl, launchBrowser, newPersonContext } from './browser';

const marker = randomUUID().slice(0, 8);
const username = `new.parent.${marker}`;
const email = `new.parent.${marker}@example.test`;
const password = `Childfirst-${marker}-Registration`;

interface CaughtMail {
  to: { address: string }[];
  subject: string;
  text?: string;
  html?: string;
}

/** Keycloak's verification email for the address, once it has arrived in the SMTP catcher. */
async function verificationLink(address: string): Promise<string> {
  const inbox = process.env.MAILDEV_URL;
  if (!inbox) throw new Error('MAILDEV_URL is not set: the stack’s SMTP catcher is needed');
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const mails = (await (await fetch(`${inbox}/api/email`)).json()) as CaughtMail[];
    const mail = mails.find((candidate) => candidate.to.some((to) => to.address === address));
    const link = mail && `${mail.text ?? ''} ${mail.html ?? ''}`.match(/https?:\/\/[^\s"<>]+login-actions\/action-token[^\s"<>]+/)?.[0];
    if (link) return link.replace(/&amp;/g, '&');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`No verification email reached ${address}`);
}

/** The 30-second step an authenticator app is in. */
const currentStep = () => Math.floor(Date.now() / 30_000);

/** The code an authenticator app would show now for Keycloak's secret. */
function codeFor(secret: string): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) });
}

/** Keycloak refuses a code used before: wait for the app's next code if the step has not moved on. */
async function nextUnusedStep(usedStep: number): Promise<void> {
  while (currentStep() <= usedStep) await new Promise((resolve) => setTimeout(resolve, 1_000));
}

describe('a new family account: registration, email verification and 2-step verification', () => {
  let browser: Browser;
  let page: Page;
  let secret = '';
  let setupStep = 0;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newPersonContext(browser)).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('registers on Keycloak’s page, verifies the email and lands on "Link your account"', async () => {
    await page.goto(familyPortalUrl);
    await page.getByRole('link', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('First name').fill('Nia');
    await page.getByLabel('Last name').fill(`Parent ${marker}`);
    // No password yet: with email verification on, Keycloak asks for it once the address is proved.
    expect(await page.locator('input[type=password]').count()).toBe(0);
    await page.getByRole('button', { name: 'Create account' }).click();
    // Nothing opens until the address is verified.
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor({ timeout: 30_000 });
    await page.getByText(/verify your email address/i).first().waitFor();
    await expectAccessibleAtAnyWidth(page, 'Check your email');
    expect(new URL(page.url()).origin).not.toBe(new URL(familyPortalUrl).origin);

    await page.goto(await verificationLink(email));
    await page.getByRole('heading', { level: 1, name: 'Choose a password' }).waitFor({ timeout: 30_000 });
    await expectAccessibleAtAnyWidth(page, 'Choose a password');
    await page.getByLabel('New password').fill(password);
    await page.getByLabel('Confirm password').fill(password);
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.waitForURL((url) => url.origin === new URL(familyPortalUrl).origin, { timeout: 30_000 });
    await expectPage(page, 'Link your account');
  });

  it('offers 2-step verification from the portal, and sets it up on Keycloak’s page', async () => {
    await page.getByRole('link', { name: 'Account security' }).click();
    await expectPage(page, '2-step verification');
    await expectNoAccessibilityViolations(page, '2-step verification');
    await page.getByRole('button', { name: 'Set up 2-step verification' }).click();

    // Keycloak's authenticator setup shows a QR code; "I cannot scan the QR code" shows the secret as text.
    await page.getByRole('heading', { level: 1, name: 'Set up 2-step verification' }).waitFor({ timeout: 30_000 });
    await expectAccessibleAtAnyWidth(page, 'Set up 2-step verification (QR code)');
    await page.getByRole('link', { name: 'I cannot scan the QR code' }).click();
    secret = ((await page.locator('#kc-totp-secret-key').textContent()) ?? '').replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32,}$/);
    await expectAccessibleAtAnyWidth(page, 'Set up 2-step verification (key)');
    setupStep = currentStep();
    await page.getByLabel('Code from the app').fill(await codeFor(secret));
    await page.getByLabel('Name of this device').fill('Test phone');
    await page.getByRole('button', { name: 'Finish setting up' }).click();

    await page.waitForURL((url) => url.origin === new URL(familyPortalUrl).origin && url.pathname === '/account-security', { timeout: 30_000 });
    await page.getByText('2-step verification is set up').waitFor({ timeout: 30_000 });
    await expectNoAccessibilityViolations(page, '2-step verification set up');
  });

  it('asks for a code from the app at the next sign-in', async () => {
    // Signing out ends the Keycloak session; the portal shows its start page, where they sign in again.
    await page.getByRole('link', { name: 'Sign out' }).click();
    await expectPage(page, 'Childfirst family portal', 'Start page after signing out');
    await page.getByRole('link', { name: 'Sign in', exact: true }).click();
    await page.getByLabel('Username or email').waitFor({ timeout: 30_000 });
    await page.getByLabel('Username or email').fill(username);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    const code = page.getByLabel('Code', { exact: true });
    await code.waitFor({ timeout: 30_000 });
    await expectPage(page, 'Enter the code from your authenticator app');
    await expectAccessibleAtAnyWidth(page, 'One-time code');
    // A wrong code is refused; the app's code lets them in.
    await code.fill('000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/the code is not right/i).first().waitFor({ timeout: 30_000 });
    await expectAccessibleAtAnyWidth(page, 'One-time code (wrong code)');
    await nextUnusedStep(setupStep);
    await code.fill(await codeFor(secret));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.origin === new URL(familyPortalUrl).origin, { timeout: 30_000 });
    await expectPage(page, 'Link your account');
  });
});
