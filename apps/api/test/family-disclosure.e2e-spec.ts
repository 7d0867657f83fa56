import { createHash, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { triageOutcomeForFamily, triageOutcomeForFamilyAboutOthersReferral, type TriageOutcome } from '@childfirst/domain/referrals';
import { accessTokenFor } from '@childfirst/testing/demo-sign-in';
import { eventually } from '@childfirst/testing/eventually';
import { getServiceAccountToken } from '@childfirst/testing/keycloak-login';
import { stack } from '@childfirst/testing/stack-environment';
import { callApi } from './api-client';

/**
 * What reaches a family (docs/family-disclosure.md), through the real API, workflow and worker:
 * for every intake source × every stage (received, matched, information requested, each outcome),
 * every family endpoint of every account concerned is read whole and searched for the referral's
 * id, text, referrer, agency question and answer, and decision reason. Only the account that sent a
 * request sees it; others' referrals reach the family only as the outcome's own message, and after a
 * strategy discussion only once a social worker records that telling the family is safe.
 */
const ADAMS_FAMILY = '7d4a9c1e-0000-4000-8000-00000000a001';
const BEGUM_FAMILY = '7d4a9c1e-0000-4000-8000-00000000a002';
const MIA_ADAMS = '7d4a9c1e-0000-4000-8000-00000000b003';
const YUSUF_BEGUM = '7d4a9c1e-0000-4000-8000-00000000b007';
const DANIEL_PERSON = '7d4a9c1e-0000-4000-8000-00000000b002';
const AISHA_PERSON = '7d4a9c1e-0000-4000-8000-00000000b006';
const DANIEL_SUBJECT = '5b0c5b1e-0000-4000-8000-000000000012';
const AISHA_SUBJECT = '5b0c5b1e-0000-4000-8000-000000000013';

const OUTCOMES: TriageOutcome[] = ['no-further-action', 'signpost-universal-services', 'early-help', 'child-and-family-assessment', 'strategy-discussion'];
type Account = 'adams' | 'daniel' | 'begum' | 'aisha';
type Source = 'public' | 'professional' | 'partner' | 'other-adult' | 'young-person';


describe('what reaches the family (API e2e)', () => {
  const db = new Client({ connectionString: stack.databaseUrl });
  const tokens = {} as Record<Account | 'kim' | 'tara' | 'eve' | 'sam' | 'partner', string>;
  const keyWorkerOf: Record<string, string> = {};

  /** Everything every family endpoint gives this account, as one text, and its conversations. */
  async function surface(account: Account) {
    const token = tokens[account];
    const paths = ['/family/me', '/family/home', '/family/help-requests', '/family/messages', '/family/documents', '/family/views', '/family/consents'];
    const bodies = await Promise.all(paths.map(async (path) => {
      const response = await callApi('GET', path, { token });
      expect(response.status).toBe(200);
      return response.body;
    }));
    const threads: { id: string; subject: string }[] = bodies[3].items;
    const conversations = await Promise.all(threads.map(async (thread) => (await callApi('GET', `/family/messages/${thread.id}`, { token })).body));
    return { text: JSON.stringify([bodies, conversations]), helpRequestIds: (bodies[2].items as { id: string }[]).map((r) => r.id), conversations: conversations as { id: string; messages: { body: string }[] }[] };
  }

  /** None of the secrets of a referral appears anywhere on these accounts' family surface. */
  async function expectUnseen(accounts: readonly Account[], secrets: readonly string[]) {
    for (const account of accounts) {
      const { text } = await surface(account);
      for (const secret of secrets) {
        if (text.toLowerCase().includes(secret.toLowerCase())) throw new Error(`${account} can see "${secret}" on the family surface`);
      }
    }
  }

  beforeAll(async () => {
    await db.connect();
    const [adams, daniel, begum, aisha, kim, tara, eve, sam] = await Promise.all([
      accessTokenFor('parent.adams', 'family-portal'),
      accessTokenFor('daniel.adams', 'family-portal'),
      accessTokenFor('parent.begum', 'family-portal'),
      accessTokenFor('aisha.begum', 'family-portal'),
      accessTokenFor('kim.keyworker', 'staff-web'),
      accessTokenFor('tara.triage', 'staff-web'),
      accessTokenFor('eve.education', 'staff-web'),
      accessTokenFor('sam.socialworker', 'staff-web'),
    ]);
    const partner = await getServiceAccountToken({ keycloakUrl: stack.keycloakUrl, realm: stack.realm, clientId: 'childfirst-partner-gateway', clientSecret: 'dev-partner-gateway-secret' });
    Object.assign(tokens, { adams, daniel, begum, aisha, kim, tara, eve, sam, partner });
    // Daniel (the other parent) and Aisha (13) link their own accounts, whatever ran before.
    await db.query(`DELETE FROM people.family_account WHERE subject = ANY($1::uuid[])`, [[DANIEL_SUBJECT, AISHA_SUBJECT]]);
    for (const [token, family, person, kind] of [[daniel, ADAMS_FAMILY, DANIEL_PERSON, 'parent'], [aisha, BEGUM_FAMILY, AISHA_PERSON, 'young-person']] as const) {
      const code = Array.from({ length: 10 }, () => 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'[Math.floor(Math.random() * 31)]).join('');
      await db.query(
        `INSERT INTO portal.invitation (id, family_id, person_id, account_kind, code_hash, created_by_practitioner_id, expires_at) VALUES (gen_random_uuid(), $1, $2, $3, $4, gen_random_uuid(), now() + interval '1 day')`,
        [family, person, kind, createHash('sha256').update(code).digest('hex')],
      );
      expect((await callApi('POST', '/family/link', { token, body: { code } })).status).toBe(200);
    }
    for (const family of [ADAMS_FAMILY, BEGUM_FAMILY]) {
      keyWorkerOf[family] = (await db.query(`SELECT key_worker_id AS id FROM cases.family_case WHERE family_id = $1`, [family])).rows[0].id;
    }
  });
  afterAll(async () => {
    await db.end();
  });

  /** Sends one referral from `source`; returns its id and what must never reach anyone but its sender. */
  async function refer(source: Source, marker: string): Promise<{ id: string; secrets: string[]; family: string; child: string }> {
    const key = randomUUID();
    const description = `Concern ${marker}: the child said something worrying happened at home after school.`;
    switch (source) {
      case 'public': {
        const reporter = `Mr Patel ${marker}`;
        const sent = await callApi('POST', '/public/concerns', {
          headers: { 'idempotency-key': key },
          body: {
            anonymous: false, reporterName: reporter, reporterEmail: `coach-${marker}@example.org`, relationshipToChild: 'acquaintance',
            subjects: [{ kind: 'unidentified', givenName: 'Mia', familyName: 'Adams', approximateAge: 9 }],
            concerns: ['2B'], description, urgency: 'within-24-hours',
          },
        });
        expect(sent.status).toBe(201);
        const [row] = (await db.query(`SELECT id FROM referrals.referral WHERE id::text LIKE $1`, [`${sent.body.reference.toLowerCase()}%`])).rows;
        return { id: row.id, secrets: [description, reporter, `coach-${marker}`], family: ADAMS_FAMILY, child: MIA_ADAMS };
      }
      case 'professional': {
        const organisation = `Hillside Football Club ${marker}`;
        const made = await callApi('POST', '/staff/referrals', {
          token: tokens.kim,
          headers: { 'idempotency-key': key },
          body: {
            source: 'voluntary-sector', referrerRole: `Coach ${marker}`, referrerOrganisation: organisation, referrerEmail: `club-${marker}@example.org`,
            subjects: [{ kind: 'unidentified', givenName: 'Mia', familyName: 'Adams', dateOfBirth: '2017-03-14' }],
            concerns: ['3A'], description, urgency: 'within-24-hours', consent: { status: 'given' },
          },
        });
        expect(made.status).toBe(201);
        return { id: made.body.id, secrets: [description, organisation, `Coach ${marker}`, `club-${marker}`], family: ADAMS_FAMILY, child: MIA_ADAMS };
      }
      case 'partner': {
        const officer = `PC Reed ${marker}`;
        const sent = await callApi('POST', '/agency/notifications', {
          token: tokens.partner,
          headers: { 'idempotency-key': key },
          body: {
            kind: 'police-notification', policeReference: `HC-${marker}`, incidentAt: new Date(Date.now() - 3_600_000).toISOString(), incidentType: 'domestic-abuse',
            officerName: officer, collarNumber: '4471', subjects: [{ kind: 'known', personId: YUSUF_BEGUM }], description, urgency: 'within-24-hours',
          },
        });
        expect(sent.status).toBe(201);
        return { id: sent.body.referralId, secrets: [description, officer, `HC-${marker}`], family: BEGUM_FAMILY, child: YUSUF_BEGUM };
      }
      case 'other-adult':
      case 'young-person': {
        const token = source === 'other-adult' ? tokens.daniel : tokens.aisha;
        const sent = await callApi('POST', '/family/help-requests', { token, headers: { 'idempotency-key': key }, body: { whatIsHappening: description, preferredContact: 'portal-message' } });
        expect(sent.status).toBe(201);
        return { id: sent.body.id, secrets: [description], family: source === 'other-adult' ? ADAMS_FAMILY : BEGUM_FAMILY, child: source === 'other-adult' ? MIA_ADAMS : AISHA_PERSON };
      }
    }
  }

  /** Who sent it (sees it as their own request), who must not see it, and who is told the outcome. */
  const audiences: Record<Source, { sender: Account | null; others: Account[]; toldOfOutcome: Account[] }> = {
    public: { sender: null, others: ['adams', 'daniel'], toldOfOutcome: ['adams', 'daniel'] },
    professional: { sender: null, others: ['adams', 'daniel'], toldOfOutcome: ['adams', 'daniel'] },
    partner: { sender: null, others: ['begum', 'aisha'], toldOfOutcome: ['begum'] },
    'other-adult': { sender: 'daniel', others: ['adams'], toldOfOutcome: ['daniel'] },
    'young-person': { sender: 'aisha', others: ['begum'], toldOfOutcome: ['aisha'] },
  };

  describe.each(Object.keys(audiences) as Source[])('a referral from %s', (source) => {
    it.each(OUTCOMES)('shows the family only what the rule allows, at every stage up to %s', async (outcome) => {
      const { sender, others, toldOfOutcome } = audiences[source];
      const marker = randomUUID().slice(0, 8);
      const referral = await refer(source, marker);
      const question = `Question ${marker}: attendance and any welfare concerns?`;
      const answer = `Answer ${marker}: attendance 81%.`;
      const reason = `Reason ${marker}: decided after checks with the school.`;
      const secretsOf = () => [referral.id, ...referral.secrets, question, answer, reason];
      const checkStage = async (stage: string) => {
        try {
          await expectUnseen(others, secretsOf());
          if (sender) expect((await surface(sender)).helpRequestIds).toContain(referral.id);
        } catch (error) {
          throw new Error(`${stage}: ${(error as Error).message}`);
        }
      };
      const staffView = async () => (await callApi('GET', `/staff/referrals/${referral.id}`, { token: tokens.tara })).body;

      // Received.
      await eventually(async () => expect((await staffView()).status).toBe('awaiting-decision'));
      await checkStage('received');

      // Matched to the child's record.
      let view = await staffView();
      const unmatched = view.subjects.find((s: { personId: string | null }) => s.personId === null);
      if (unmatched) {
        expect((await callApi('POST', `/staff/referrals/${referral.id}/subjects/${unmatched.id}/match`, { token: tokens.tara, body: { personId: referral.child } })).status).toBe(200);
      }
      view = await eventually(async () => {
        const matched = await staffView();
        expect(matched.familyId).toBe(referral.family);
        return matched;
      });
      await checkStage('matched');

      // Information requested from education, and answered.
      const gathered = await callApi('POST', `/staff/referrals/${referral.id}/information-gathering`, {
        token: tokens.tara,
        headers: { 'if-match': `"${view.version}"` },
        body: { rag: 'amber', informationRequests: [{ agency: 'education', question }] },
      });
      expect(gathered.status).toBe(200);
      const task = await eventually(async () => {
        const found = (await callApi('GET', '/staff/information-requests', { token: tokens.eve })).body.items.find((t: { referralId: string }) => t.referralId === referral.id);
        expect(found).toBeDefined();
        return found;
      });
      expect((await callApi('POST', `/staff/information-requests/${task.id}/response`, { token: tokens.eve, body: { summary: answer, knownToAgency: true, concernsHeld: 'low', sensitivity: 'standard' } })).status).toBe(200);
      await checkStage('information requested');

      // The decision.
      const threadsBefore = Object.fromEntries(await Promise.all((['adams', 'daniel', 'begum', 'aisha'] as const).map(async (a) => [a, new Set((await surface(a)).conversations.map((c) => c.id))] as const)));
      view = await staffView();
      const decision = {
        outcome,
        reason,
        ...(outcome === 'early-help' ? { keyWorkerPractitionerId: keyWorkerOf[referral.family] } : {}),
        ...(outcome === 'signpost-universal-services' ? { signpostServices: 'Family centre drop-in' } : {}),
      };
      const decided = await callApi('POST', `/staff/referrals/${referral.id}/decision`, { token: tokens.tara, headers: { 'if-match': `"${view.version}"` }, body: decision });
      expect(decided.status).toBe(200);
      await eventually(async () => {
        const [row] = (await db.query(`SELECT count(*)::int AS n FROM referrals.notification WHERE referral_id = $1 AND kind IN ('outcome-family-notice', 'strategy-discussion')`, [referral.id])).rows;
        const told = (await staffView()).familyToldAt;
        expect(outcome === 'strategy-discussion' ? row.n > 0 : told !== null).toBe(true);
      });
      await checkStage(`decided: ${outcome}`);

      const newConversations = async (account: Account) => (await surface(account)).conversations.filter((c) => !threadsBefore[account]!.has(c.id));
      const ownRequest = sender !== null;
      const expectedText = ownRequest ? triageOutcomeForFamily[outcome] : triageOutcomeForFamilyAboutOthersReferral[outcome];
      const expectTold = async (told: readonly Account[]) => {
        for (const account of ['adams', 'daniel', 'begum', 'aisha'] as const) {
          const fresh = await newConversations(account);
          if (told.includes(account)) {
            expect(fresh.map((c) => c.messages.map((m) => m.body))).toEqual([[expectedText]]);
          } else {
            expect({ account, fresh }).toEqual({ account, fresh: [] });
          }
        }
      };
      if (outcome !== 'strategy-discussion') {
        await expectTold(toldOfOutcome);
        return;
      }
      // A strategy discussion: nobody in the family is told, until a social worker says it is safe.
      await expectTold([]);
      const tell = await callApi('POST', `/staff/referrals/${referral.id}/tell-family`, { token: tokens.sam });
      if (referral.family === BEGUM_FAMILY) {
        expect(tell.status).toBe(403); // Sam has no relationship with the Begum family's case (403: the policy offers break-glass)
        expect(tell.body.type).toBe('urn:childfirst:problem:break-glass-available');
        await expectTold([]);
        return;
      }
      expect(tell.status).toBe(200);
      expect((await callApi('POST', `/staff/referrals/${referral.id}/tell-family`, { token: tokens.sam })).status).toBe(200); // once only
      expect((await callApi('POST', `/staff/referrals/${referral.id}/tell-family`, { token: tokens.kim })).status).toBe(403); // a key worker cannot
      await expectTold(toldOfOutcome);
      await checkStage('family told after the strategy discussion');
    });
  });

  it('tells a member of the public, in every e-mail, that they will not hear what happens, and never sends them the outcome', async () => {
    const marker = randomUUID().slice(0, 8);
    const referral = await refer('public', marker);
    const address = `coach-${marker}@example.org`;
    const inbox = async () => ((await (await fetch(`${process.env.MAILDEV_URL}/api/email`)).json()) as { to: { address: string }[]; subject: string; text: string }[]).filter((m) => m.to.some((t) => t.address === address));
    const [ack] = await eventually(async () => {
      const mails = await inbox();
      expect(mails).toHaveLength(1);
      return mails;
    });
    expect(ack!.text).toContain('We cannot tell you what happens to the child or their family');
    expect(ack!.text).not.toContain('We will tell you the decision');
    const view = (await callApi('GET', `/staff/referrals/${referral.id}`, { token: tokens.tara })).body;
    expect((await callApi('POST', `/staff/referrals/${referral.id}/decision`, { token: tokens.tara, headers: { 'if-match': `"${view.version}"` }, body: { outcome: 'no-further-action', reason: 'Checked: no concerns at the address.' } })).status).toBe(200);
    await eventually(async () => expect((await callApi('GET', `/staff/referrals/${referral.id}`, { token: tokens.tara })).body.status).toBe('decided'));
    await new Promise((resolve) => setTimeout(resolve, 3000)); // the workflow's notifications run after the decision
    expect((await inbox()).map((m) => m.subject)).toEqual([ack!.subject]);
    expect((await callApi('GET', `/staff/referrals/${referral.id}`, { token: tokens.tara })).body.referrerToldAt).toBeNull();
  });
});
