import { BreakGlassAccessEntity } from '../access/break-glass-access.entity';
import { CaseGrantEntity } from '../access/case-grant.entity';
import { RestrictedPersonAccessEntity } from '../access/restricted-person-access.entity';
import { OrganisationEntity } from '../agencies/organisation.entity';
import { PractitionerEntity } from '../agencies/practitioner.entity';
import { SchoolClusterEntity } from '../agencies/school-cluster.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { CaseNoteEntity } from '../cases/case-note.entity';
import { CaseStatusEntity } from '../cases/case-status.entity';
import { ChronologyEntryEntity } from '../cases/chronology-entry.entity';
import { ConsentOverrideEntity } from '../cases/consent-override.entity';
import { ConsentEntity } from '../cases/consent.entity';
import { FamilyCaseEntity } from '../cases/family-case.entity';
import { InvolvementEntity } from '../cases/involvement.entity';
import { TeamMemberEntity } from '../cases/team-member.entity';
import { WarningNoteEntity } from '../cases/warning-note.entity';
import { StatutoryDeadlineEntity } from '../clocks/statutory-deadline.entity';
import { AddressEntity } from '../people/address.entity';
import { FamilyAccountEntity } from '../people/family-account.entity';
import { FamilyMemberEntity } from '../people/family-member.entity';
import { FamilyEntity } from '../people/family.entity';
import { PersonAliasEntity } from '../people/person-alias.entity';
import { PersonChangeEntity } from '../people/person-change.entity';
import { PersonMergeEntity } from '../people/person-merge.entity';
import { PersonEntity } from '../people/person.entity';
import { RelationshipEntity } from '../people/relationship.entity';
import { InformationRequestEntity, NotificationEntity, PreventionAlertEntity, ReferralLinkEntity, ReferralSubjectEntity } from '../referrals/front-door.entities';
import { ReferralEntity } from '../referrals/referral.entity';
import { KeyWorkerNoticeEntity, StaffReadingEntity } from '../portal/family-submissions.entities';
import { AppointmentEntity, AttachmentEntity, DocumentEntity, FamilyViewEntity, InvitationEntity, MessageEntity, MessageThreadEntity } from '../portal/portal.entities';

/** Every entity, by context. The one list both the data source and the migration drift test use. */
export const entities = [
  // people
  PersonEntity,
  PersonAliasEntity,
  AddressEntity,
  FamilyEntity,
  FamilyMemberEntity,
  FamilyAccountEntity,
  RelationshipEntity,
  PersonMergeEntity,
  PersonChangeEntity,
  // agencies
  SchoolClusterEntity,
  OrganisationEntity,
  PractitionerEntity,
  // cases
  FamilyCaseEntity,
  TeamMemberEntity,
  InvolvementEntity,
  CaseStatusEntity,
  CaseNoteEntity,
  ChronologyEntryEntity,
  WarningNoteEntity,
  ConsentEntity,
  ConsentOverrideEntity,
  // access
  RestrictedPersonAccessEntity,
  CaseGrantEntity,
  BreakGlassAccessEntity,
  // referrals, clocks, audit
  ReferralEntity,
  ReferralSubjectEntity,
  InformationRequestEntity,
  ReferralLinkEntity,
  PreventionAlertEntity,
  NotificationEntity,
  InvitationEntity,
  MessageThreadEntity,
  MessageEntity,
  AttachmentEntity,
  DocumentEntity,
  FamilyViewEntity,
  StaffReadingEntity,
  KeyWorkerNoticeEntity,
  AppointmentEntity,
  StatutoryDeadlineEntity,
  AuditEventEntity,
];
