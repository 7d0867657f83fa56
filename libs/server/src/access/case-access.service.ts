import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  decideCaseAccess,
  hasCapability,
  type Actor,
  type AgencyCode,
  type CaseAccessFacts,
  type CaseRelationship,
  type CaseViewer,
} from '@childfirst/domain/access';
import { DomainError } from '@childfirst/domain/errors';
import { PractitionerRepository, type PractitionerSummary } from '../agencies/practitioner.repository';

export interface CaseRow {
  id: string;
  familyId: string;
  keyWorkerId: string | null;
  allocatedTeamId: string | null;
  status: 'open' | 'closed';
  openedOn: string;
  version: number;
}

export interface AccessibleCase {
  caseRow: CaseRow;
  viewer: CaseViewer;
  practitioner: PractitionerSummary | null;
  relationship: CaseRelationship;
  reviewRequired: boolean;
}

const notFound = () => new DomainError('CASE_NOT_FOUND', 'There is no case with that id, or you do not have access to it.');

/**
 * Gathers what the database knows about a viewer's relationship to a case (key worker, team,
 * allocation, front door, grants, break-glass, consent and legal bases) and lets the domain policy
 * decide. Every case, person and family read in the staff API goes through here.
 */
@Injectable()
export class CaseAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly practitioners: PractitionerRepository,
  ) {}

  async viewerFor(actor: Actor): Promise<{ viewer: CaseViewer; practitioner: PractitionerSummary | null }> {
    const practitioner = await this.practitioners.findBySubject(actor.subject);
    return {
      practitioner,
      viewer: {
        practitionerId: practitioner?.id ?? null,
        roles: actor.roles,
        agency: (practitioner?.agency as AgencyCode | undefined) ?? null,
        teamId: practitioner?.teamId ?? null,
      },
    };
  }

  async findCase(caseId: string): Promise<CaseRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT id, family_id AS "familyId", key_worker_id AS "keyWorkerId", allocated_team_id AS "allocatedTeamId", status,
              to_char(opened_on, 'YYYY-MM-DD') AS "openedOn", version
         FROM cases.family_case WHERE id = $1`,
      [caseId],
    );
    return (row as CaseRow | undefined) ?? null;
  }

  async factsFor(caseRow: CaseRow, viewer: CaseViewer, now: Date): Promise<CaseAccessFacts> {
    return (await this.factsForCases([caseRow], viewer, now)).get(caseRow.id)!;
  }

  /** The facts of several cases for one viewer, in one query (a search's results, a person's families). */
  async factsForCases(caseRows: readonly Pick<CaseRow, 'id' | 'keyWorkerId' | 'allocatedTeamId'>[], viewer: CaseViewer, now: Date): Promise<Map<string, CaseAccessFacts>> {
    if (caseRows.length === 0) return new Map();
    const rows: ({ caseId: string } & Pick<CaseAccessFacts, 'teamMemberIds' | 'atFrontDoor' | 'grantedToViewer' | 'breakGlassByViewer' | 'sharedWithAgencies'>)[] =
      await this.dataSource.query(
        `SELECT c.id AS "caseId",
           ARRAY(SELECT practitioner_id::text FROM cases.team_member WHERE case_id = c.id AND left_on IS NULL) AS "teamMemberIds",
           EXISTS (SELECT 1 FROM referrals.referral WHERE family_id = c.family_id AND status = 'awaiting-decision') AS "atFrontDoor",
           EXISTS (SELECT 1 FROM access.case_grant WHERE case_id = c.id AND practitioner_id = $2::uuid AND expires_at > $3) AS "grantedToViewer",
           EXISTS (SELECT 1 FROM access.break_glass_access WHERE case_id = c.id AND practitioner_id = $2::uuid AND expires_at > $3) AS "breakGlassByViewer",
           ARRAY(SELECT DISTINCT agency FROM cases.consent WHERE family_id = c.family_id AND purpose = 'share-information' AND withdrawn_at IS NULL
                 UNION SELECT DISTINCT agency FROM cases.consent_override WHERE case_id = c.id AND ended_at IS NULL) AS "sharedWithAgencies"
           FROM cases.family_case c WHERE c.id = ANY($1::uuid[])`,
        [caseRows.map((c) => c.id), viewer.practitionerId, now],
      );
    const facts = new Map<string, CaseAccessFacts>();
    for (const { caseId, ...row } of rows) {
      const caseRow = caseRows.find((c) => c.id === caseId)!;
      facts.set(caseId, { keyWorkerId: caseRow.keyWorkerId, allocatedTeamId: caseRow.allocatedTeamId, ...row });
    }
    return facts;
  }

  /**
   * The case if this actor may see it. Otherwise 404 (existence is sensitive), except that staff
   * who may break glass are told so (403) and can give a reason to enter.
   */
  async requireCase(actor: Actor, caseId: string, now: Date): Promise<AccessibleCase> {
    if (!hasCapability(actor.roles, 'record:view')) throw new DomainError('CAPABILITY_MISSING', 'Your role does not allow you to see case records.');
    const caseRow = await this.findCase(caseId);
    if (!caseRow) throw notFound();
    const { viewer, practitioner } = await this.viewerFor(actor);
    const decision = decideCaseAccess(viewer, await this.factsFor(caseRow, viewer, now));
    if (decision.allowed) return { caseRow, viewer, practitioner, relationship: decision.relationship, reviewRequired: decision.reviewRequired };
    if (decision.breakGlassAvailable && practitioner) {
      throw new DomainError(
        'BREAK_GLASS_AVAILABLE',
        'You are not working with this family. In an emergency you can still see the case: give your reason, and it will be recorded and reviewed by a manager.',
      );
    }
    throw notFound();
  }

  /** Whether the actor may see this case, without throwing: for lists and person pages. */
  async canSeeCase(actor: Actor, caseId: string, now: Date): Promise<AccessibleCase | null> {
    try {
      return await this.requireCase(actor, caseId, now);
    } catch (error) {
      if (error instanceof DomainError) return null;
      throw error;
    }
  }

  /** Emergency access for an hour, with a reason, flagged for review. Only when there is no other way in. */
  async openBreakGlass(actor: Actor, caseId: string, reason: string, now: Date): Promise<{ expiresAt: Date; familyId: string }> {
    if (!hasCapability(actor.roles, 'case:break-glass')) throw new DomainError('CAPABILITY_MISSING', 'Your role does not allow emergency access to cases.');
    const caseRow = await this.findCase(caseId);
    if (!caseRow) throw notFound();
    const { viewer, practitioner } = await this.viewerFor(actor);
    if (!practitioner) throw new DomainError('NOT_A_PRACTITIONER', 'Your sign-in is not linked to a practitioner record. Ask an administrator to set you up.');
    const decision = decideCaseAccess(viewer, await this.factsFor(caseRow, viewer, now));
    if (decision.allowed) throw new DomainError('BREAK_GLASS_NOT_NEEDED', 'You can already see this case; emergency access is not needed.');
    const expiresAt = new Date(now.getTime() + 60 * 60_000);
    await this.dataSource.query(
      `INSERT INTO access.break_glass_access (case_id, practitioner_id, reason, opened_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [caseId, practitioner.id, reason, now, expiresAt],
    );
    return { expiresAt, familyId: caseRow.familyId };
  }
}
