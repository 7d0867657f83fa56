import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { canWriteToCase, type Actor } from '@childfirst/domain/access';
import { DomainError } from '@childfirst/domain/errors';
import type { NewThread, Reply } from '@childfirst/domain/portal';
import { CaseAccessService, type AccessibleCase } from '../access/case-access.service';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../referrals/referral.service';
import { PortalService } from './portal.service';

const APPOINTMENT_ID_NAMESPACE = 'a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d';

/**
 * The staff side of the family portal, reached through the case: the same access policy as the
 * rest of the record (role and relationship and consent), every read audited, writes only by
 * practitioners who may write to the case.
 */
@Injectable()
export class StaffPortalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly portal: PortalService,
    private readonly audit: AuditService,
  ) {}

  /** The case if the actor may see it, with the read audited (as `resourceType` of the case). */
  async read(actor: Actor, caseId: string, context: RequestContext, resourceType: string): Promise<AccessibleCase> {
    const accessible = await this.access.requireCase(actor, caseId, context.now);
    await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [
      { action: 'read', resourceType, resourceId: caseId, familyId: accessible.caseRow.familyId, purpose: accessible.reviewRequired ? `${context.purpose} (emergency access)` : context.purpose },
    ]);
    return accessible;
  }

  /** The case if the actor is a practitioner who may write to it (not audited: the write is). */
  async writer(actor: Actor, caseId: string, context: RequestContext) {
    const accessible = await this.access.requireCase(actor, caseId, context.now);
    if (!accessible.practitioner) throw new DomainError('NOT_A_PRACTITIONER', 'Your sign-in is not linked to a practitioner record. Ask an administrator to set you up.');
    if (!canWriteToCase(accessible.viewer, { allowed: true, relationship: accessible.relationship, reviewRequired: accessible.reviewRequired }, 'case:write-notes')) {
      throw new DomainError('CASE_ACCESS_DENIED', 'You can see this case but not write to the family.');
    }
    return { ...accessible, practitioner: accessible.practitioner };
  }

  async threads(actor: Actor, caseId: string, context: RequestContext) {
    const accessible = await this.read(actor, caseId, context, 'message-threads');
    return this.portal.staffThreads(accessible.caseRow.familyId);
  }

  async thread(actor: Actor, caseId: string, threadId: string, context: RequestContext) {
    const accessible = await this.read(actor, caseId, context, 'message-thread');
    return this.portal.staffThread(accessible.caseRow.familyId, threadId, actor);
  }

  async markRead(actor: Actor, caseId: string, threadId: string, context: RequestContext) {
    const accessible = await this.writer(actor, caseId, context);
    await this.portal.staffMarkRead(accessible.caseRow.familyId, threadId, context.now);
  }

  async startThread(actor: Actor, caseId: string, message: NewThread, idempotencyKey: string, context: RequestContext) {
    const accessible = await this.writer(actor, caseId, context);
    return this.portal.startThread(accessible.caseRow.familyId, null, message, { kind: 'staff', subject: actor.subject, name: actor.displayName }, idempotencyKey, context);
  }

  async reply(actor: Actor, caseId: string, threadId: string, message: Reply, idempotencyKey: string, context: RequestContext) {
    const accessible = await this.writer(actor, caseId, context);
    return this.portal.staffReply(accessible.caseRow.familyId, threadId, message, actor, idempotencyKey, context);
  }

  async attachment(actor: Actor, caseId: string, attachmentId: string, context: RequestContext) {
    const accessible = await this.read(actor, caseId, context, 'attachment');
    return this.portal.attachment(accessible.caseRow.familyId, attachmentId);
  }

  async invite(actor: Actor, caseId: string, personId: string, context: RequestContext) {
    const accessible = await this.writer(actor, caseId, context);
    return this.portal.createInvitation(accessible.caseRow.familyId, personId, accessible.practitioner.id, actor, context);
  }

  async addAppointment(actor: Actor, caseId: string, appointment: { startsAt: string; endsAt?: string; title: string; location?: string }, context: RequestContext) {
    const accessible = await this.writer(actor, caseId, context);
    const id = uuidv5(`${caseId}:${appointment.startsAt}:${appointment.title}`, APPOINTMENT_ID_NAMESPACE);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO cases.appointment (id, case_id, starts_at, ends_at, title, location, with_practitioner_id) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
        [id, caseId, appointment.startsAt, appointment.endsAt ?? null, appointment.title, appointment.location ?? null, accessible.practitioner.id],
      );
      await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [{ action: 'create', resourceType: 'appointment', resourceId: id, familyId: accessible.caseRow.familyId, purpose: context.purpose }], manager);
    });
    const [row] = await this.dataSource.query(
      `SELECT a.id, a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.title, a.location, p.display_name AS "withName" FROM cases.appointment a LEFT JOIN agencies.practitioner p ON p.id = a.with_practitioner_id WHERE a.id = $1`,
      [id],
    );
    return { ...row, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt?.toISOString() ?? null };
  }
}
