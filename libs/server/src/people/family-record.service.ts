import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hasCapability, type Actor } from '@childfirst/domain/access';
import { DomainError } from '@childfirst/domain/errors';
import { ageOn, layoutGenogram, relationshipTypes, type GenogramRelationship, type Sex } from '@childfirst/domain/people';
import { CaseAccessService } from '../access/case-access.service';
import { AuditService } from '../audit/audit.service';
import { labelOf } from '../cases/code-labels';
import type { PersonRecordContext } from './person-record.service';

const notFound = () => new DomainError('FAMILY_NOT_FOUND', 'There is no family with that id, or you do not have access to it.');

/** A family / household with its members, typed relationships and the genogram drawn from them. */
@Injectable()
export class FamilyRecordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  async getFamily(actor: Actor, familyId: string, context: PersonRecordContext) {
    if (!hasCapability(actor.roles, 'record:view')) throw new DomainError('CAPABILITY_MISSING', 'Your role does not allow you to see records.');
    const [family] = await this.dataSource.query(
      `SELECT f.id, f.reference, f.family_name AS "familyName", c.id AS "caseId"
         FROM people.family f LEFT JOIN cases.family_case c ON c.family_id = f.id WHERE f.id = $1`,
      [familyId],
    );
    if (!family) throw notFound();
    // The family is seen through its case (404 otherwise: the break-glass offer is made on the
    // case itself); a family without a case only by the front door.
    if (family.caseId) {
      if (!(await this.access.canSeeCase(actor, family.caseId, context.now))) throw notFound();
    } else if (!hasCapability(actor.roles, 'referral:triage:view')) throw notFound();

    await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [
      { action: 'read', resourceType: 'family', resourceId: familyId, familyId, purpose: context.purpose },
    ]);

    const members: { personId: string; name: string; dateOfBirth: string | null; sex: string; memberRole: string; restricted: boolean }[] = await this.dataSource.query(
      `SELECT p.id AS "personId", p.given_name || ' ' || p.family_name AS name, to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
              p.sex, m.member_role AS "memberRole", p.restricted
         FROM people.family_member m JOIN people.person p ON p.id = m.person_id
        WHERE m.family_id = $1 AND m.left_on IS NULL AND p.merged_into_id IS NULL
        ORDER BY m.member_role, p.date_of_birth NULLS LAST`,
      [familyId],
    );
    // Restricted people stay out of the family view; they appear only on their own record.
    const visible = members.filter((member) => !member.restricted);
    const ids = visible.map((member) => member.personId);
    const relationships: { personId: string; relatedPersonId: string; relationshipType: string; startedOn: string | null; endedOn: string | null }[] = ids.length
      ? await this.dataSource.query(
          `SELECT person_id AS "personId", related_person_id AS "relatedPersonId", relationship_type AS "relationshipType",
                  to_char(started_on, 'YYYY-MM-DD') AS "startedOn", to_char(ended_on, 'YYYY-MM-DD') AS "endedOn"
             FROM people.relationship WHERE person_id = ANY($1::uuid[]) AND related_person_id = ANY($1::uuid[])`,
          [ids],
        )
      : [];
    const layout = layoutGenogram(
      visible.map((member) => ({ id: member.personId, name: member.name, sex: member.sex as Sex, ...(member.dateOfBirth ? { dateOfBirth: member.dateOfBirth } : {}) })),
      relationships.map((r) => ({ personId: r.personId, relatedPersonId: r.relatedPersonId, type: r.relationshipType, startedOn: r.startedOn ?? undefined, endedOn: r.endedOn ?? undefined }) as GenogramRelationship),
    );
    const parentsByChild = new Map<string, string[]>();
    for (const link of layout.parentChildLinks) parentsByChild.set(link.childId, [...(parentsByChild.get(link.childId) ?? []), link.parentId]);
    const today = context.now.toISOString().slice(0, 10);
    return {
      id: family.id,
      reference: family.reference,
      familyName: family.familyName,
      caseId: family.caseId,
      members: visible.map(({ restricted: _restricted, ...member }) => ({ ...member, age: member.dateOfBirth ? ageOn(member.dateOfBirth, today) : null })),
      relationships: relationships.map(({ startedOn: _s, endedOn: _e, ...r }) => ({ ...r, label: labelOf(relationshipTypes, r.relationshipType) })),
      genogram: {
        generations: layout.generations.map((row) => ({ level: row.generation, personIds: row.personIds })),
        partnerships: layout.partnerships.map((p) => ({ a: p.partnerIds[0], b: p.partnerIds[1], ended: p.ended })),
        parentage: [...parentsByChild.entries()].map(([childId, parentIds]) => ({ childId, parentIds: parentIds.sort() })),
      },
    };
  }
}
