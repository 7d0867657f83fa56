import { AuditEventEntity } from '../audit/audit-event.entity';
import { StatutoryDeadlineEntity } from '../clocks/statutory-deadline.entity';
import { FamilyAccountEntity } from '../people/family-account.entity';
import { FamilyEntity } from '../people/family.entity';
import { ReferralEntity } from '../referrals/referral.entity';

/** Every entity, by context. The one list both the data source and the migration drift test use. */
export const entities = [
  FamilyEntity,
  FamilyAccountEntity,
  ReferralEntity,
  StatutoryDeadlineEntity,
  AuditEventEntity,
];
