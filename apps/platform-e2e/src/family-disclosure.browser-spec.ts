// What reaches a family, in a real browser (docs/family-disclosure.md): a football coach reports a
// concern about a child of the Adams family; the front door matches and decides it. At every stage
// parent.adams reads every page of the portal, and none of them shows the concern, the coach or the
// decision's reasons; after an early-help decision the family gets the outcome's own message, and
// after a strategy discussion nothing, until a social worker records that telling them is safe.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { triageOutcomeForFamilyAboutOthersReferral } from '@childfirst/domain/referrals';
import { accessTokenFor } from '@childfirst/testing/demo-sign-in';
import { getServiceAccountToken } from '@childfirst/testing/keycloak-login';
import { eventually } from '@childfirst/testing/eventually';
import { stack } from '@childfirst/testing/stack-environment';
import { expectNoAccessibilityViolations, expectPage, familyPortalUrl, launchBrowser, newPersonContext, signIn } from './browser';

const MIA_ADAMS = '7d4a9c1e-0000-4000-8000-00000000b003';

async function api(method: string, path: string, token: string | null, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${stack.apiUrl}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}


describe('what reaches the family, in the portal', () => {
  let browser: Browser;
  let context: BrowserContext;
  let parent: Page;
  let tara: string;
  let sam: string;
  let adamsKeyWorker: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newPersonContext(browser);
    parent = await context.newPage();
    [tara, sam] = await Promise.all([accessTokenFor('tara.triage', 'staff-web'), accessTokenFor('sam.socialworker', 'staff-web')]);
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    try {
      adamsKeyWorker = (await db.query(`SELECT key_worker_id AS id FROM cases.family_case WHERE family_id = '7d4a9c1e-0000-4000-8000-00000000a001'`)).rows[0].id;
    } finally {
      await db.end();
    }
    await signIn(parent, familyPortalUrl, 'parent.adams');
    await expectPage(parent, 'Your family’s support');
    existingConversations = new Set(await conversationLinks());
  });

  afterAll(async () => {
    await browser?.close();
  });

  let existingConversations = new Set<string | null>();
  async function conversationLinks() {
    await parent.goto(`${familyPortalUrl}/messages`);
    await parent.waitForLoadState('networkidle');
    return (await parent.locator('main a[href^="/messages/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))).filter((href) => href !== '/messages/new');
  }

  /** Every page of the portal, read whole. */
  async function everyPageText(): Promise<string> {
    const texts: string[] = [];
    for (const [path, heading] of [
      ['/', 'Your family’s support'],
      ['/help-requests', 'Your requests for help'],
      ['/messages', 'Messages'],
      ['/documents', 'Documents'],
      ['/your-views', 'Your views'],
      ['/consent', 'What you agreed to share'],
    ] as const) {
      await parent.goto(`${familyPortalUrl}${path}`);
      await parent.getByRole('heading', { level: 1, name: new RegExp(heading) }).waitFor({ timeout: 30_000 });
      await parent.waitForLoadState('networkidle');
      texts.push(await parent.locator('body').innerText());
    }
    // Conversations that were there before this spec began cannot hold what it sends: open the new ones.
    const links = (await conversationLinks()).filter((href) => !existingConversations.has(href));
    for (const href of links) {
      await parent.goto(`${familyPortalUrl}${href}`);
      await parent.waitForLoadState('networkidle');
      texts.push(await parent.locator('body').innerText());
    }
    return texts.join('\n');
  }

  async function report(marker: string) {
    const description = `Concern ${marker}: Mia told me something worrying about home. I am her football coach, Mr Patel ${marker}.`;
    const sent = await api(
      'POST',
      '/public/concerns',
      null,
      {
        anonymous: false, reporterName: `Mr Patel ${marker}`, reporterEmail: `coach-${marker}@example.org`, relationshipToChild: 'acquaintance',
        subjects: [{ kind: 'unidentified', givenName: 'Mia', familyName: 'Adams', approximateAge: 9 }], concerns: ['2B'], description, urgency: 'within-24-hours',
      },
      { 'idempotency-key': randomUUID() },
    );
    expect(sent.status).toBe(201);
    const id = await eventually(async () => {
      const queue = await api('GET', '/staff/referrals', tara);
      const found = queue.body.items.find((item: { id: string }) => item.id.startsWith(sent.body.reference.toLowerCase()));
      expect(found).toBeDefined();
      return found.id as string;
    });
    return { id, secrets: [id, description, `Mr Patel ${marker}`, `coach-${marker}`, 'football coach'] };
  }

  /** A school's referral and a police notification about the same child, sent with the coach's concern. */
  async function professionalAndPolice(marker: string) {
    const kim = await accessTokenFor('kim.keyworker', 'staff-web');
    const partner = await getServiceAccountToken({ keycloakUrl: stack.keycloakUrl, realm: stack.realm, clientId: 'childfirst-partner-gateway', clientSecret: 'dev-partner-gateway-secret' });
    const school = `School concern ${marker}: Mia arrived upset and hungry again.`;
    const police = `Police notification ${marker}: officers attended a disturbance at the home.`;
    const referred = await api(
      'POST',
      '/staff/referrals',
      kim,
      { source: 'school', referrerRole: `Teacher ${marker}`, referrerOrganisation: `Hillside Primary ${marker}`, referrerEmail: `teacher-${marker}@school.example`, subjects: [{ kind: 'known', personId: MIA_ADAMS }], concerns: ['3A'], description: school, urgency: 'within-24-hours', consent: { status: 'given' } },
      { 'idempotency-key': randomUUID() },
    );
    expect([referred.status, referred.body?.errors ?? null]).toEqual([201, null]);
    const notified = await api(
      'POST',
      '/agency/notifications',
      partner,
      { kind: 'police-notification', policeReference: `HC-${marker}`, incidentAt: new Date(Date.now() - 3_600_000).toISOString(), incidentType: 'domestic-abuse', officerName: `PC Reed ${marker}`, collarNumber: '4471', subjects: [{ kind: 'known', personId: MIA_ADAMS }], description: police, urgency: 'within-24-hours' },
      { 'idempotency-key': randomUUID() },
    );
    expect(notified.status).toBe(201);
    return [referred.body.id, notified.body.referralId, school, police, `Teacher ${marker}`, `Hillside Primary ${marker}`, `teacher-${marker}`, `HC-${marker}`, `PC Reed ${marker}`];
  }

  async function expectNothingOf(secrets: string[], stage: string) {
    const text = (await everyPageText()).toLowerCase();
    for (const secret of secrets) if (text.includes(secret.toLowerCase())) throw new Error(`${stage}: the portal shows "${secret}"`);
  }

  async function matchAndDecide(id: string, outcome: 'early-help' | 'strategy-discussion', reason: string) {
    const view = (await api('GET', `/staff/referrals/${id}`, tara)).body;
    expect((await api('POST', `/staff/referrals/${id}/subjects/${view.subjects[0].id}/match`, tara, { personId: MIA_ADAMS })).status).toBe(200);
    const matched = await eventually(async () => {
      const v = (await api('GET', `/staff/referrals/${id}`, tara)).body;
      expect(v.familyId).not.toBeNull();
      return v;
    });
    return async () => {
      const keyWorker = outcome === 'early-help' ? { keyWorkerPractitionerId: adamsKeyWorker } : {};
      const decided = await api('POST', `/staff/referrals/${id}/decision`, tara, { outcome, reason, ...keyWorker }, { 'if-match': `"${matched.version}"` });
      expect(decided.status).toBe(200);
    };
  }

  it('never shows the coach’s concern (nor a school’s referral or a police notification), before or after matching, and after early help shows only the outcome’s own message', async () => {
    const marker = randomUUID().slice(0, 8);
    const report1 = await report(marker);
    const { id } = report1;
    const secrets = [...report1.secrets, ...(await professionalAndPolice(marker))];
    const reason = `Reason ${marker}: support at home is needed.`;
    await expectNothingOf(secrets, 'received');
    const decide = await matchAndDecide(id, 'early-help', reason);
    await expectNothingOf(secrets, 'matched');
    await decide();
    await eventually(async () => expect((await api('GET', `/staff/referrals/${id}`, tara)).body.familyToldAt).not.toBeNull());
    await expectNothingOf([...secrets, reason], 'decided');

    await parent.goto(`${familyPortalUrl}/messages`);
    await parent.getByRole('link', { name: 'An update from children’s services' }).first().click();
    await parent.getByText(triageOutcomeForFamilyAboutOthersReferral['early-help']).first().waitFor();
    await expectNoAccessibilityViolations(parent, 'The outcome’s message to the family');
  });

  it('tells the family nothing after a strategy discussion, until a social worker records that it is safe', async () => {
    const marker = randomUUID().slice(0, 8);
    const told = triageOutcomeForFamilyAboutOthersReferral['strategy-discussion'];
    // Other tests may have told this family of other strategy discussions: count, before and after.
    const timesTold = (text: string) => text.split(told).length - 1;
    const { id, secrets } = await report(marker);
    const decide = await matchAndDecide(id, 'strategy-discussion', `Reason ${marker}: disclosure by the child.`);
    const beforeDecision = timesTold(await everyPageText());
    await decide();
    await eventually(async () => expect((await api('GET', `/staff/referrals/${id}`, tara)).body.status).toBe('decided'));
    expect(timesTold(await everyPageText())).toBe(beforeDecision);
    await expectNothingOf(secrets, 'strategy discussion');

    expect((await api('POST', `/staff/referrals/${id}/tell-family`, sam)).status).toBe(200);
    expect(timesTold(await everyPageText())).toBe(beforeDecision + 1);
    await expectNothingOf(secrets, 'family told');
  });
});
