import { Injectable } from '@nestjs/common';
import type { Actor } from '@childfirst/domain/access';
import { DomainError } from '@childfirst/domain/errors';
import type { FamilySubmissionKind, StaffReading } from '@childfirst/domain/portal';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../referrals/referral.service';
import { FamilySubmissionsRepository } from './family-submissions.repository';
import { StaffPortalService } from './staff-portal.service';

const itemNames: Record<FamilySubmissionKind, { resource: string; words: string }> = {
  document: { resource: 'family-document', words: 'document' },
  view: { resource: 'family-view', words: 'view' },
};

/**
 * What the family shares in the portal, reached by staff through the case: the documents and views
 * of every member, with the same access as the family's messages (role and relationship and
 * consent; every read audited). Marking one read needs the right to write to the case, as for
 * messages: a read-only viewer (an inspector) reading it must not make it look dealt with.
 */
@Injectable()
export class FamilySubmissionsService {
  constructor(
    private readonly staffPortal: StaffPortalService,
    private readonly repository: FamilySubmissionsRepository,
    private readonly audit: AuditService,
  ) {}

  async documents(actor: Actor, caseId: string, context: RequestContext) {
    const accessible = await this.staffPortal.read(actor, caseId, context, 'family-documents');
    return this.repository.documents(accessible.caseRow.familyId);
  }

  async views(actor: Actor, caseId: string, context: RequestContext) {
    const accessible = await this.staffPortal.read(actor, caseId, context, 'family-views');
    return this.repository.views(accessible.caseRow.familyId);
  }

  /** Idempotent: the first reading is kept and returned; only that first one is a change to audit. */
  async markRead(actor: Actor, caseId: string, kind: FamilySubmissionKind, itemId: string, context: RequestContext): Promise<StaffReading> {
    const accessible = await this.staffPortal.writer(actor, caseId, context);
    const familyId = accessible.caseRow.familyId;
    const marked = await this.repository.markRead(kind, familyId, itemId, { subject: actor.subject, name: actor.displayName, practitionerId: accessible.practitioner.id }, context.now);
    if (!marked) throw new DomainError('FAMILY_RECORD_NOT_FOUND', `There is no ${itemNames[kind].words} with that id from this family.`);
    if (marked.first) {
      await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [
        { action: 'update', resourceType: itemNames[kind].resource, resourceId: itemId, familyId, purpose: `${context.purpose} (marked read)` },
      ]);
    }
    return marked.reading;
  }
}
